import Glibc
import ReportLoading
import ReportShell

/// The files of a folder that `extract` and `view` could not read, on stderr, as the shell reports
/// them (``Session/unreadFileMessages(_:of:in:loadedCount:)``). They go on with the rest and exit 2.
enum UnreadFiles {
    static func report(_ failures: [ReportLoadError], of fileCount: Int, in path: String) {
        for message in Session.unreadFileMessages(failures, of: fileCount, in: path) {
            Console.write(message.text(colour: false), to: STDERR_FILENO)
        }
    }
}

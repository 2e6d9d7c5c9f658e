import Glibc
import ReportLoading

/// The files of a folder that `extract` and `view` could not read, on stderr: a line
/// `FILE: error: WHY` for each, then the folder's count. They go on with the rest and exit 2.
enum UnreadFiles {
    static func report(_ failures: [ReportLoadError], of fileCount: Int, in path: String) {
        guard !failures.isEmpty else { return }
        for failure in failures {
            Console.write("\(failure.location): error: \(failure.message)\n", to: STDERR_FILENO)
        }
        Console.write("\(path): \(failures.count) of \(fileCount) files could not be read\n", to: STDERR_FILENO)
    }
}

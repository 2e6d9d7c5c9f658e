import Foundation
import ReportKit

/// Results to stdout, diagnostics to stderr.
final class StandardStreams: OutputSink {
    func writeResult(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func writeDiagnostic(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Statements from stdin: a whole script when piped, line by line with a plain prompt on a
/// terminal (until the libedit shell takes that case over).
enum StandardInput {
    static func run(_ session: Session) -> Session.Outcome {
        let interactive = isatty(STDIN_FILENO) != 0
        guard interactive else {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return session.run(source: String(decoding: data, as: UTF8.self), origin: "<stdin>")
        }
        var outcome = Session.Outcome.ok
        var pending = ""
        while true {
            FileHandle.standardError.write(Data((pending.isEmpty ? "reportsh> " : "      ...> ").utf8))
            guard let line = readLine() else { break }
            pending += pending.isEmpty ? line : "\n" + line
            if Session.isIncomplete(pending) { continue }
            if session.run(source: pending, origin: "<stdin>") == .error { outcome = .error }
            pending = ""
        }
        return outcome
    }
}

import FoundationEssentials
import Glibc
import ReportKit

/// Results to stdout, diagnostics to stderr.
final class StandardStreams: OutputSink {
    func writeResult(_ text: String) {
        Console.write(text, to: STDOUT_FILENO)
    }

    func writeDiagnostic(_ text: String) {
        Console.write(text, to: STDERR_FILENO)
    }
}

/// Statements from stdin: a whole script when piped, line by line with a plain prompt on a
/// terminal (until the libedit shell takes that case over).
enum StandardInput {
    static func run(_ session: Session) -> Session.Outcome {
        let interactive = isatty(STDIN_FILENO) != 0
        guard interactive else {
            var text = ""
            while let line = readLine(strippingNewline: false) { text += line }
            return session.run(source: text, origin: "<stdin>")
        }
        var outcome = Session.Outcome.ok
        var pending = ""
        while true {
            Console.write((pending.isEmpty ? "reportsh> " : "      ...> "), to: STDERR_FILENO)
            guard let line = readLine() else { break }
            pending += pending.isEmpty ? line : "\n" + line
            if Session.isIncomplete(pending) { continue }
            if session.run(source: pending, origin: "<stdin>") == .error { outcome = .error }
            pending = ""
        }
        return outcome
    }
}

/// Writes whole strings to a file descriptor, retrying short writes.
enum Console {
    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

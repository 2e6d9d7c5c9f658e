import ReportShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Results to stdout, diagnostics to stderr.
final class StandardStreams: OutputSink {
    func writeResult(_ text: String) {
        Console.write(text, to: STDOUT_FILENO)
    }

    func writeDiagnostic(_ text: String) {
        Console.write(text, to: STDERR_FILENO)
    }
}

/// Piped stdin, one line of bytes at a time, so statements run as they arrive. A line longer than
/// a statement may be is an error as soon as that much has come, so endless input stops.
struct StandardInputLines {
    private var pending: [UInt8] = []
    private var reachedEnd = false

    mutating func next() throws(ScriptFileError) -> [UInt8]? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                return line
            }
            if reachedEnd {
                guard !pending.isEmpty else { return nil }
                defer { pending.removeAll() }
                return pending
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { reachedEnd = true } else { pending += chunk[..<count] }
            if pending.count >= StatementTooLong.maximumSize, !pending.contains(UInt8(ascii: "\n")) {
                throw ScriptFileError(path: "<stdin>", problem: StatementTooLong().description)
            }
        }
    }
}

/// Writes whole strings to a file descriptor, retrying short writes.
enum Console {
    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

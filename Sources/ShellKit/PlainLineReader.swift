#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines from a file descriptor that is not a terminal: no prompt, no editing, no history.
public final class PlainLineReader: LineReader {
    private let fileDescriptor: Int32
    private var pending: [UInt8] = []
    private var reachedEnd = false

    public init(fileDescriptor: Int32 = STDIN_FILENO) {
        self.fileDescriptor = fileDescriptor
    }

    public var keepsHistory: Bool { false }

    public func remember(_ statement: String) {}

    public func readLine(prompt: String) -> LineReadResult {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let lineBytes = pending[..<newline]
                pending.removeSubrange(...newline)
                return .line(Self.decode(lineBytes))
            }
            if reachedEnd {
                guard !pending.isEmpty else { return .endOfInput }
                let lastLine = Self.decode(pending[...])
                pending.removeAll()
                return .line(lastLine)
            }
            switch fill() {
            case .filled: continue
            case .end: reachedEnd = true
            case .interrupted: return .interrupted
            }
        }
    }

    private enum FillOutcome { case filled, end, interrupted }

    private func fill() -> FillOutcome {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            pending.append(contentsOf: chunk[..<count])
            return .filled
        }
        if count < 0 && errno == EINTR { return .interrupted }
        return .end
    }

    /// Invalid UTF-8 becomes U+FFFD rather than an error, and a CRLF line loses its CR.
    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var line = bytes
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}

/// Gathers input lines into what the shell runs, the same way for every source (script file,
/// `.read`, piped stdin, the init file, `-c` and typed lines): a line that starts with `.` is a
/// dot-command on its own; otherwise a statement continues while it is incomplete (a trailing `|`,
/// an open bracket or string). Blank lines and `#` comment lines between statements are skipped.
struct StatementReader {
    enum Entry: Equatable {
        case statement(String, line: Int)
        case dotCommand(String, line: Int)

        var text: String {
            switch self {
            case .statement(let text, _), .dotCommand(let text, _): return text
            }
        }

        var line: Int {
            switch self {
            case .statement(_, let line), .dotCommand(_, let line): return line
            }
        }
    }

    private var pending = ""
    private var pendingLine = 0
    /// Lines read so far: the current line's number.
    private(set) var lineNumber = 0

    /// The entry that `line` completes, if any.
    mutating func add(_ rawLine: String) -> Entry? {
        lineNumber += 1
        let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : rawLine
        if pending.isEmpty {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            if trimmed.hasPrefix(".") { return .dotCommand(line, line: lineNumber) }
            pending = line
            pendingLine = lineNumber
        } else {
            pending += "\n" + line
        }
        guard !Session.isIncomplete(pending) else { return nil }
        defer { pending = "" }
        return .statement(pending, line: pendingLine)
    }

    /// At the end of input, an unfinished statement is still run, so its error is shown.
    mutating func finish() -> Entry? {
        guard !pending.isEmpty else { return nil }
        defer { pending = "" }
        return .statement(pending, line: pendingLine)
    }
}

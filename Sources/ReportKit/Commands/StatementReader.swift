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
    /// Set while `pending` ends inside an unterminated string: until a line brings a closing
    /// quote it stays incomplete, without parsing it all again (endless lines made that quadratic).
    private var endsInString = false
    /// Lines read so far: the current line's number.
    private(set) var lineNumber = 0

    /// The entry that `line` completes, if any; a statement beyond the size bound is an error at
    /// the line that takes it there.
    mutating func add(_ rawLine: String) throws(StatementTooLong) -> Entry? {
        guard pending.utf8.count + rawLine.utf8.count < StatementTooLong.maximumSize else { throw StatementTooLong() }
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
            if endsInString, !line.contains(where: { $0 == "\"" || $0 == "”" }) { return nil }
            if Self.leavesStatementOpen(line) { return nil }
        }
        endsInString = false
        if let incompleteness = Session.incompleteness(of: pending) {
            endsInString = incompleteness.message == Lexer.unterminatedString
            return nil
        }
        defer { pending = "" }
        return .statement(pending, line: pendingLine)
    }

    /// A line of code that ends in `|` or `,` wants another line whatever came before it, so the
    /// statement is not parsed again (a pipeline of thousands of lines made that quadratic). Lines
    /// with a comment or a quote are left to the parser: their last `|` may be text.
    private static func leavesStatementOpen(_ line: String) -> Bool {
        guard !line.contains(where: { $0 == "#" || $0 == "\"" || $0 == "“" || $0 == "”" }),
              let last = line.last(where: { !$0.isWhitespace }) else { return false }
        return last == "|" || last == ","
    }

    /// At the end of input, an unfinished statement is still run, so its error is shown.
    mutating func finish() -> Entry? {
        guard !pending.isEmpty else { return nil }
        defer { pending = ""; endsInString = false }
        return .statement(pending, line: pendingLine)
    }
}

/// A statement, or a line of input, beyond the size bound.
public struct StatementTooLong: Error, Sendable, Equatable, CustomStringConvertible {
    /// The most bytes of UTF-8 one statement (all its lines) or one line may take. Statements are
    /// typed or written by hand; the bound keeps endless input (`< /dev/zero`, an unterminated
    /// string) from growing without end.
    public static let maximumSize = 1 << 20

    public init() {}

    public var description: String {
        "the statement is longer than \(Self.maximumSize >> 20) MiB, the most one statement or line may take"
    }
}

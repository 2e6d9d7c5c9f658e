import ReportLanguage

/// Gathers input lines into what the shell runs, the same way for every source (script file,
/// `.read`, piped stdin, the init file, `-c` and typed lines): a line that starts with `.` is a
/// dot-command on its own; otherwise a statement continues while it is incomplete (a trailing `|`,
/// an open bracket or string). Blank lines and `#` comment lines between statements are skipped.
/// Completeness is known by parsing, so a statement comes out parsed: it is never parsed twice.
public struct StatementReader {
    public enum Entry {
        /// A statement's text, the line it starts on, and what parsing it gave.
        case statement(String, line: Int, parsed: Result<Statement, Diagnostic>)
        case dotCommand(String, line: Int)

        public var text: String {
            switch self {
            case .statement(let text, _, _), .dotCommand(let text, _): return text
            }
        }

        public var line: Int {
            switch self {
            case .statement(_, let line, _), .dotCommand(_, let line): return line
            }
        }
    }

    private var pending = ""
    private var pendingLine = 0
    /// Set while `pending` ends inside an unterminated string: until a line brings a closing
    /// quote it stays incomplete, without parsing it all again (endless lines made that quadratic).
    private var endsInString = false
    /// Lines read so far: the current line's number.
    public private(set) var lineNumber = 0

    public init() {}

    /// Whether lines have been read towards a statement that is not complete yet: a shell prompts
    /// for a continuation line.
    public var isPending: Bool { !pending.isEmpty }

    /// The entry that `line` completes, if any; a statement beyond the size bound is an error at
    /// the line that takes it there.
    public mutating func add(_ rawLine: String) throws(StatementTooLong) -> Entry? {
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
        let parsed = Self.parse(pending)
        if case .failure(let diagnostic) = parsed, diagnostic.kind == .incomplete, Self.hasCode(pending) {
            endsInString = diagnostic.message == Lexer.unterminatedString
            return nil
        }
        defer { pending = "" }
        return .statement(pending, line: pendingLine, parsed: parsed)
    }

    /// A line of code that ends in `|` or `,` wants another line whatever came before it, so the
    /// statement is not parsed again (a pipeline of thousands of lines made that quadratic). Lines
    /// with a comment or a quote are left to the parser: their last `|` may be text.
    private static func leavesStatementOpen(_ line: String) -> Bool {
        guard !line.contains(where: { $0 == "#" || $0 == "\"" || $0 == "“" || $0 == "”" }),
            let last = line.last(where: { !$0.isWhitespace })
        else { return false }
        return last == "|" || last == ","
    }

    /// At the end of input, an unfinished statement is still run, so its error is shown.
    public mutating func finish() -> Entry? {
        guard !pending.isEmpty else { return nil }
        defer { pending = ""; endsInString = false }
        return .statement(pending, line: pendingLine, parsed: Self.parse(pending))
    }

    /// Forgets the unfinished statement (Ctrl-C at a continuation prompt).
    public mutating func discardPending() {
        pending = ""
        endsInString = false
    }

    /// Whether `text` needs more lines before it is a statement (open bracket, trailing `|`,
    /// unterminated string). Blank and comment-only text is complete: there is nothing to continue.
    public static func isIncomplete(_ text: String) -> Bool {
        guard hasCode(text), case .failure(let diagnostic) = parse(text) else { return false }
        return diagnostic.kind == .incomplete
    }

    private static func parse(_ text: String) -> Result<Statement, Diagnostic> {
        do throws(Diagnostic) { return .success(try Parser.parse(text)) } catch { return .failure(error) }
    }

    private static func hasCode(_ text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
    }
}

/// An error in a statement, with the span it concerns.
public struct Diagnostic: Error, Sendable, Equatable {
    public var message: String
    public var range: SourceRange
    /// The input ended inside a construct (open bracket, trailing `|`, unterminated string):
    /// a shell should ask for a continuation line rather than report it.
    public var isIncomplete: Bool
    /// The statement was stopped by the user (Ctrl-C), not by an error in it: a shell says
    /// `interrupted` and goes back to its prompt.
    public var isInterruption = false

    public init(_ message: String, at range: SourceRange, isIncomplete: Bool = false) {
        self.message = message
        self.range = range
        self.isIncomplete = isIncomplete
    }

    public static func interrupted(at range: SourceRange) -> Diagnostic {
        var diagnostic = Diagnostic("interrupted", at: range)
        diagnostic.isInterruption = true
        return diagnostic
    }

    /// `origin:LINE:COL: error: MESSAGE`, the line, and carets under the span in display cells.
    /// `lineOffset` turns a statement's line 1 into its line in the script.
    public func rendered(origin: String, source: String, lineOffset: Int = 0) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let lineText = range.line - 1 < lines.count ? String(lines[range.line - 1]) : ""
        let characters = Array(lineText)
        let before = String(characters.prefix(range.column - 1))
        let spanEnd = min(characters.count, range.column - 1 + range.length)
        let span = range.column - 1 < spanEnd ? String(characters[(range.column - 1)..<spanEnd]) : " "
        let caret = String(repeating: " ", count: DisplayWidth.of(before))
            + String(repeating: "^", count: max(1, DisplayWidth.of(span)))
        return "\(origin):\(range.line + lineOffset):\(range.column): error: \(message)\n\(lineText)\n\(caret)"
    }
}

import ReportLanguage

/// One message for standard error, kept in parts so that a terminal colours each part (the
/// `error` label red, the carets bold) without searching the printed text for them.
public struct DiagnosticMessage: Sendable, Equatable {
    /// `FILE:LINE:COLUMN`, or the program's name for a message about no place in the input.
    public var location: String
    /// `error`, or nil for the program's own one-line messages (`reportsh: FILE: no such file`).
    public var label: String?
    public var message: String
    /// The statement's line and the carets under the span the message concerns.
    public var sourceLine: String?
    public var carets: String?

    public init(
        location: String, label: String? = "error", message: String,
        sourceLine: String? = nil, carets: String? = nil
    ) {
        self.location = location
        self.label = label
        self.message = message
        self.sourceLine = sourceLine
        self.carets = carets
    }

    /// `origin:LINE:COL: error: MESSAGE`, the line, and carets under the span in display cells.
    /// `lineOffset` turns a statement's line 1 into its line in the script.
    public init(_ diagnostic: Diagnostic, origin: String, source: String, lineOffset: Int = 0) {
        let range = diagnostic.range
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let lineText = range.line - 1 < lines.count ? String(lines[range.line - 1]) : ""
        let characters = Array(lineText)
        let before = String(characters.prefix(range.column - 1))
        let spanEnd = min(characters.count, range.column - 1 + range.length)
        let span = range.column - 1 < spanEnd ? String(characters[(range.column - 1)..<spanEnd]) : " "
        let carets =
            String(repeating: " ", count: DisplayWidth.of(before))
            + String(repeating: "^", count: max(1, DisplayWidth.of(span)))
        self.init(
            location: "\(origin):\(range.line + lineOffset):\(range.column)", message: diagnostic.message,
            sourceLine: lineText, carets: carets)
    }

    /// The message as printed, ending with a newline; with `colour`, dressed as compilers dress
    /// theirs.
    public func text(colour: Bool) -> String {
        var text = location + ": "
        if let label { text += (colour ? TerminalColour.error(label) : label) + ": " }
        text += message + "\n"
        if let sourceLine { text += sourceLine + "\n" }
        if let carets { text += (colour ? TerminalColour.bold(carets) : carets) + "\n" }
        return text
    }
}

/// How results and errors are dressed for a terminal. Both parts stay off unless the command line
/// finds a terminal (and no NO_COLOR), so piped output and files are plain.
public struct OutputStyle {
    /// The terminal's width when results go to a terminal, asked each time (it can be resized).
    public var terminalWidth: () -> Int?
    public var colourResults: Bool
    public var colourDiagnostics: Bool

    public init(terminalWidth: @escaping () -> Int? = { nil }, colourResults: Bool = false,
                colourDiagnostics: Bool = false) {
        self.terminalWidth = terminalWidth
        self.colourResults = colourResults
        self.colourDiagnostics = colourDiagnostics
    }

    /// `error` in bold red and the caret line in bold, as compilers show them.
    func dress(diagnostic text: String) -> String {
        guard colourDiagnostics else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, let range = first.firstRange(of: ": error:") {
            let location = String(first[..<range.lowerBound])
            let message = String(first[range.upperBound...])
            lines[0] = location + ": " + TerminalColour.errorLabel + ":" + message
        }
        for index in lines.indices.dropFirst() where !lines[index].isEmpty
            && lines[index].allSatisfy({ $0 == " " || $0 == "^" }) {
            lines[index] = TerminalColour.bold(lines[index])
        }
        return lines.joined(separator: "\n")
    }
}

/// The few ANSI sequences the shell uses.
enum TerminalColour {
    static func bold(_ text: String) -> String { "\u{1B}[1m" + text + "\u{1B}[0m" }
    static func dim(_ text: String) -> String { "\u{1B}[2m" + text + "\u{1B}[0m" }
    static let errorLabel = "\u{1B}[1;31merror\u{1B}[0m"
}

/// How results and errors are dressed for a terminal. Both parts stay off unless the command line
/// finds a terminal (and no NO_COLOR), so piped output and files are plain.
public struct OutputStyle {
    /// The terminal's width when results go to a terminal, asked each time (it can be resized).
    public var terminalWidth: () -> Int?
    public var colourResults: Bool
    public var colourDiagnostics: Bool

    public init(
        terminalWidth: @escaping () -> Int? = { nil }, colourResults: Bool = false,
        colourDiagnostics: Bool = false
    ) {
        self.terminalWidth = terminalWidth
        self.colourResults = colourResults
        self.colourDiagnostics = colourDiagnostics
    }
}

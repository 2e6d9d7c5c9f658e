import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Facts about the terminal the shell runs on; the environment is passed in so tests can vary it.
public struct Terminal: Sendable {
    public var environment: [String: String]
    public var inputIsTerminal: Bool
    public var outputIsTerminal: Bool
    private var measuredColumns: Int

    /// The terminal of this process: stdin and stdout as they are now.
    public static func current(environment: [String: String]) -> Terminal {
        Terminal(
            environment: environment,
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            measuredColumns: Int(reportsh_terminal_columns(STDOUT_FILENO)))
    }

    public init(
        environment: [String: String], inputIsTerminal: Bool, outputIsTerminal: Bool,
        measuredColumns: Int = 0
    ) {
        self.environment = environment
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
        self.measuredColumns = measuredColumns
    }

    /// The line editor is used only when a person both types and reads.
    public var isInteractive: Bool { inputIsTerminal && outputIsTerminal }

    /// Columns: the terminal's own size, else $COLUMNS, else 80.
    public var width: Int {
        if measuredColumns > 0 { return measuredColumns }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return 80
    }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org).
    public var allowsColour: Bool {
        guard outputIsTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return true
    }
}

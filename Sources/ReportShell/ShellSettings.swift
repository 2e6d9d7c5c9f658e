import ReportOutput

/// The settings dot-commands change; `.show` lists them.
public struct ShellSettings: Sendable, Equatable {
    public var mode: OutputMode = .table
    /// Stop a script at its first error (`.bail on`); `--keep-going` turns it off.
    public var bail = true
    /// Print each statement's run time on stderr (`.timer on`).
    public var timer = false
    /// Say on stderr what a dot-command did (loaded, saved); the interactive shell turns it on.
    public var announces = false
    /// What a null shows as in table mode (`.nullvalue`): empty, as in sqlite3.
    public var nullText = ""
    /// On a terminal, every column of measures, audit and find (`.columns all`) rather than the
    /// columns chosen for reading.
    public var allColumns = false

    public init() {}
}

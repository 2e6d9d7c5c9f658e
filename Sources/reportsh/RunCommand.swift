import ArgumentParser
import ReportOutput

/// The shell, a script, or statements given with -c: what `reportsh` does without a subcommand.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Explore and verify the figures in Chinese government annual reports.",
        usage: """
            reportsh [OPTIONS] [SCRIPT [ARG...]]
              reportsh [OPTIONS] REPORT...
              reportsh extract [PATH...] [--format F] (see 'reportsh extract --help')
              reportsh view [PATH...] [-o FILE.html] (see 'reportsh view --help')
            """,
        discussion: """
            With no SCRIPT and no -c: the interactive shell when stdin and stdout are a terminal \
            (.help lists its commands), else statements read from stdin like a script. The init file \
            $XDG_CONFIG_HOME/reportsh/init.rsh (~/.config/reportsh/init.rsh) runs first. 'run' is \
            the default command: 'reportsh run FILE' is 'reportsh FILE'. A FILE that ends in .rsh or \
            starts with #! is a script; any other file or folder is opened as reports (as sqlite3 opens \
            a database): the shell, -c statements or stdin's statements run on them instead of the \
            built-in report.
            """
    )

    // Unconditional: a statement may start with `-` (`-c -1`).
    @Option(
        name: [.short, .long], parsing: .unconditionalSingleValue,
        help: "Run TEXT as statements (repeatable, in order), print results, exit.")
    var command: [String] = []

    @Option(
        name: [.short, .long],
        help: "Load a report (text, web page, Word file, PDF, model JSON) or a folder of them (repeatable).")
    var report: [String] = []

    @Option(name: [.short, .long], help: "Output mode.")
    var format: OutputMode = .table

    @Option(name: .customLong("arg"), help: "A script parameter NAME=VALUE, read as $NAME.")
    var arguments: [String] = []

    @Flag(help: "In a script, carry on after an error.")
    var keepGoing = false

    @Flag(help: "Do not read the init file.")
    var noInit = false

    @Argument(
        help: ArgumentHelp(
            "A script (.rsh or #!) to run, then its arguments; or reports to open.",
            valueName: "script-or-reports"))
    var script: [String] = []

    var invocation: Invocation {
        Invocation(
            commands: command, reports: report, format: format, arguments: arguments,
            keepGoing: keepGoing, noInit: noInit, script: script)
    }

    func run() throws {
        try invocation.run()
    }
}

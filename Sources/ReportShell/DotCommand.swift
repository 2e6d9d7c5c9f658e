import ReportOutput

/// The shell's dot-commands: one line each, kept apart from the language by
/// the leading `.`. This table is the one place that names them; help, completion and the runner
/// all read it.
public enum DotCommand: String, CaseIterable, Sendable {
    case help, load, reports, use, mode, columns, nullvalue, output, once, read, save, view, export, history, timer, bail, show,
        quit

    /// What may follow the command, for checking and for Tab.
    public enum Argument: Sendable, Equatable {
        case none
        /// One optional word from a fixed list (`.mode csv`, `.timer on`).
        case word([String])
        case path
        /// Report ids, or `all`.
        case reports
        /// A help topic.
        case topic
    }

    public var name: String { "." + rawValue }

    public var argument: Argument {
        switch self {
        case .help: return .topic
        case .load, .output, .once, .read, .save, .view, .export: return .path
        case .use: return .reports
        case .mode: return .word(OutputMode.allCases.map(\.rawValue))
        case .timer, .bail: return .word(["on", "off"])
        case .columns: return .word(["reading", "all"])
        case .reports, .history, .show, .quit, .nullvalue: return .none
        }
    }

    public var usage: String {
        switch self {
        case .help: return ".help [TOPIC]"
        case .load: return ".load PATH"
        case .reports: return ".reports"
        case .use: return ".use [REPORT...|all]"
        case .mode: return ".mode [MODE]"
        case .nullvalue: return ".nullvalue [TEXT]"
        case .columns: return ".columns [reading|all]"
        case .output: return ".output [FILE]"
        case .once: return ".once FILE"
        case .read: return ".read FILE"
        case .save: return ".save FILE"
        case .view: return ".view [FILE.html]"
        case .export: return ".export FILE.sqlite"
        case .history: return ".history"
        case .timer: return ".timer [on|off]"
        case .bail: return ".bail [on|off]"
        case .show: return ".show"
        case .quit: return ".quit"
        }
    }

    public var summary: String {
        switch self {
        case .help: return "list these, or explain a statement, source, stage or command"
        case .load: return "add reports: plain text, model JSON, or a folder of them"
        case .reports: return "list the loaded reports and which are in use"
        case .use: return "restrict the sources to these reports; no argument shows them"
        case .mode: return "table csv tsv json jsonl markdown line; no argument shows it"
        case .columns: return "on a terminal: measures, audit, find in the columns for reading, or all"
        case .nullvalue: return "what a null shows as in table, line, CSV and TSV modes (default: nothing); no argument shows it"
        case .output: return "results to FILE; no argument brings them back to stdout"
        case .once: return "send the next result only to FILE"
        case .read: return "run the statements of a script file"
        case .save: return "save the statements that ran as a script that reproduces them"
        case .view: return "write a page of the reports in use: every figure marked with its verdict"
        case .export: return "write the reports in use as a SQLite database: a table per source"
        case .history: return "list the statements in the history"
        case .timer: return "show each statement's run time on stderr"
        case .bail: return "stop a script at its first error (on, the default) or not"
        case .show: return "show every setting"
        case .quit: return "leave the shell (Ctrl-D on an empty line does too)"
        }
    }
}

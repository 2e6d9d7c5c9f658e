import ReportLanguage

/// What `.help` prints: an overview, and for `.help TOPIC` a statement, source, stage, function,
/// dot-command or subject explained with an example.
public enum HelpText {
    public static var overview: String {
        let width = DotCommand.allCases.map(\.usage.count).max() ?? 0
        let commands = DotCommand.allCases.map { command in
            "  " + command.usage + String(repeating: " ", count: width - command.usage.count + 2) + command.summary + "\n"
        }.joined()
        return """
            Statements (one per line; a line ending in | continues):
              measures | where unit == "件" and heading ~ "复议" | sort value desc | take 5
              4 / 23 as %            let 办结 = m38            check 17.4% == m39 / 办结
              solve 73.9% of 23      audit | where verdict == "mismatch"      find "纠错"
            Dot-commands:

            """ + commands + "\n.help TOPIC explains:\n  \(topicGroups)\n"
    }

    /// Every topic `.help` knows, for completion.
    public static var topics: [String] { entries.map(\.topic) }

    /// The text for `word`, or an error that names the nearest topic.
    static func explain(_ word: DotCommandLine.Word) throws(Diagnostic) -> String {
        let topic = word.text
        if let text = text(for: topic) { return text }
        if let command = DotCommand(rawValue: topic), let text = text(for: command.name) { return text }
        let suggestion = EditDistance.suggestion(for: topic, among: topics)
        throw Diagnostic(
            "no help on '\(topic)'" + (suggestion.isEmpty ? "; .help lists the topics" : suggestion),
            at: word.range)
    }

    public static func text(for topic: String) -> String? {
        entries.first { $0.topic == topic }.map { $0.text.hasSuffix("\n") ? $0.text : $0.text + "\n" }
    }

    private static var topicGroups: String {
        """
        statements let check solve audit · sources measures sections reports tables cells indicators find
          stages where sort take select count sum avg min max group chart · functions round as
          fields modes keys files · every dot-command (.help .mode)
        """
    }

    private static var entries: [(topic: String, text: String)] {
        languageEntries + dotCommandEntries + subjectEntries
    }

    private static var dotCommandEntries: [(topic: String, text: String)] {
        DotCommand.allCases.map { command in
            (command.name, "\(command.usage)\n  \(command.summary).\n" + (dotCommandDetails[command] ?? ""))
        }
    }

    private static let dotCommandDetails: [DotCommand: String] = [
        .help: "  example: .help where\n",
        .load: """
          The report is added beside those loaded and joins the reports in use; `reports` lists them.
          Text, web pages, Word files (.docx) and PDFs are told apart by their content.
          example: .load reports/qingshan-2023.txt

        """,
        .reports: "  Lists every loaded report, whether `.use` has it in use, and where it came from.\n",
        .use: """
          Sources then see only these reports; `.use all` brings back every loaded report.
          example: .use suizhou-2023

        """,
        .mode: "  example: .mode csv\n",
        .columns: """
          On a terminal, table mode shows measures as id raw subject section, audit as claim raw
          subject verdict arithmetic, find as id raw subject sentence; `.columns all` shows every
          column, `select` any you name. Files and pipes always get every column.
          example: .columns all

        """,
        .nullvalue: "  Applies to table and line modes; the others write null as their formats do.\n  example: .nullvalue NULL\n",
        .output: """
          The file is written whole when it is closed (by `.output` or at exit): never half-written.
          example: .output figures.csv

        """,
        .once: "  example: .once top5.json\n",
        .read: """
          Errors name FILE:LINE:COLUMN; with `.bail on` (the default) the script stops at the first.
          example: .read scripts/复议.rsh

        """,
        .save: """
          Writes the session's statements that ran without error (and .load/.use/.mode) as a script:
          `reportsh FILE` runs it with the same results. The file is written to a temporary file and
          renamed, so a failed save leaves any old file as it was.
          example: .save session.rsh

        """,
        .view: """
          One HTML file that any browser opens offline: the text with its outline, every figure
          marked and coloured by audit's verdict, its measure and arithmetic on hover or focus,
          mismatches listed first (keys n/p move through them). Without FILE: REPORT.html (or
          reports.html for several) in the current folder.
          example: .view suizhou.html

        """,
        .export: """
          Tables reports, sections, measures, tables, cells and audit, with the columns their sources
          have; a figure is two columns, `value` (a REAL to compare and sum) and `value_exact` (17.4,
          2/3). Written to a temporary file and renamed; an existing file is replaced only if it is a
          SQLite database. Open it with sqlite3 or DuckDB; docs/corpus.md shows how.
          example: .export corpus.sqlite

        """,
        .history: "  The history file: $REPORTSH_HISTORY, else $XDG_STATE_HOME/reportsh/history.\n",
        .timer: "  example: .timer on    → Run Time: 0.002 s (on stderr, apart from the results)\n",
        .bail: "  Applies to scripts, .read, piped input and the init file; the shell itself never stops.\n",
        .quit: "",
        .show: "",
    ]

    private static var subjectEntries: [(topic: String, text: String)] {
        [
            (
                "fields",
                """
                Fields of a measure row: id value unit raw kind approx lower upper decimals subject section
                heading sentence start end report. A percent measure's value, lower and upper are fractions
                (where value > 50%). `m41.subject` reads one measure's field.
                """
            ),
            (
                "modes",
                """
                Output modes (.mode, -f): table (aligned; fitted to a terminal's width, long text cut with …),
                csv, tsv (RFC 4180 quoting), json (one array), jsonl (one object a line), markdown, line (one
                field a line, as sqlite3's; for one wide row). A measure alone (m40) shows as such a card in
                table mode, with its sentence and the figure marked in 【】.
                """
            ),
            (
                "keys",
                """
                Keys in the shell (emacs style): Tab completes (commands, stages, fields, measure ids; a
                Chinese word offers the measures whose subject contains it); Up/Down recall history;
                Ctrl-R searches it; Ctrl-A/Ctrl-E line start/end; Ctrl-W deletes a word; Ctrl-C drops the
                line, or stops what runs (a script before its next statement); Ctrl-D on an empty line leaves.
                """
            ),
            (
                "files",
                """
                Init file: $XDG_CONFIG_HOME/reportsh/init.rsh (default ~/.config/reportsh/init.rsh), run
                first unless --no-init. History: $REPORTSH_HISTORY, else $XDG_STATE_HOME/reportsh/history
                (default ~/.local/state/reportsh/history). Scripts end in .rsh; a first line
                #!/usr/bin/env reportsh makes one executable.
                """
            ),
        ]
    }
}

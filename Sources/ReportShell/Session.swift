import ReportLanguage
import ReportModel
import ReportOutput

/// Runs input as the command line and the shell do, through one loop for every source (script,
/// `.read`, piped stdin, the init file, `-c`, typed lines): statements against the reports in use,
/// dot-commands against the settings. Results go out in the output mode, errors as
/// `ORIGIN:LINE:COLUMN: error: …` with a caret line. Free of terminal code: the command line
/// passes in what it knows about the terminal (`style`, `isCancelled`, `historyEntries`).
public final class Session {
    public var evaluator: Evaluator
    public var settings = ShellSettings()
    public let sink: OutputSink
    public var style = OutputStyle()
    /// Polled between statements and after each one (Ctrl-C in the shell): true stops the input
    /// and prints `interrupted`.
    public var isCancelled: () -> Bool = { false } {
        didSet { evaluator.shouldStop = isCancelled }
    }
    /// The shell's history, for `.history`; nil when the input is not a terminal.
    public var historyEntries: (() -> [String])?
    /// `.quit` was run: the caller stops reading input.
    public internal(set) var quitRequested = false
    /// Makes the line that shows a long load's progress; set only when diagnostics go to a terminal.
    public var loadProgress: (() -> LoadProgressLine)?
    /// Files of folders that could not be read and were skipped: an error at the end of a run
    /// unless `--keep-going`.
    public internal(set) var unreadFiles = 0

    /// A report with the path it was loaded from (nil for the built-in report).
    public struct LoadedReport {
        public var report: Report
        public var path: String?
    }

    /// Every loaded report with its path; made when asked, from `loadedReports` and `loadedPaths`.
    public var loaded: [LoadedReport] {
        zip(loadedReports, loadedPaths).map { LoadedReport(report: $0, path: $1) }
    }
    /// The loaded reports: one array, which the evaluator shares while every report is in use
    /// (a corpus's reports are not copied into a second array).
    var loadedReports: [Report]
    /// The path each of `loadedReports` was loaded from (nil for the built-in report).
    var loadedPaths: [String?]
    /// Ids of the reports `.use` restricted the sources to; nil for all.
    public internal(set) var reportsInUse: [String]?
    var log = StatementLog()
    var output: AtomicFile?
    var once: AtomicFile?
    var readDepth = 0
    /// False while the init file runs: it runs again before a saved script, so it is not saved.
    var recording = true
    private var interruptReported = false

    public init(reports: [Report], sink: OutputSink) {
        evaluator = Evaluator(reports: reports)
        loadedReports = reports
        loadedPaths = [String?](repeating: nil, count: reports.count)
        self.sink = sink
    }

    public var mode: OutputMode {
        get { settings.mode }
        set { settings.mode = newValue }
    }

    /// `--keep-going`: carry on after an error instead of stopping at the first one.
    public var keepGoing: Bool {
        get { !settings.bail }
        set { settings.bail = !newValue }
    }

    public enum Outcome: Sendable, Equatable {
        case ok, failedCheck, error
        /// The exit status: 0 all ran and held, 1 a check failed, 2 an error.
        public var exitStatus: Int32 {
            switch self {
            case .ok: return 0
            case .failedCheck: return 1
            case .error: return 2
            }
        }

        /// The worse of two outcomes: an error outweighs a failed check.
        public func combined(with other: Outcome) -> Outcome {
            exitStatus >= other.exitStatus ? self : other
        }
    }

    /// Runs every statement and dot-command of `source`; `origin` names it in diagnostics.
    @discardableResult
    public func run(source: String, origin: String) -> Outcome {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        return run(lines: { lines.next().map(String.init) }, origin: origin)
    }

    /// The input loop: reads lines until the end, `.quit`, Ctrl-C, or (with `.bail on`) the first
    /// error. A line that cannot be read (`nextLine` throws) is an error at its line.
    @discardableResult
    public func run(lines nextLine: () throws(ScriptFileError) -> String?, origin: String) -> Outcome {
        log.start(prelude: prelude, arguments: evaluator.arguments)
        if readDepth == 0 { interruptReported = false }
        var reader = StatementReader()
        var outcome = Outcome.ok
        while !quitRequested {
            let entry: StatementReader.Entry?
            do {
                guard let line = try nextLine() else { break }
                entry = try reader.add(line)
            } catch let error as ScriptFileError {
                report(DiagnosticMessage(location: "\(origin):\(reader.lineNumber + 1):1", message: error.problem))
                return .error
            } catch {
                report(DiagnosticMessage(location: "\(origin):\(reader.lineNumber + 1):1", message: "\(error)"))
                return .error
            }
            guard let entry else { continue }
            let entryOutcome = perform(entry, origin: origin)
            outcome = outcome.combined(with: entryOutcome)
            if stopsInput(after: entryOutcome) { return outcome }
        }
        if !quitRequested, let last = reader.finish() {
            outcome = outcome.combined(with: perform(last, origin: origin))
        }
        return outcome
    }

    private func stopsInput(after outcome: Outcome) -> Bool {
        interruptReported || quitRequested || (outcome == .error && settings.bail)
    }

    /// Runs one entry that a shell's own ``StatementReader`` gathered from typed lines; `origin`
    /// names the input in diagnostics.
    @discardableResult
    public func run(_ entry: StatementReader.Entry, origin: String) -> Outcome {
        log.start(prelude: prelude, arguments: evaluator.arguments)
        if readDepth == 0 { interruptReported = false }
        return perform(entry, origin: origin)
    }

    private func perform(_ entry: StatementReader.Entry, origin: String) -> Outcome {
        if interrupted() { return .error }
        switch entry {
        case .dotCommand(let text, let line): return runDotCommand(text, origin: origin, line: line)
        case .statement(let text, let line, let parsed):
            return runStatement(text, parsed: parsed, origin: origin, firstLine: line)
        }
    }

    /// Runs the init file. Its statements are not saved by `.save`: the init file runs again before
    /// the saved script does.
    @discardableResult
    public func runInitFile(path: String) -> Outcome {
        let text: String
        do { text = try ScriptFile.read(path: path) } catch {
            report(DiagnosticMessage(location: "reportsh", label: nil, message: "\(error)"))
            return .error
        }
        recording = false
        defer { recording = true }
        return run(source: text, origin: path)
    }

    /// Runs one statement (possibly several lines) starting at `firstLine` of its origin.
    private func runStatement(
        _ text: String, parsed: Result<Statement, Diagnostic>, origin: String,
        firstLine: Int
    ) -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        do {
            let statement = try parsed.get()
            let value = try evaluator.run(statement)
            if interrupted() { return .error }
            if let value { try writeResult(value) }
            record(text)
            if settings.timer { sink.writeDiagnostic("Run Time: \(Self.seconds(clock.now - started)) s\n") }
            if case .verdict(let verdict) = value, verdict.isFailure { return .failedCheck }
            return .ok
        } catch let diagnostic as Diagnostic where diagnostic.kind == .interrupted {
            _ = interrupted()
        } catch let diagnostic as Diagnostic {
            report(DiagnosticMessage(diagnostic, origin: origin, source: text, lineOffset: firstLine - 1))
        } catch {
            report(DiagnosticMessage(location: "\(origin):\(firstLine):1", message: "\(error)"))
        }
        return .error
    }

    /// Closes an `.output` file, putting it in place; call when the input ends.
    public func finish() {
        if let output {
            self.output = nil
            do { try output.commit() } catch { report(DiagnosticMessage(location: "reportsh", label: nil, message: "\(error)")) }
        }
        once?.discard()
        once = nil
    }

    // MARK: - Writing

    /// `shown` (the rows of `found`, some columns left out) with each row's figure marked in its
    /// sentence, the measure found by the id and report of its row in `found`.
    private func markingFigures(in shown: Table, from found: Table) -> Table {
        guard let sentence = shown.columns.firstIndex(of: "sentence"), let id = found.columns.firstIndex(of: "id"),
            let report = found.columns.firstIndex(of: "report")
        else { return shown }
        var measures: [String: [String: Measure]] = [:]
        for loaded in evaluator.reports {
            measures[loaded.id] = Dictionary(loaded.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        var marked = shown
        for (index, row) in found.rows.enumerated() {
            guard let measure = measures[row[report].text]?[row[id].text] else { continue }
            // Brackets only: an escape sequence inside a cell would upset widths and wrapping.
            marked.rows[index][sentence] = .string(MeasureCard.markedSentence(measure, colour: false))
        }
        return marked
    }

    /// A result goes to a `.once` file, else an `.output` file, else the sink, fitted and dressed
    /// for the terminal only there. A person reads a verdict as text; the other modes get its
    /// numbers as a row.
    func writeResult(_ value: Value) throws(FileWriteError) {
        let text: String
        if case .verdict(let verdict) = value, mode == .table {
            text = verdict.text + "\n"
        } else if case .measure(let measure) = value, mode == .table {
            text = MeasureCard.render(
                measure, colour: once == nil && output == nil && style.colourResults,
                nullText: settings.nullText)
        } else if once == nil, output == nil, mode == .table, style.terminalWidth() != nil || style.colourResults {
            var (table, hidden) = settings.allColumns ? (value.table, 0) : value.table.forReading
            if value.table.marksFigures { table = markingFigures(in: table, from: value.table) }
            text = TableRenderer.render(
                table, width: style.terminalWidth(), colour: style.colourResults,
                nullText: settings.nullText, hiddenColumns: hidden)
        } else {
            text = mode.render(value.table, nullText: settings.nullText)
        }
        if let once {
            self.once = nil
            try once.append(text)
            try once.commit()
        } else if let output {
            do { try output.append(text) } catch {
                self.output = nil
                throw error
            }
        } else {
            sink.writeResult(text)
        }
    }

    func report(_ message: DiagnosticMessage) {
        sink.writeDiagnostic(message.text(colour: style.colourDiagnostics))
    }

    func record(_ entry: String) {
        if recording { log.append(entry) }
    }

    /// True once Ctrl-C was pressed; says `interrupted` once per input.
    private func interrupted() -> Bool {
        guard isCancelled() else { return false }
        if !interruptReported { sink.writeDiagnostic("interrupted\n") }
        interruptReported = true
        return true
    }

    /// Milliseconds as `0.004`, without floating point.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = attoseconds / 1_000_000_000_000_000
        let fraction = String(milliseconds)
        return "\(seconds)." + String(repeating: "0", count: max(0, 3 - fraction.count)) + fraction
    }
}

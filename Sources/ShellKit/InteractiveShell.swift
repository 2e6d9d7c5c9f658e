import ReportShell

/// The read–run loop: prompts, gathers continuation lines into one statement through the same
/// ``StatementReader`` that scripts go through, records it in the history and hands it on. It
/// prints nothing itself; the statement runner and the reader do.
public final class InteractiveShell {
    public static let primaryPrompt = "reportsh> "
    public static let continuationPrompt = "   ...> "

    let reader: LineReader
    private let historyFile: HistoryFile?
    private let execute: (StatementReader.Entry) -> Void
    private let warn: (String) -> Void
    private var warnedAboutHistory = false
    private var stopRequested = false

    /// - Parameters:
    ///   - historyFile: where statements are saved; used only when `reader.keepsHistory`.
    ///   - execute: runs one whole statement (its lines joined by newlines, already parsed) or
    ///     dot-command and shows the result.
    ///   - warn: shows a problem that does not stop the shell, such as an unwritable history file.
    public init(
        reader: LineReader, historyFile: HistoryFile?,
        execute: @escaping (StatementReader.Entry) -> Void,
        warn: @escaping (String) -> Void = { _ in }
    ) {
        self.reader = reader
        self.historyFile = historyFile
        self.execute = execute
        self.warn = warn
    }

    /// Ends `run()` once the statement being executed returns: what `.quit` calls.
    public func stop() {
        stopRequested = true
    }

    /// Runs until end of input or `stop()`. Ctrl-C drops the statement being typed; it never ends
    /// the loop.
    public func run() {
        // A reader per statement, so that each statement's lines count from 1 in its errors.
        var statements = StatementReader()
        stopRequested = false
        while !stopRequested {
            Interrupt.clear()
            let prompt = statements.isPending ? Self.continuationPrompt : Self.primaryPrompt
            switch reader.readLine(prompt: prompt) {
            case .interrupted:
                statements.discardPending()
            case .endOfInput:
                // An unfinished statement still runs, so its "unexpected end" error is shown.
                if let last = statements.finish() { finish(last) }
                return
            case .line(let text):
                let completed: StatementReader.Entry?
                do { completed = try statements.add(text) } catch {
                    warn("\(error)")
                    statements = StatementReader()
                    continue
                }
                guard let entry = completed else { continue }
                statements = StatementReader()
                finish(entry)
            }
        }
    }

    private func finish(_ entry: StatementReader.Entry) {
        record(entry.text)
        Interrupt.clear()
        execute(entry)
    }

    private func record(_ statement: String) {
        guard reader.keepsHistory else { return }
        reader.remember(statement)
        guard let historyFile else { return }
        do {
            try historyFile.append(statement)
        } catch {
            if !warnedAboutHistory { warn("\(error)") }
            warnedAboutHistory = true
        }
    }
}

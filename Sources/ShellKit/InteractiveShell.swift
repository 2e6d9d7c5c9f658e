/// The read–run loop: prompts, gathers continuation lines into one statement, records it in the
/// history and hands it on. It prints nothing itself; the statement runner and the reader do.
public final class InteractiveShell {
    public static let primaryPrompt = "reportsh> "
    public static let continuationPrompt = "   ...> "

    let reader: LineReader
    private let historyFile: HistoryFile?
    private let isIncomplete: (String) -> Bool
    private let execute: (String) -> Void
    private let warn: (String) -> Void
    private var warnedAboutHistory = false
    private var stopRequested = false

    /// - Parameters:
    ///   - historyFile: where statements are saved; used only when `reader.keepsHistory`.
    ///   - isIncomplete: whether a statement needs another line (ends in `|`, open brackets).
    ///   - execute: runs one whole statement (its lines joined by newlines) and shows the result.
    ///   - warn: shows a problem that does not stop the shell, such as an unwritable history file.
    public init(reader: LineReader, historyFile: HistoryFile?,
                isIncomplete: @escaping (String) -> Bool,
                execute: @escaping (String) -> Void,
                warn: @escaping (String) -> Void = { _ in }) {
        self.reader = reader
        self.historyFile = historyFile
        self.isIncomplete = isIncomplete
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
        var pending: [String] = []
        stopRequested = false
        while !stopRequested {
            Interrupt.clear()
            let prompt = pending.isEmpty ? Self.primaryPrompt : Self.continuationPrompt
            switch reader.readLine(prompt: prompt) {
            case .interrupted:
                pending.removeAll()
            case .endOfInput:
                // An unfinished statement still runs, so its "unexpected end" error is shown.
                if !pending.isEmpty { finish(pending.joined(separator: "\n")) }
                return
            case .line(let text):
                if pending.isEmpty && text.allSatisfy(\.isWhitespace) { continue }
                pending.append(text)
                let statement = pending.joined(separator: "\n")
                // A dot-command is one line, whatever it ends with (as in sqlite).
                let isDotCommand = pending.count == 1 && text.drop(while: \.isWhitespace).hasPrefix(".")
                if !isDotCommand && isIncomplete(statement) { continue }
                pending.removeAll()
                finish(statement)
            }
        }
    }

    private func finish(_ statement: String) {
        record(statement)
        Interrupt.clear()
        execute(statement)
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

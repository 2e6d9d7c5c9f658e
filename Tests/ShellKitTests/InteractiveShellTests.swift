import CInterrupt
import Foundation
import Testing

@testable import ShellKit

/// A reader that plays back a script of results and records the prompts it was shown.
final class ScriptedLineReader: LineReader {
    var results: [LineReadResult]
    var prompts: [String] = []
    var remembered: [String] = []
    let keepsHistory: Bool

    init(_ results: [LineReadResult], keepsHistory: Bool = true) {
        self.results = results
        self.keepsHistory = keepsHistory
    }

    func readLine(prompt: String) -> LineReadResult {
        prompts.append(prompt)
        return results.isEmpty ? .endOfInput : results.removeFirst()
    }

    func remember(_ statement: String) { remembered.append(statement) }
}

/// Serialized: the interrupt flag is process-wide.
@Suite(.serialized) struct InteractiveShellTests {
    func run(_ reader: ScriptedLineReader, history: HistoryFile? = nil) -> [String] {
        var executed: [String] = []
        InteractiveShell(reader: reader, historyFile: history, execute: { executed.append($0.text) }).run()
        return executed
    }

    @Test func continuationLinesMakeOneStatement() {
        let reader = ScriptedLineReader([
            .line("measures |"), .line("where unit == \"件\" |"),
            .line("count"), .line("audit"),
        ])
        #expect(run(reader) == ["measures |\nwhere unit == \"件\" |\ncount", "audit"])
        #expect(reader.prompts == ["reportsh> ", "   ...> ", "   ...> ", "reportsh> ", "reportsh> "])
        #expect(reader.remembered == ["measures |\nwhere unit == \"件\" |\ncount", "audit"])
    }

    @Test func ctrlCDropsThePendingStatementAndPromptsAfresh() {
        let reader = ScriptedLineReader([.line("measures |"), .interrupted, .line("audit"), .interrupted])
        #expect(run(reader) == ["audit"])
        #expect(reader.prompts == ["reportsh> ", "   ...> ", "reportsh> ", "reportsh> ", "reportsh> "])
    }

    @Test func endOfInputRunsAnUnfinishedStatementThenStops() {
        let reader = ScriptedLineReader([.line("measures |"), .endOfInput, .line("never read")])
        #expect(run(reader) == ["measures |"])
        #expect(reader.results == [.line("never read")])
    }

    @Test func stopEndsTheLoopAfterTheStatement() {
        let reader = ScriptedLineReader([.line("audit"), .line(".quit"), .line("never run")])
        var executed: [String] = []
        var shell: InteractiveShell?
        shell = InteractiveShell(
            reader: reader, historyFile: nil,
            execute: { entry in
                executed.append(entry.text)
                if entry.text == ".quit" { shell?.stop() }
            })
        shell?.run()
        #expect(executed == ["audit", ".quit"])
        #expect(reader.results == [.line("never run")])
    }

    @Test func blankLinesAndDotCommandsAreNotContinued() {
        let reader = ScriptedLineReader([.line("  "), .line(".mode csv |"), .line("")])
        #expect(run(reader) == [".mode csv |"])
        #expect(reader.prompts == ["reportsh> ", "reportsh> ", "reportsh> ", "reportsh> "])
    }

    @Test func historyFileGetsWholeStatementsOnlyFromATerminal() throws {
        let path = NSTemporaryDirectory() + "shellkit-shell-" + UUID().uuidString + "/history"
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let history = HistoryFile(path: path)
        _ = run(ScriptedLineReader([.line("measures |"), .line("count")]), history: history)
        #expect(history.load() == ["measures |\ncount"])
        let piped = ScriptedLineReader([.line("audit")], keepsHistory: false)
        #expect(run(piped, history: history) == ["audit"])
        #expect(history.load() == ["measures |\ncount"])
        #expect(piped.remembered.isEmpty)
    }

    @Test func unwritableHistoryWarnsOnce() {
        var warnings: [String] = []
        let reader = ScriptedLineReader([.line("audit"), .line("measures")])
        InteractiveShell(
            reader: reader, historyFile: HistoryFile(path: "/proc/none/history"),
            execute: { _ in },
            warn: { warnings.append($0) }
        ).run()
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("cannot save history to '/proc/none/history'") == true)
    }

    @Test func interruptFlagIsClearedBeforeEachStatement() {
        reportsh_interrupt_request()
        var sawFlag = true
        InteractiveShell(
            reader: ScriptedLineReader([.line("audit")]), historyFile: nil,
            execute: { _ in sawFlag = Interrupt.isRequested }
        ).run()
        #expect(!sawFlag)
    }
}

@Suite struct InteractiveShellSetupTests {
    @Test func withoutATerminalItReadsPlainlyAndKeepsNoHistory() {
        // `swift test` runs with stdout captured, so this process is never interactive.
        let shell = InteractiveShell.forCurrentProcess(
            environment: ["REPORTSH_HISTORY": "/proc/none/history"], vocabulary: { CompletionVocabulary() },
            execute: { _ in }, warn: { _ in })
        #expect(shell.reader is PlainLineReader)
        #expect(!shell.reader.keepsHistory)
    }
}

import Foundation
import ReportExtraction
import ReportLanguage
import ReportLoading
import ReportModel
import ReportOutput
import ReportShell
import ReportVerification
import Testing

@testable import ShellKit

/// The built `reportsh` executable, typed at on a pseudo-terminal.
enum ReportshExecutable {
    /// Beside the test runner in the build folder.
    /// `REPORTSH_BINARY` when set (scripts/test points it at the release build users run), else
    /// the debug build beside the test runner.
    static var path: String? {
        if let binary = ProcessInfo.processInfo.environment["REPORTSH_BINARY"] { return binary }
        guard let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            return nil
        }
        var folder = (runner as NSString).deletingLastPathComponent
        if folder.hasSuffix(".xctest") { folder = (folder as NSString).deletingLastPathComponent }
        let candidate = folder + "/reportsh"
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }
}

@Suite struct ReportshSessionTests {
    @Test func typeRecallCompleteInterruptAndQuit() throws {
        let path = try #require(ReportshExecutable.path)
        let folder = NSTemporaryDirectory() + "reportsh-session-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let historyPath = folder + "/state/history"
        // No LANG: the shell must still read Chinese keys (it falls back to C.UTF-8).
        let terminal = try PseudoTerminal(
            arguments: [path],
            environment: [
                "TERM": "xterm", "HOME": folder, "NO_COLOR": "1", "REPORTSH_HISTORY": historyPath,
                "XDG_CONFIG_HOME": folder + "/config",
            ])
        defer { terminal.close() }
        // libedit may draw the prompt's trailing space as a cursor move, so only the text is matched.
        let prompt = "reportsh>"
        #expect(terminal.waitFor(prompt))

        let query = "measures | where heading ~ \"复议\" | count"
        terminal.type(query + "\r")
        #expect(terminal.waitFor(prompt, occurrence: 2))
        #expect(!terminal.text.contains("error"))

        terminal.press(.up)
        #expect(terminal.waitFor(query, occurrence: 2))
        terminal.press(.enter)
        #expect(terminal.waitFor(prompt, occurrence: 3))

        terminal.type("measures | so")
        terminal.press(.tab)
        #expect(terminal.waitFor("measures | sort"))
        terminal.settle()
        terminal.press(.ctrlC)
        #expect(terminal.waitFor(prompt, occurrence: 4))

        terminal.type("measures |\r")
        #expect(terminal.waitFor("...>"))
        terminal.type("count\r")
        #expect(terminal.waitFor(prompt, occurrence: 5))
        // One Backspace removes one whole CJK character: 纠 goes, 复议 stays.
        // Keys typed while a statement still runs reach the kernel's cooked line editing, not
        // libedit: let the shell settle at its prompt before editing.
        terminal.settle(for: .milliseconds(300))
        terminal.type("find \"复议纠")
        #expect(terminal.waitFor("复议纠"))
        terminal.settle()
        terminal.press(.backspace)
        terminal.settle()
        terminal.type("\" | count\r")
        #expect(terminal.waitFor(prompt, occurrence: 6))
        #expect(!terminal.text.contains("error"))
        terminal.settle()
        terminal.press(.ctrlD)
        #expect(terminal.waitForExit() == 0)
        #expect(HistoryFile(path: historyPath).load() == [query, "measures |\ncount", "find \"复议\" | count"])
        // NO_COLOR: not one colour sequence.
        #expect(!terminal.raw.contains("\u{1B}[1m"))
    }

    /// A key pressed the moment the prompt shows must reach the editor (libedit's own reader lost
    /// an early Ctrl-D, and the shell hung).
    @Test func ctrlDRightAfterThePromptLeaves() throws {
        let path = try #require(ReportshExecutable.path)
        let folder = NSTemporaryDirectory() + "reportsh-session-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for _ in 1...5 {
            let terminal = try PseudoTerminal(
                arguments: [path],
                environment: [
                    "TERM": "xterm", "HOME": folder, "NO_COLOR": "1",
                    "XDG_CONFIG_HOME": folder + "/config",
                ])
            defer { terminal.close() }
            #expect(terminal.waitFor("reportsh>"))
            terminal.press(.ctrlD)
            #expect(terminal.waitForExit(timeout: .seconds(5)) == 0)
        }
    }

    @Test func colourOnATerminalAndCtrlCStopsAReadScript() throws {
        let path = try #require(ReportshExecutable.path)
        let folder = NSTemporaryDirectory() + "reportsh-session-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let long = String(repeating: "let n = measures | where sentence ~ \"复议\" | count\n", count: 200_000)
        try Data(long.utf8).write(to: URL(fileURLWithPath: folder + "/long.rsh"))
        let terminal = try PseudoTerminal(
            arguments: [path],
            environment: [
                "TERM": "xterm", "HOME": folder, "LANG": "C.UTF-8", "REPORTSH_HISTORY": folder + "/history",
                "XDG_CONFIG_HOME": folder + "/config",
            ], columns: 60)
        defer { terminal.close() }
        let prompt = "reportsh>"
        #expect(terminal.waitFor(prompt))
        terminal.type("measures | where kind == \"percent\" | select id, sentence\r")
        #expect(terminal.waitFor(prompt, occurrence: 2))
        // Bold header, and the sentence column wrapped to fit 60 columns.
        #expect(terminal.raw.contains("\u{1B}[1mid   sentence"))
        #expect(terminal.text.contains("“最多跑一次”事项\n     达100%。\n"))
        let rows = terminal.text.split(separator: "\n").filter { $0.hasPrefix("m1") }
        #expect(rows.count >= 5)
        #expect(rows.allSatisfy { DisplayWidth.of(String($0)) <= 60 }, "\(rows)")

        terminal.type(".read \(folder)/long.rsh\r")
        terminal.settle(for: .milliseconds(500))
        terminal.press(.ctrlC)
        #expect(terminal.waitFor("interrupted"))
        #expect(terminal.waitFor(prompt, occurrence: 3))
        terminal.type("n\r")
        #expect(terminal.waitFor(prompt, occurrence: 4))
        terminal.type(".quit\r")
        #expect(terminal.waitForExit() == 0)
    }
}

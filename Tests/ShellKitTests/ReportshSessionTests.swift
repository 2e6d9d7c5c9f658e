import Foundation
import Testing
@testable import ShellKit

/// The built `reportsh` executable, typed at on a pseudo-terminal.
enum ReportshExecutable {
    /// Beside the test runner in the build folder.
    static var path: String? {
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
            environment: ["TERM": "xterm", "HOME": folder, "NO_COLOR": "1", "REPORTSH_HISTORY": historyPath,
                          "XDG_CONFIG_HOME": folder + "/config"])
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
        terminal.settle()
        terminal.press(.ctrlD)
        #expect(terminal.waitForExit() == 0)
        #expect(HistoryFile(path: historyPath).load() == [query, "measures |\ncount"])
    }
}

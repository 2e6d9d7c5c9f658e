import Foundation
import Testing

@testable import ShellKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The whole shell (`forCurrentProcess`) on a real terminal, with real SIGINTs from Ctrl-C. The
/// test runner starts itself on a pseudo-terminal, where the child test below runs the shell.
@Suite struct ShellOnATerminalTests {
    static let childVariable = "SHELLKIT_TERMINAL_CHILD"
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment[childVariable] == nil))
    func ctrlCClearsTheLineAndStopsAStatementButNeverExits() throws {
        let runner = try #require(try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        let folder = NSTemporaryDirectory() + "shellkit-terminal-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let historyPath = folder + "/history"
        let terminal = try PseudoTerminal(
            arguments: [runner, "--testing-library", "swift-testing", "--filter", "runsTheShellAsAChild"],
            environment: [
                "TERM": "xterm", "HOME": folder, "REPORTSH_HISTORY": historyPath,
                Self.childVariable: "1", "NO_COLOR": "1",
            ])
        defer { terminal.close() }
        // libedit may draw the prompt's trailing space as a cursor move, so only the text is matched.
        let prompt = "reportsh>"
        #expect(terminal.waitFor(prompt, timeout: .seconds(30)))

        terminal.type("measures | where subject ~ \"复议\"")
        #expect(terminal.waitFor("复议\""))
        terminal.press(.ctrlC)
        #expect(terminal.waitFor(prompt, occurrence: 2), "screen: \(terminal.text)")

        terminal.type("slow\r")
        #expect(terminal.waitFor("started slow"))
        terminal.press(.ctrlC)
        #expect(terminal.waitFor("interrupted"))
        #expect(terminal.waitFor(prompt, occurrence: 3))

        terminal.type("measures |\r")
        #expect(terminal.waitFor("...>"))
        terminal.settle()
        terminal.press(.ctrlC)
        #expect(terminal.waitFor(prompt, occurrence: 4))

        terminal.type("复议\r")
        #expect(terminal.waitFor("ran: [复议]"))
        #expect(terminal.waitFor(prompt, occurrence: 5))
        terminal.settle()
        terminal.press(.ctrlD)
        #expect(terminal.waitForExit(timeout: .seconds(20)) == 0)
        #expect(!terminal.text.contains("ran: [measures"))
        #expect(HistoryFile(path: historyPath).load() == ["slow", "复议"])
    }

    @Test(.enabled(if: environment[childVariable] == "1"))
    func runsTheShellAsAChild() {
        func show(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
        InteractiveShell.forCurrentProcess(
            environment: Self.environment, vocabulary: { CompletionVocabulary() },
            execute: { entry in
                let statement = entry.text
                guard statement == "slow" else { return show("ran: [\(statement)]") }
                show("started slow")
                let deadline = ContinuousClock.now + .seconds(10)
                while ContinuousClock.now < deadline {
                    if Interrupt.isRequested { return show("interrupted") }
                    usleep(20_000)
                }
                show("finished slow")
            },
            warn: { show("warning: " + $0) }
        ).run()
    }
}

import Foundation
import Testing

@testable import ShellKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real libedit editor, run in this process on a pseudo-terminal the test types into.
@Suite(.serialized) struct EditLineReaderTests {
    let vocabulary = CompletionVocabulary(measures: [
        .init(id: "m38", subject: "收到行政复议申请", raw: "27件"),
        .init(id: "m41", subject: "办结", raw: "23件"),
        .init(id: "m44", subject: "行政复议直接纠错率", raw: "17.4%"),
    ])

    /// Runs `keys` against one `readLine` and returns what it read and what the screen showed.
    func read(history: [String] = [], typing keys: [String]) throws -> (LineReadResult?, String) {
        setenv("TERM", "xterm", 1)
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        let descriptor = open(terminal.terminalPath, O_RDWR | O_NOCTTY)
        #expect(descriptor >= 0)
        let input = try #require(fdopen(descriptor, "r"))
        let output = try #require(fdopen(dup(descriptor), "w"))
        defer {
            fclose(input)
            fclose(output)
        }
        let words = vocabulary
        let reader = try #require(
            EditLineReader(
                history: history, vocabulary: { words },
                input: input, output: output, errors: output))
        let result = ReadResult()
        let thread = Thread { result.set(reader.readLine(prompt: "reportsh> ")) }
        thread.start()
        #expect(terminal.waitFor("reportsh> "))
        for key in keys {
            terminal.type(key)
            terminal.settle()
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while result.value == nil && ContinuousClock.now < deadline {
            terminal.settle(for: .milliseconds(50))
        }
        if result.value == nil { terminal.type("\u{04}\u{04}\r") }
        return (result.value, terminal.text)
    }

    @Test func chineseInputAndOneBackspacePerCharacter() throws {
        let (result, screen) = try read(typing: ["measures | where heading ~ \"复议\"", "\u{7F}\u{7F}", "纠错\"", "\r"])
        #expect(result == .line("measures | where heading ~ \"复纠错\""))
        #expect(screen.contains("复议"))
    }

    @Test func upRecallsAWholeMultiLineStatement() throws {
        let (result, _) = try read(history: ["audit", "measures |\ncount"], typing: ["\u{1B}[A", "\r"])
        #expect(result == .line("measures |\ncount"))
        let (older, _) = try read(history: ["audit", "measures | count"], typing: ["\u{1B}[A\u{1B}[A", "\r"])
        #expect(older == .line("audit"))
    }

    /// ASCII search text: libedit's search looks a typed key up in its key map by the low byte of
    /// the code point, so a Chinese key whose low byte is a control key (错 is U+9519) ends the search.
    @Test func ctrlRSearchesHistoryIncrementally() throws {
        let (result, _) = try read(
            history: ["find \"纠错\" | count", "audit", "4 / 23 as %"],
            typing: ["\u{12}", "cou", "\r"])
        #expect(result == .line("find \"纠错\" | count"))
    }

    @Test func tabCompletesAndListsBySubject() throws {
        let (unique, _) = try read(typing: ["measures | so", "\t", "val", "\t", "\r"])
        #expect(unique == .line("measures | sort value "))
        let (listed, screen) = try read(typing: ["check 17.4% == 复议", "\t", "\u{7F}\u{7F}纠错", "\t", "\r"])
        #expect(screen.contains("m38  收到行政复议申请  27件"))
        #expect(screen.contains("m44  行政复议直接纠错率  17.4%"))
        #expect(listed == .line("check 17.4% == m44 "))
    }

    @Test func ctrlDOnAnEmptyLineEndsInput() throws {
        let (result, _) = try read(typing: ["\u{04}"])
        #expect(result == .endOfInput)
        let (notEmpty, _) = try read(typing: ["ab", "\u{01}", "\u{04}", "\r"])
        #expect(notEmpty == .line("b"))
    }
}

private final class ReadResult: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: LineReadResult?
    var value: LineReadResult? { lock.withLock { stored } }
    func set(_ result: LineReadResult) { lock.withLock { stored = result } }
}

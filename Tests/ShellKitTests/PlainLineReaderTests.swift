import Testing

@testable import ShellKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct PlainLineReaderTests {
    func pipedReader(for bytes: [UInt8]) -> PlainLineReader? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        return PlainLineReader(fileDescriptor: ends[0])
    }

    @Test func readsUTF8LinesWithoutPromptOrHistory() throws {
        let reader = try #require(pipedReader(for: Array("measures | where heading ~ \"复议\"\r\n4 / 23\nlast".utf8)))
        #expect(!reader.keepsHistory)
        #expect(reader.readLine(prompt: "reportsh> ") == .line("measures | where heading ~ \"复议\""))
        #expect(reader.readLine(prompt: "reportsh> ") == .line("4 / 23"))
        #expect(reader.readLine(prompt: "reportsh> ") == .line("last"))
        #expect(reader.readLine(prompt: "reportsh> ") == .endOfInput)
        #expect(reader.readLine(prompt: "reportsh> ") == .endOfInput)
    }

    @Test func invalidUTF8BecomesReplacementCharacter() throws {
        let reader = try #require(pipedReader(for: [0x61, 0xFF, 0x62, 0x0A, 0x0A]))
        #expect(reader.readLine(prompt: "") == .line("a\u{FFFD}b"))
        #expect(reader.readLine(prompt: "") == .line(""))
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }
}

@Suite struct TerminalTests {
    @Test func colourOnlyOnATerminalWithoutNoColor() {
        #expect(Terminal(environment: [:], inputIsTerminal: true, outputIsTerminal: true).allowsColour)
        #expect(!Terminal(environment: ["NO_COLOR": "1"], inputIsTerminal: true, outputIsTerminal: true).allowsColour)
        #expect(Terminal(environment: ["NO_COLOR": ""], inputIsTerminal: true, outputIsTerminal: true).allowsColour)
        #expect(!Terminal(environment: [:], inputIsTerminal: true, outputIsTerminal: false).allowsColour)
    }

    @Test func interactiveNeedsBothEnds() {
        #expect(Terminal(environment: [:], inputIsTerminal: true, outputIsTerminal: true).isInteractive)
        #expect(!Terminal(environment: [:], inputIsTerminal: false, outputIsTerminal: true).isInteractive)
        #expect(!Terminal(environment: [:], inputIsTerminal: true, outputIsTerminal: false).isInteractive)
    }

    @Test func widthFromTerminalThenColumnsThenEighty() {
        #expect(
            Terminal(
                environment: ["COLUMNS": "120"], inputIsTerminal: true, outputIsTerminal: true,
                measuredColumns: 100
            ).width == 100)
        #expect(Terminal(environment: ["COLUMNS": "120"], inputIsTerminal: true, outputIsTerminal: true).width == 120)
        #expect(Terminal(environment: ["COLUMNS": "wide"], inputIsTerminal: true, outputIsTerminal: true).width == 80)
    }
}

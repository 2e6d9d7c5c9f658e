import Testing

@testable import reportsh

/// `reportsh -c TEXT …` skips ArgumentParser to start faster; it must read exactly what
/// ArgumentParser reads, and leave every other command line to it.
@Suite struct CommandLineFastPathTests {
    static let commandLines: [[String]] = [
        ["-c", "measures | count"],
        ["-c", "-1"],
        ["--command", "1 + 1", "-c", "audit"],
        ["--command=let a = 1", "-c", "a"],
        ["-c", "--"],
        ["-c", "-c"],
        ["-c", ""],
    ]

    @Test(arguments: commandLines)
    func theFastPathReadsWhatArgumentParserReads(arguments: [String]) throws {
        let fast = try #require(Invocation(onlyCommandsIn: arguments))
        let parsed = try #require(try ReportshCommand.parseAsRoot(arguments) as? RunCommand)
        #expect(fast == parsed.invocation)
    }

    @Test(arguments: [
        ["-c"], ["-c", "1", "-f", "csv"], ["-f", "csv", "-c", "1"], ["extract"], ["script.rsh"], [],
        ["-c", "1", "--keep-going"], ["-cx"],
    ])
    func anyOtherCommandLineIsLeftToArgumentParser(arguments: [String]) {
        #expect(Invocation(onlyCommandsIn: arguments) == nil)
    }

    @Test func extractIsASubcommandWithItsOwnHelp() throws {
        #expect(try ReportshCommand.parseAsRoot(["extract", "a.txt"]) is ExtractCommand)
        #expect(ReportshCommand.helpMessage(for: ExtractCommand.self).contains("reportsh extract"))
    }
}

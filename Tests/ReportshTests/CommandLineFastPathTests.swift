import Testing

@testable import reportsh

/// `reportsh -c TEXT …`, with `-r` and `-f`, and `reportsh extract PATH…` with `-f` and `-o`, skip
/// ArgumentParser to start faster; they must read exactly what ArgumentParser reads, and leave
/// every other command line to it.
@Suite struct CommandLineFastPathTests {
    static let commandLines: [[String]] = [
        ["-c", "measures | count"],
        ["-c", "-1"],
        ["--command", "1 + 1", "-c", "audit"],
        ["--command=let a = 1", "-c", "a"],
        ["-c", "--"],
        ["-c", "-c"],
        ["-c", ""],
        ["-c", "1", "-f", "csv"],
        ["-f", "csv", "-c", "1"],
        ["-r", "a.txt", "-c", "measures | count", "-r", "b", "--format", "jsonl"],
        ["--report=a b", "--report", "c.txt", "--format=json", "--command", "x"],
        ["-c", "-r", "-f", "line"],
    ]

    @Test(arguments: commandLines)
    func theFastPathReadsWhatArgumentParserReads(arguments: [String]) throws {
        let fast = try #require(Invocation(oneShotArguments: arguments))
        let parsed = try #require(try ReportshCommand.parseAsRoot(arguments) as? RunCommand)
        #expect(fast == parsed.invocation)
    }

    @Test(arguments: [
        ["-c"], ["extract"], ["script.rsh"], [],
        ["-c", "1", "--keep-going"], ["-cx"], ["-f", "csv"], ["-r", "a.txt"], ["-c", "1", "-f", "csv", "-f", "json"],
        ["-c", "1", "-f", "xml"], ["-r", "-c", "1"], ["-c", "1", "-r"], ["-c", "1", "--report="], ["-c", "1", "--format"],
        ["--version"], ["-c", "1", "-rx"],
    ])
    func anyOtherCommandLineIsLeftToArgumentParser(arguments: [String]) {
        #expect(Invocation(oneShotArguments: arguments) == nil)
    }

    static let extractCommandLines: [[String]] = [
        ["extract"],
        ["extract", "a.txt"],
        ["extract", "--format", "jsonl", "a.txt", "b"],
        ["extract", "a.txt", "-f", "table", "c d"],
        ["extract", "--format=sqlite", "-o", "out.sqlite", "a"],
        ["extract", "--output=x.sqlite", "-f", "sqlite"],
        ["extract", "--output", "x", "-f", "json"],
        ["extract", "extract", "run"],
    ]

    @Test(arguments: extractCommandLines)
    func extractsFastPathReadsWhatArgumentParserReads(arguments: [String]) throws {
        let fast = try #require(Extraction(commonArguments: arguments))
        let parsed = try #require(try ReportshCommand.parseAsRoot(arguments) as? ExtractCommand)
        #expect(fast == parsed.extraction)
    }

    @Test(arguments: [
        ["-f", "jsonl", "a.txt"], ["run", "extract"], ["a.txt", "extract"], ["extract", "--help"], ["extract", "-h"],
        ["extract", "help"], ["extract", "-f", "xml"], ["extract", "-f", "json", "-f", "jsonl"],
        ["extract", "-o", "a", "-o", "b"], ["extract", "--", "-a.txt"], ["extract", "-fjsonl"], ["extract", "--format"],
        ["extract", "--output="], ["extract", ""], ["extract", "a.txt", "-x"], ["extract", "-o", "-f", "jsonl"],
        ["extract", "--format=", "a.txt"], ["extract", "-"],
    ])
    func anyOtherExtractIsLeftToArgumentParser(arguments: [String]) {
        #expect(Extraction(commonArguments: arguments) == nil)
    }

    /// `--version` alone is written without ArgumentParser: the same line as ArgumentParser's.
    @Test func theVersionIsArgumentParsers() {
        #expect(throws: (any Error).self) { try ReportshCommand.parseAsRoot(["--version"]) }
        do {
            _ = try ReportshCommand.parseAsRoot(["--version"])
        } catch {
            #expect(ReportshCommand.fullMessage(for: error) == ReportshCommand.configuration.version)
        }
    }

    @Test func extractIsASubcommandWithItsOwnHelp() throws {
        #expect(try ReportshCommand.parseAsRoot(["extract", "a.txt"]) is ExtractCommand)
        #expect(ReportshCommand.helpMessage(for: ExtractCommand.self).contains("reportsh extract"))
    }
}

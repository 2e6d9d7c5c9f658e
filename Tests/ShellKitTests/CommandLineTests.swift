import Foundation
import Testing

/// `-c` (with `-r` and `-f`) takes a shorter road than the parser: it must behave exactly like the
/// long one, which `--no-init` (no init file runs in these tests either way) sends it down.
struct CommandLineTests {
    @Test func commandsAloneMatchTheParsedCommandLine() throws {
        let statements = ["measures | where unit == \"件\" | count", "check m40 == m39 / m38", "m39 / m38 as %"]
        let short = try ChildProcess.reportsh(statements.flatMap { ["-c", $0] })
        let parsed = try ChildProcess.reportsh(["--no-init", "--format", "table"] + statements.flatMap { ["--command=" + $0] })
        #expect(short.status == 0)
        #expect(short.output == parsed.output)
        #expect(short.errors == parsed.errors)
    }

    @Test func aFailedCheckExitsOneEitherWay() throws {
        let short = try ChildProcess.reportsh(["-c", "check m40 == m39 / m37", "-c", "1 + 1"])
        let parsed = try ChildProcess.reportsh(["--no-init", "-c", "check m40 == m39 / m37", "-c", "1 + 1"])
        #expect(short.status == 1 && parsed.status == 1)
        #expect(short.output == parsed.output)
        #expect(short.output.hasPrefix("✗ m40 == m39 / m37: 4/27"))
    }

    @Test func anErrorExitsTwoAndStops() throws {
        let result = try ChildProcess.reportsh(["-c", "measures | where vlaue > 1", "-c", "1 + 1"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("<command>:1:18: error: unknown name or field 'vlaue'; did you mean 'value'?"))
        #expect(result.output.isEmpty)
    }

    @Test func extractHasItsOwnHelpBothWays() throws {
        for arguments in [["extract", "--help"], ["help", "extract"]] {
            let result = try ChildProcess.reportsh(arguments)
            #expect(result.status == 0)
            #expect(result.output.contains("USAGE: reportsh extract"), "\(arguments)")
        }
        let wrong = try ChildProcess.reportsh(["extract", "-f", "xml"])
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("'json', 'jsonl', 'table' or 'sqlite'"))
    }

    @Test func theTopLevelHelpListsTheOptions() throws {
        let result = try ChildProcess.reportsh(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("-c, --command"))
        #expect(result.output.contains("reportsh extract"))
    }

    @Test func aStatementMayStartWithAMinus() throws {
        for arguments in [["-c", "-1"], ["--no-init", "-c", "-1"]] {
            let result = try ChildProcess.reportsh(arguments + ["-f", "csv"])
            #expect(result.status == 0)
            #expect(result.output == "value\n-1\n", "\(arguments)")
        }
    }

    @Test func anArgumentThatIsNotUTF8IsRefused() throws {
        // A shell passes the byte 0xFF on: Process takes arguments as Swift strings only.
        let result = try ChildProcess.run(
            "/bin/sh",
            [
                "-c", "exec \"$0\" -c \"$(printf 'm\\377')\"",
                try #require(ReportshExecutable.path),
            ],
            environment: ["HOME": NSTemporaryDirectory(), "NO_COLOR": "1"])
        #expect(result.status == 2)
        #expect(result.errors == "reportsh: argument 2 is not UTF-8 text; pass statements and paths as UTF-8\n")
    }
}

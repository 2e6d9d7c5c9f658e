import Testing

/// `-c` alone takes a shorter road than the parser: it must behave exactly like the long one.
struct CommandLineTests {
    @Test func commandsAloneMatchTheParsedCommandLine() throws {
        let statements = ["measures | where unit == \"件\" | count", "check m40 == m39 / m38", "m39 / m38 as %"]
        let short = try ChildProcess.reportsh(statements.flatMap { ["-c", $0] })
        let parsed = try ChildProcess.reportsh(["--format", "table"] + statements.flatMap { ["--command=" + $0] })
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
}

import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The one input loop: statements, dot-commands, continuation, comments, errors and stopping.
@Suite struct InputLoopTests {
    @Test func statementsAndDotCommandsRunInOrder() {
        let captured = CapturedSession()
        let outcome = captured.run(
            """
            #!/usr/bin/env reportsh
            # a comment line
            measures | count
            .mode csv

            measures |
              where unit == "件" |
              count
            """)
        #expect(outcome == .ok)
        #expect(captured.results == "value\n-----\n   47\n(1 row)\nvalue\n12\n")
        #expect(captured.diagnostics == "")
    }

    @Test func anErrorOnLine40NamesFileLineAndColumnAndStops() {
        let captured = CapturedSession()
        let script = Array(repeating: "4 / 2", count: 39).joined(separator: "\n") + "\nmeasures | where vlaue > 1\n1 + 1\n"
        #expect(captured.run(script, origin: "long.rsh") == .error)
        #expect(captured.diagnostics.hasPrefix("long.rsh:40:18: error: unknown name or field 'vlaue'"))
        #expect(captured.diagnostics.contains("\nmeasures | where vlaue > 1\n                 ^^^^^\n"))
        // 39 results before the error, none after it.
        #expect(captured.results.components(separatedBy: "(1 row)").count - 1 == 39)
    }

    @Test func aMultiLineStatementIsReportedAtItsOwnLine() {
        let captured = CapturedSession()
        captured.run("1\n\nmeasures |\n  where nosuch > 1 |\n  count\n", origin: "m.rsh")
        #expect(captured.diagnostics.hasPrefix("m.rsh:4:9: error: unknown name or field 'nosuch'"))
    }

    @Test func keepGoingAndBailOffCarryOnAfterAnError() {
        let keepGoing = CapturedSession()
        keepGoing.session.keepGoing = true
        #expect(keepGoing.run("nosuch\n1 + 1\n") == .error)
        #expect(keepGoing.results.contains("2"))

        let bailOff = CapturedSession()
        #expect(bailOff.run(".bail off\nnosuch\n1 + 1\n.bail on\nnosuch\n2 + 2\n") == .error)
        #expect(bailOff.results.contains("    2\n"))
        #expect(!bailOff.results.contains("    4\n"))
        #expect(bailOff.diagnostics.components(separatedBy: "error:").count - 1 == 2)
    }

    @Test func quitStopsTheInputAndItsCaller() {
        let captured = CapturedSession()
        #expect(captured.run("1\n.quit\n2\n") == .ok)
        #expect(captured.session.quitRequested)
        #expect(!captured.results.contains("2"))
    }

    @Test func cancellationStopsBeforeTheNextStatementAndSaysInterruptedOnce() {
        let captured = CapturedSession()
        var statementsRun = 0
        captured.session.isCancelled = { statementsRun >= 2 }
        let outcome = captured.session.run(
            lines: {
                statementsRun += 1
                return statementsRun <= 5 ? "1 + \(statementsRun)" : nil
            }, origin: "<stdin>")
        #expect(outcome == .error)
        #expect(captured.diagnostics == "interrupted\n")
        #expect(captured.results.contains("2"))
        #expect(!captured.results.contains("4"))
    }

    @Test func anUnreadableLineIsAnErrorAtThatLine() {
        let captured = CapturedSession()
        var lines: [[UInt8]] = [Array("1 + 1".utf8), [0x66, 0xFF, 0x66], Array("2 + 2".utf8)]
        let outcome = captured.session.run(
            lines: { () throws(ScriptFileError) -> String? in
                guard !lines.isEmpty else { return nil }
                return try ScriptFile.decodeLine(lines.removeFirst())
            }, origin: "<stdin>")
        #expect(outcome == .error)
        #expect(captured.diagnostics == "<stdin>:2:1: error: the line is not UTF-8 text\n")
        #expect(!captured.results.contains("4"))
    }

    @Test func anUnfinishedStatementAtTheEndIsStillRunAndReported() {
        let captured = CapturedSession()
        #expect(captured.run("measures |", origin: "<stdin>") == .error)
        #expect(captured.diagnostics.hasPrefix("<stdin>:1:"))
    }

    @Test func commentOnlyAndBlankInputIsCompleteAndRunsNothing() {
        #expect(!StatementReader.isIncomplete("# only a comment"))
        #expect(!StatementReader.isIncomplete("   "))
        #expect(StatementReader.isIncomplete("measures |\n# more to come"))
        let captured = CapturedSession()
        #expect(captured.run("# nothing\n\n") == .ok)
        #expect(captured.results.isEmpty && captured.diagnostics.isEmpty)
    }

    @Test func outcomesCombineWithTheErrorFirst() {
        #expect(Session.Outcome.ok.combined(with: .failedCheck) == .failedCheck)
        #expect(Session.Outcome.failedCheck.combined(with: .error) == .error)
        #expect(Session.Outcome.error.combined(with: .ok) == .error)
    }
}

import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A long statement stops when the shell asks (Ctrl-C), with an interruption rather than an error.
struct InterruptionTests {
    @Test(arguments: [
        "measures | where value > 1", "measures | where value > 1 | count", "measures | select id", "audit | count",
    ])
    func stopsWhenAsked(statement: String) throws {
        var evaluator = Evaluator(reports: [BuiltinReport.load()])
        evaluator.shouldStop = { true }
        do {
            _ = try evaluator.run(try Parser.parse(statement))
            Issue.record("\(statement) ran to its end")
        } catch {
            #expect(error.kind == .interrupted)
        }
    }

    @Test func runsToTheEndOtherwise() throws {
        var evaluator = Evaluator(reports: [BuiltinReport.load()])
        let value = try evaluator.run(try Parser.parse("measures | count"))
        #expect(value?.text == String(evaluator.reports[0].measures.count))
    }
}

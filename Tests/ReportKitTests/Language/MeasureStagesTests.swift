import Testing

@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportShell

/// `where`, `take` and `count` right after `measures` run over the measures themselves, without a
/// table of every field: the rows, the errors and the order must be those of the table.
@Suite struct MeasureStagesTests {
    /// The statement's result in csv (or its diagnostics), over the built-in report twice, under
    /// two ids, so that the stages cross from one report to the next.
    private func result(_ statement: String) -> String {
        let report = BuiltinReport.load()
        var other = report
        other.id = "again"
        other.measures = report.measures.map { measure in
            var copy = measure
            copy.report = "again"
            return copy
        }
        let captured = CapturedSession(reports: [report, other])
        captured.session.mode = .csv
        captured.run(statement)
        return captured.results + captured.diagnostics
    }

    @Test func stagesOverMeasuresGiveTheRowsOfTheTable() {
        // `select` first makes the table; the same stages after it must keep the same rows.
        let pairs = [
            (
                "measures | where unit == \"件\" | select id, report",
                "measures | select id, report, unit | where unit == \"件\" | select id, report"
            ),
            (
                "measures | where value > 50% and kind == \"percent\" | select id, raw",
                "measures | select id, raw, value, kind | where value > 50% and kind == \"percent\" | select id, raw"
            ),
            (
                "measures | take 70 | where unit == \"件\" | select id, report",
                "measures | select id, report, unit | take 70 | where unit == \"件\" | select id, report"
            ),
            (
                "measures | where unit == \"件\" | take 3 | where value > 10 | select id",
                "measures | select id, unit, value | where unit == \"件\" | take 3 | where value > 10 | select id"
            ),
        ]
        for (direct, throughTable) in pairs {
            let rows = result(direct)
            #expect(rows == result(throughTable), "\(direct)")
            #expect(rows.split(separator: "\n").count > 2, "\(direct)")
        }
    }

    @Test func countsAreThoseOfTheRows() {
        let measures = BuiltinReport.load().measures
        let pieces = measures.filter { $0.unit == "件" }.count
        #expect(result("measures | count") == "value\n\(2 * measures.count)\n")
        #expect(result("measures | where unit == \"件\" | count") == "value\n\(2 * pieces)\n")
        #expect(result("measures | take 5 | count") == "value\n5\n")
        #expect(result("measures | where unit == \"件\" | count | take 1") == "value\n\(2 * pieces)\n")
    }

    @Test func errorsAreThoseOfTheTable() {
        #expect(result("measures | where unti == \"件\"").contains("unknown name or field 'unti'; did you mean 'unit'?"))
        #expect(result("measures | where value").contains("'where' needs a true/false condition"))
        #expect(result("measures | take 1.5").contains("'take' needs a whole number"))
    }
}

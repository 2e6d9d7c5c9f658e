import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The audit of the built-in report as the extractor reads it, against suizhou-2023.truth.json
/// ("rates": 17.4% = 4/23 reproduced, 73.9% = 17/23 implied, the rest without counts).
@Suite struct AuditBuiltinReportTests {
    let report = BuiltinReport.load()
    var rows: [AuditRow] { Audit.run(reports: [report]) }

    private func measure(_ id: String?) -> Measure? {
        report.measures.first { $0.id == id }
    }

    @Test func everyPercentageHasOneRowAndNothingIsFlagged() {
        let percentages = report.measures.filter { $0.kind == .percent }
        #expect(rows.count == percentages.count)
        #expect(rows.count == 10)
        #expect(!rows.contains { $0.verdict == .mismatch || $0.verdict == .orderViolation })
    }

    @Test func directCorrectionRateIsFourOfTwentyThree() throws {
        let row = try #require(rows.first { $0.raw == "17.4%" })
        #expect(row.verdict == .reproduced)
        #expect(row.numerators.compactMap { measure($0)?.value } == [Rational(4)])
        #expect(measure(row.denominator)?.value == Rational(23))
        #expect(row.arithmetic == "4/23")
    }

    @Test func mediationRateImpliesSeventeenOfTwentyThree() throws {
        let row = try #require(rows.first { $0.raw == "73.9%" })
        #expect(row.verdict == .implied)
        #expect(row.arithmetic == "17/23")
        #expect(measure(row.denominator)?.raw == "23件")
    }

    @Test func theOtherRatesAreUnverifiableOrBounds() throws {
        let others = rows.filter { !["17.4%", "73.9%"].contains($0.raw) }
        #expect(others.count == 8)
        #expect(others.filter { $0.verdict == .bound }.map(\.raw) == ["50%以上"])
        #expect(others.filter { $0.verdict != .bound }.allSatisfy { $0.verdict == .unverifiable })
        #expect(rows.first { $0.raw == "90.24%" }?.arithmetic == "37/41")
        let filed = try #require(rows.first { $0.raw == "100%" && $0.subject.contains("报备率") })
        #expect(filed.explanation.contains("presumably all of 22件"))
    }
}

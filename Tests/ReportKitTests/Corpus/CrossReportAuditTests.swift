import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLoading
@testable import ReportModel
@testable import ReportVerification

/// The corpus of Fixtures/corpus (scripts/make-corpus-fixtures.py): the contradictions planted across
/// its reports are `cross-report` mismatches, and nothing else in it is.
struct CrossReportAuditTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/corpus").path

    static func corpus() throws -> [Report] {
        try ReportLoader.load(path: folder)
    }

    /// Report and claim of each planted contradiction.
    static let planted: Set<String> = [
        "yunxi-county-2023.m6",  // 同比增长15.2%: 70 → 86 is 22.9%
        "yunxi-county-2023.m19",  // 较上年增加8件: 35 → 41 is 6
        "qingshi-govinfo-2022.m6",  // 上年结转4件: 2021 carried 3 over
        "linjiang-justice-2023.m4",  // 上年为126件: 2022 stated 128
        "qingshi-govinfo-2023.m7",  // 办结135件: the 法治政府 report of the same year says 133
    ]

    @Test func thePlantedContradictionsAreTheMismatches() throws {
        let rows = CrossReportAudit.rows(reports: try Self.corpus())
        #expect(rows.allSatisfy { $0.check == .crossReport })
        let mismatches = Set(rows.filter { $0.verdict == .mismatch }.map { "\($0.report).\($0.claim)" })
        #expect(mismatches == Self.planted)
        let agreeing = Set(rows.filter { $0.verdict == .reproduced }.map { "\($0.report).\($0.claim)" })
        for consistent in [
            "yunxi-county-2022.m6", "yunxi-county-2022.m19", "yunxi-county-2022.m23", "yunxi-county-2023.m23",
            "linjiang-justice-2022.m2", "linjiang-justice-2022.m4", "linjiang-justice-2023.m2", "qingshi-govinfo-2023.m6",
            "qingshi-govinfo-2023.m4",
        ] {
            #expect(agreeing.contains(consistent), "\(consistent)")
        }
        #expect(rows.count == mismatches.count + agreeing.count)
    }

    @Test func eachReportAgreesWithItself() throws {
        let rows = Audit.run(reports: try Self.corpus())
        #expect(rows.filter { [.mismatch, .orderViolation].contains($0.verdict) }.isEmpty)
    }

    @Test func theExplanationNamesBothReportsMeasures() throws {
        let rows = CrossReportAudit.rows(reports: try Self.corpus())
        let growth = try #require(rows.first { $0.report == "yunxi-county-2023" && $0.claim == "m6" })
        #expect(growth.formula == "(m5 − yunxi-county-2022.m5) / yunxi-county-2022.m5")
        #expect(growth.explanation.contains("yunxi-county-2022.m5") && growth.explanation.contains("yunxi-county-2023.m5"))
        #expect(growth.explanation.hasSuffix("= 22.8571…%, not 15.2%"))
        let carried = try #require(rows.first { $0.report == "qingshi-govinfo-2022" && $0.claim == "m6" })
        #expect(carried.numerators == ["qingshi-govinfo-2021.m7"])
        #expect(carried.explanation.contains("结转下年度继续办理"))
    }

    /// 12.5% and 10.0% are rounded: the fall between them is anything in [2.4, 2.6] points, so
    /// 2.5个百分点 holds, and so would 2.4.
    @Test func aChangeBetweenRoundedRatesHoldsWithinTheirIntervals() throws {
        let rows = CrossReportAudit.rows(reports: try Self.corpus())
        let row = try #require(rows.first { $0.report == "yunxi-county-2023" && $0.claim == "m23" })
        #expect(row.verdict == .reproduced)
        #expect(row.explanation.contains("[2.4, 2.6]"))
    }

    @Test func otherBodiesAndLoneReportsAreNotCompared() throws {
        let corpus = try Self.corpus()
        let rows = CrossReportAudit.rows(reports: corpus)
        // 临江区人民政府 is another body than 临江区司法局, whose 2023 report it would contradict.
        #expect(!rows.contains { $0.report == "linjiang-district-2022" || $0.explanation.contains("linjiang-district") })
        let lone = try #require(corpus.first { $0.id == "yunxi-county-2023" })
        #expect(CrossReportAudit.rows(reports: [lone]).isEmpty)
    }

    @Test func theSameRowsComeFromTheModelJSON() throws {
        let corpus = try Self.corpus()
        let reloaded = try corpus.map { report in try Report(modelJSON: JSONParser.parse(report.json.compactText)) }
        let fromText = CrossReportAudit.rows(reports: corpus), fromJSON = CrossReportAudit.rows(reports: reloaded)
        #expect(fromJSON.map(\.explanation) == fromText.map(\.explanation))
        #expect(fromJSON.map(\.verdict) == fromText.map(\.verdict))
    }
}

import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A made-up report read by the extractor, then audited: every situation of the audit at once,
/// end to end (the extractor's subjects and sentences, not hand-made ones).
@Suite struct AuditExtractedReportTests {
    static let text = """
        2023年某市法治政府建设年度报告
        一、主要成效
        (一)行政复议。全年共收到行政复议申请50件,受理45件,审结40件,其中撤销、确认违法8件,纠错率为17.8%。审结30件,其中纠错6件、调解4件,综合化解率33.3%。共办理行政复议案件120件,较上年100件同比增长20%。收到申请20件,受理25件,办结18件。
        (二)行政执法。
        表1 执法案件分布
        类别 | 件数 | 占比
        公安 | 40件 | 32.0%
        市场监管 | 35件 | 28.0%
        其他 | 50件 | 41.0%
        合计 | 125件 | 100%
        行政机关负责人出庭应诉率由89.3%提高到92.5%,提高3.2个百分点。
        """
    let rows = Audit.run(reports: [ReportExtractor.extract(text: AuditExtractedReportTests.text, id: "synthetic")])

    private func row(_ raw: String) -> AuditRow? {
        rows.first { $0.raw == raw }
    }

    @Test func wrongBaseIsAMismatch() {
        #expect(row("17.8%")?.verdict == .mismatch)
        #expect(row("17.8%")?.arithmetic == "8/45")
        #expect(row("17.8%")?.explanation.contains("named after 40件") == true)
    }

    @Test func sumsGrowthsAndPointsAreReproduced() {
        #expect(row("33.3%")?.verdict == .reproduced)
        #expect(row("33.3%")?.arithmetic == "(6 + 4)/30")
        #expect(row("20%")?.verdict == .reproduced)
        #expect(row("20%")?.arithmetic == "(120 − 100)/100")
        #expect(row("3.2个百分点")?.verdict == .reproduced)
        #expect(row("3.2个百分点")?.arithmetic == "92.5 − 89.3")
    }

    @Test func tableCellsAreCheckedAgainstTheTotalRow() {
        #expect(row("32.0%")?.verdict == .reproduced)
        #expect(row("32.0%")?.arithmetic == "40/125")
        #expect(row("28.0%")?.verdict == .reproduced)
        #expect(row("41.0%")?.verdict == .mismatch)
        #expect(row("41.0%")?.arithmetic == "50/125")
    }

    @Test func theFunnelOutOfOrderIsReported() {
        let violations = rows.filter { $0.verdict == .orderViolation }
        #expect(violations.map(\.raw) == ["25件"])
        #expect(violations.first?.arithmetic == "25 > 20")
    }
}

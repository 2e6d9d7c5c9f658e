import Testing

@testable import ReportExtraction
@testable import ReportModel
@testable import ReportVerification

/// Changes between reports are judged with the intervals their figures allow, as the audit judges
/// rates within one report.
struct CrossReportRoundingTests {
    private func rows(_ earlier: String, _ later: String) -> [AuditRow] {
        let title = { (year: Int) in "云溪县人民政府\(year)年法治政府建设年度报告\n" }
        return CrossReportAudit.rows(reports: [
            ReportExtractor.extract(text: title(2022) + earlier, id: "r2022"),
            ReportExtractor.extract(text: title(2023) + later, id: "r2023"),
        ])
    }

    @Test func aChangeBetweenRoundedCountsHoldsAnywhereTheirIntervalsAllow() throws {
        // 1.2万 is 11500…12500 and 1.35万 13450…13550: the growth lies in [7.6%, 17.8%].
        let holds = rows("全年收到行政复议申请1.2万件。\n", "全年收到行政复议申请1.35万件，同比增长12.5%。\n")
        #expect(holds.map(\.verdict) == [.reproduced])
        #expect(try #require(holds.first).explanation.contains("rounded or approximate, so it lies in"))
        let fails = rows("全年收到行政复议申请1.2万件。\n", "全年收到行政复议申请1.35万件，同比增长25.0%。\n")
        #expect(fails.map(\.verdict) == [.mismatch])
    }

    @Test func aChangeBetweenExactCountsFollowsTheRoundingRules() throws {
        // 12/80 = 15%: 同比增长15.0% holds; 14.9% does not by any rule.
        #expect(rows("收到行政复议申请80件。\n", "收到行政复议申请92件，同比增长15.0%。\n").map(\.verdict) == [.reproduced])
        #expect(rows("收到行政复议申请80件。\n", "收到行政复议申请92件，同比增长14.9%。\n").map(\.verdict) == [.mismatch])
        // A fall stated as a positive figure: 92 → 80 is a fall of 13.04…%.
        #expect(rows("收到行政复议申请92件。\n", "收到行政复议申请80件，同比下降13.0%。\n").map(\.verdict) == [.reproduced])
    }

    @Test func aOneSidedChangeOnlyBounds() {
        #expect(rows("收到行政复议申请80件。\n", "收到行政复议申请92件，同比增长超过10%。\n").map(\.verdict) == [.bound])
        #expect(rows("收到行政复议申请80件。\n", "收到行政复议申请92件，同比增长超过20%。\n").map(\.verdict) == [.mismatch])
    }

    @Test func approximateFiguresAgreeWhenTheirIntervalsMeet() {
        // 上年为80余件 is 80…90; last year's report said 86件.
        let agree = rows("收到行政复议申请86件。\n", "收到行政复议申请92件，上年为80余件。\n")
        #expect(agree.map(\.verdict) == [.reproduced])
        let differ = rows("收到行政复议申请96件。\n", "收到行政复议申请92件，上年为80余件。\n")
        #expect(differ.map(\.verdict) == [.mismatch])
    }

    @Test func issuersAreTheRegionAndTheBody() {
        let report = { (title: String) in ReportExtractor.extract(text: title + "\n全年收到行政复议申请80件。\n", id: title) }
        let justice = report("临江区司法局2022年度法治政府建设工作报告")
        let government = report("临江区人民政府2023年法治政府建设年度报告")
        let untitledBody = report("关于临江区2022年法治政府建设情况的报告")
        #expect(ReportIssuer(justice).map { [$0.region, $0.body] } == ["临江区", "司法局"])
        #expect(ReportIssuer(government).map { [$0.region, $0.body] } == ["临江区", "政府"])
        #expect(ReportIssuer(untitledBody) == ReportIssuer(government))
        #expect(ReportIssuer(justice) != ReportIssuer(untitledBody))
        #expect([justice, government, untitledBody].map(\.year) == [2022, 2023, 2022])
        // A model written before metadata had a body kept the organ's whole name as the region.
        var older = justice
        (older.region, older.body) = ("临江区司法局", nil)
        #expect(ReportIssuer(older) == ReportIssuer(justice))
        (older.region, older.body) = ("江北省临江区人民政府办公室", nil)
        #expect(ReportIssuer(older).map { [$0.region, $0.body] } == ["江北省临江区", "政府办公室"])
    }
}

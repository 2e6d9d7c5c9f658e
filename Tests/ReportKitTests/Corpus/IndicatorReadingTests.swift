import Testing

@testable import ReportExtraction
@testable import ReportModel
@testable import ReportVerification

/// Which figures of a report state which indicators, and which are left out rather than guessed.
struct IndicatorReadingTests {
    private func figures(_ text: String) -> [String: String] {
        let report = ReportExtractor.extract(text: text, id: "test")
        var found: [String: String] = [:]
        for figure in IndicatorReading(report: report).figures {
            found[figure.indicator.name + (figure.period == .previous ? "（上年）" : "")] = figure.measure.raw
        }
        return found
    }

    @Test func differentWordingsNameOneIndicator() {
        let first = figures("临江区2023年法治政府建设年度报告\n全年县政府共收到行政复议申请86件，受理79件，审结74件，纠错率14.9%。\n")
        let second = figures("青山县2023年法治政府建设年度报告\n全区新收行政复议案件152件，全年审结行政复议案件140件，综合纠错率9.3%。\n")
        #expect(first["行政复议申请"] == "86件" && second["行政复议申请"] == "152件")
        #expect(first["行政复议审结"] == "74件" && second["行政复议审结"] == "140件")
        #expect(first["纠错率"] == "14.9%" && second["纠错率"] == "9.3%")
        #expect(first["行政复议受理"] == "79件")
    }

    @Test func theTopicAroundAShortWordingDecides() {
        let found = figures(
            "临江区2023年法治政府建设年度报告\n收到行政复议申请86件，审结74件。一审行政诉讼案件41件，审结38件，败诉4件，败诉率10.5%。\n")
        #expect(found["行政复议审结"] == "74件")
        #expect(found["行政诉讼审结"] == "38件")
        #expect(found["败诉率"] == "10.5%")
    }

    @Test func ambiguousAndOppositeWordingsAreLeftOut() {
        // 审结 with no topic around it fits 行政复议 and 行政诉讼 alike; 不予受理 is no 受理.
        let found = figures("临江区2023年法治政府建设年度报告\n全年审结74件，不予受理7件。\n")
        #expect(found.isEmpty)
        // A rate is named whole: 行政执法公示信息公开率 is not the 政府信息公开 公开率.
        let other = figures("临江区2023年法治政府建设年度报告\n行政执法公示信息公开率达到100%，按时办结率97.3%。\n")
        #expect(other.isEmpty)
    }

    @Test func plansProblemsAndBoundsAreLeftOut() {
        let found = figures(
            "临江区2023年法治政府建设年度报告\n一、主要成效\n全年行政复议纠错率12.0%。\n二、存在的不足\n行政复议纠错率仍在15%以上。\n"
                + "三、2024年工作安排\n力争行政复议纠错率控制在10%。\n")
        #expect(found == ["纠错率": "12.0%"])
    }

    @Test func lastYearsFiguresAndCarryOver() {
        let found = figures(
            "青石县人民政府2023年政府信息公开工作年度报告\n全年共收到政府信息公开申请137件，上年结转5件，办结135件，结转下年度继续办理7件。"
                + "全年审结行政复议案件140件，上年为126件。\n")
        #expect(found["政府信息公开申请"] == "137件")
        #expect(found["上年结转"] == "5件")
        #expect(found["结转下年度"] == "7件")
        #expect(found["行政复议审结（上年）"] == "126件")
    }

    @Test func aChangeBelongsToTheFigureBeforeIt() throws {
        let report = ReportExtractor.extract(
            text: "临江区2023年法治政府建设年度报告\n全年收到行政复议申请86件，同比增长15.2%。行政诉讼败诉率10.0%，比上年下降2.5个百分点。\n", id: "test")
        let changes = IndicatorReading(report: report).changes
        #expect(changes.map(\.indicator.name) == ["行政复议申请", "败诉率"])
        #expect(changes.map(\.direction) == [1, -1])
        #expect(changes.map(\.figure.raw) == ["86件", "10.0%"])
    }

    @Test func tablesStateIndicatorsInTheirTotalRows() {
        let found = figures(
            "临江区司法局2023年度法治政府建设工作报告\n一、行政复议\n季度 | 收案（件） | 审结（件） | 纠错率（%）\n第一季度 | 30 | 28 | 10.7\n"
                + "第二季度 | 40 | 36 | 11.1\n合计 | 70 | 64 | 10.9\n")
        #expect(found["行政复议申请"] == "70")
        #expect(found["行政复议审结"] == "64")
        #expect(found["纠错率"] == "10.9")
    }
}

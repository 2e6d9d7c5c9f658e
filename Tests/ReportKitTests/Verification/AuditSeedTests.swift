import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The audit on the seed's rate paragraphs, with measures made by hand as the extractor should make
/// them; expected verdicts come from suizhou-2023.truth.json ("rates" and "checks").
@Suite struct AuditSeedTests {
    static let text = """
        (一)推进数字政务建设,比较优势更加明显。一是平台建设一体化。电子政务外网市、县、乡、村四级全覆盖,政务数据跨层级、跨地域、跨部门共享利用。46个市直部门、101个县级部门发布两级共享目录1767个、数据共享服务1463个。二是政务事项标准化。审定发布市、县、乡、村四级政务服务事项7.4万项。全市事项可网办率达99.9%,即办件占90.24%,“最多跑一次”事项达100%。三是基层服务均等化。市本级依申请和公共服务事项集中进驻率达100%,市、县两级综合窗口占比50%以上,乡镇综合窗口占比达到100%,下沉事项领取发布率100%。新建或改造乡镇、村便民服务场所159处,部署自助终端221台。
        三是加强行政规范性文件管理。严格执行行政规范性文件制定程序,全年市政府及政府办共制定行政规范性文件22件,报备率、程序到位率100%,其中及时全面公开本级政府规范性文件受到国务院办公厅点名表扬。集中组织行政规范性文件清理,宣布失效的市政府及政府办规范性文件7件。
        一是深化行政复议体制改革。在基层司法所设复议咨询服务点50个,为群众提供方便快捷的服务。2023年市政府共收到行政复议申请30件,受理27件,办结23件,撤销、确认违法、责令履行案件共4件,直接纠错率为17.4%;调解结案率73.9%。
        """

    static func report() -> Report {
        var builder = ReportBuilder(id: "suizhou-2023", text: text)
        builder.add("四级", "4", "级", .count, subject: "电子政务外网")
        builder.add("46个", "46", "个", .count, subject: "市直部门")
        builder.add("101个", "101", "个", .count, subject: "县级部门")
        builder.add("两级", "2", "级", .count, subject: "共享目录")
        builder.add("1767个", "1767", "个", .count, subject: "共享目录")
        builder.add("1463个", "1463", "个", .count, subject: "数据共享服务")
        builder.add("四级", "4", "级", .count, subject: "政务服务事项")
        builder.add("99.9%", "99.9", "%", .percent, subject: "全市事项可网办率")
        builder.add("90.24%", "90.24", "%", .percent, subject: "即办件占")
        builder.add("100%", "100", "%", .percent, subject: "“最多跑一次”事项")
        builder.add("100%", "100", "%", .percent, subject: "集中进驻率")
        builder.add("两级", "2", "级", .count, subject: "综合窗口")
        builder.add("50%以上", "50", "%", .percent, subject: "综合窗口占比", qualifiers: ["以上"])
        builder.add("100%", "100", "%", .percent, subject: "乡镇综合窗口占比")
        builder.add("100%", "100", "%", .percent, subject: "下沉事项领取发布率")
        builder.add("159处", "159", "处", .count, subject: "便民服务场所")
        builder.add("221台", "221", "台", .count, subject: "自助终端")
        builder.add("22件", "22", "件", .count, subject: "制定行政规范性文件")
        builder.add("100%", "100", "%", .percent, subject: "报备率、程序到位率")
        builder.add("7件", "7", "件", .count, subject: "宣布失效的规范性文件")
        builder.add("50个", "50", "个", .count, subject: "复议咨询服务点")
        builder.add("30件", "30", "件", .count, subject: "收到行政复议申请")
        builder.add("27件", "27", "件", .count, subject: "受理")
        builder.add("23件", "23", "件", .count, subject: "办结")
        builder.add("4件", "4", "件", .count, subject: "撤销、确认违法、责令履行案件")
        builder.add("17.4%", "17.4", "%", .percent, subject: "直接纠错率")
        builder.add("73.9%", "73.9", "%", .percent, subject: "调解结案率")
        return builder.report
    }

    private func find(_ raw: String, _ subject: String) -> AuditRow? {
        Audit.run(reports: [Self.report()]).first { $0.raw == raw && $0.subject == subject }
    }

    @Test func oneRowPerRateAndNoFunnelViolation() {
        let rows = Audit.run(reports: [Self.report()])
        #expect(rows.count == 10)
        #expect(!rows.contains { $0.verdict == .mismatch || $0.verdict == .orderViolation })
    }

    @Test func directCorrectionRateIsReproducedByFourOfTwentyThree() throws {
        let row = try #require(find("17.4%", "直接纠错率"))
        #expect(row.verdict == .reproduced)
        #expect(row.formula == "m25 / m24")
        #expect(row.numerators == ["m25"])
        #expect(row.denominator == "m24")
        #expect(row.arithmetic == "4/23")
        #expect(row.computed == fraction(400, 23))
        #expect(row.rules == [.halfUp: true, .halfEven: true, .truncation: false])
        #expect(row.explanation.hasPrefix("17.4% ← 4/23 = 17.3913…% (same sentence"))
    }

    @Test func mediationRateImpliesSeventeenOfTwentyThree() throws {
        let row = try #require(find("73.9%", "调解结案率"))
        #expect(row.verdict == .implied)
        #expect(row.formula == "17 / m24")
        #expect(row.numerators.isEmpty)
        #expect(row.denominator == "m24")
        #expect(row.computed == fraction(1700, 23))
        #expect(row.explanation.contains("the count 17 is not stated"))
    }

    @Test func ratesWithoutCountsAreUnverifiableWithTheirSmallestBase() throws {
        let share = try #require(find("90.24%", "即办件占"))
        #expect(share.verdict == .unverifiable)
        #expect(share.explanation.contains("the smallest base that can is 37/41 = 90.2439…%"))
        let online = try #require(find("99.9%", "全市事项可网办率"))
        #expect(online.verdict == .unverifiable)
        #expect(online.arithmetic == "666/667")
        for subject in ["“最多跑一次”事项", "集中进驻率", "乡镇综合窗口占比", "下沉事项领取发布率", "报备率、程序到位率"] {
            let full = try #require(find("100%", subject))
            #expect(full.verdict == .unverifiable, "\(subject)")
            #expect(full.explanation.contains("100% is written for anything from 99.5%"))
        }
        let filed = try #require(find("100%", "报备率、程序到位率"))
        #expect(filed.explanation.contains("presumably all of 22件 (m18)"))
    }

    @Test func atLeastFiftyIsABound() throws {
        let row = try #require(find("50%以上", "综合窗口占比"))
        #expect(row.verdict == .bound)
        #expect(row.explanation.contains("at least 50%"))
    }

    @Test func rowsTurnIntoNamedFields() throws {
        let row = try #require(find("17.4%", "直接纠错率"))
        #expect(row.fields.map(\.name) == AuditRow.fieldNames)
        let values = Dictionary(uniqueKeysWithValues: row.fields.map { ($0.name, $0.value) })
        #expect(values["verdict"] == .text("reproduced"))
        #expect(values["computed"] == .number(fraction(400, 23)))
        #expect(values["rules"] == .text("half-up ✓ half-even ✓ truncation ✗"))
        #expect(values["denominator"] == .text("m24"))
    }
}

import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportModel
@testable import ReportVerification

/// The tables' own arithmetic in `audit`: a 政府信息公开 report in the national template written
/// with planted errors, its clean twin, and every other fixture, none of which may raise a false
/// alarm.
@Suite struct TableArithmeticTests {
    static let clean = Result { try GenreFixture("qingshi-county-govinfo-2023") }
    static let planted = Result { try GenreFixture("qingshi-county-govinfo-2023-errors") }

    static let otherFixtures = AuditFromModelJSONTests.textFixtures
        .map { String($0.dropLast(4)) }
        .filter { $0 != "qingshi-county-govinfo-2023-errors" }

    @Test func theCleanTwinAuditsClean() throws {
        let rows = Audit.run(reports: [try Self.clean.get().report])
        #expect(!rows.contains { $0.verdict == .mismatch || $0.verdict == .orderViolation })
        let checks = Dictionary(grouping: rows, by: \.check).mapValues(\.count)
        // 7 columns × （七）总计 and 25 rows × 总计, the review table's three 总计; 7 columns of
        // 一 + 二 = 三（七）+ 四; six prose counts that the application table restates (办结 twice),
        // and two that the review table does (行政复议 5, 行政诉讼 4 = 3 + 1).
        #expect(checks[.total] == 7 + 25 + 3)
        #expect(checks[.identity] == 7)
        #expect(checks[.repeat] == 7 + 2)
        #expect(rows.filter { $0.check != .rate }.allSatisfy { $0.verdict == .reproduced })
    }

    /// Each planted error is a mismatch of the right check; an error in a cell that two sums read
    /// is a mismatch of both.
    @Test func everyPlantedErrorIsAMismatch() throws {
        let rows = Audit.run(reports: [try Self.planted.get().report]).filter { $0.verdict == .mismatch }
        let found = rows.map { "\($0.check.rawValue)|\($0.raw)|\($0.subject)" }
        #expect(
            found == [
                // the mis-rounded 公开率: (58 + 17)/135 = 55.56%, written 55.7%
                "rate|55.7%|公开率（含部分公开）",
                // the wrong （七）总计 (134): its column of parts and its row of applicants
                "total|134|申请人情况·总计·三、本年度办理结果·（七）总计",
                // the wrong row total of （二）部分公开 (18 for 14 + 2 + 1)
                "total|18|申请人情况·总计·三、本年度办理结果·（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "total|134|申请人情况·总计·三、本年度办理结果·（七）总计",
                // 四 moved one application from 自然人 to 商业企业: both columns break 一 + 二 = 三（七）+ 四,
                // and the wrong （七）总计 breaks the 总计 column
                "identity|119|申请人情况·自然人·三、本年度办理结果·（七）总计",
                "identity|11|申请人情况·法人或其他组织·商业企业·三、本年度办理结果·（七）总计",
                "identity|134|申请人情况·总计·三、本年度办理结果·（七）总计",
                // the prose's 139 received against the table's 137; its 办结 135 (twice) against the wrong
                // （七）总计; its 部分公开 17 against the wrong row total
                "repeat|139件|收到政府信息公开申请",
                "repeat|135件|办结",
                "repeat|135件|办结申请",
                "repeat|17件|部分公开",
                // the wrong 行政复议 总计 (6 for 3 + 1 + 0 + 1), which the prose's 5 contradicts too
                "total|6|行政复议·总计",
                "repeat|5件|因政府信息公开被申请行政复议",
            ])
    }

    @Test func theExplanationNamesTheCellsAndGivesTheArithmetic() throws {
        let rows = Audit.run(reports: [try Self.planted.get().report]).filter { $0.verdict == .mismatch }
        let explanations = rows.map(\.explanation)
        #expect(
            explanations.contains(
                "申请人情况 › 法人或其他组织 › 商业企业: 一 11 + 二 1 = 12, but 三（七） 11 + 四 2 = 13 "
                    + "(the table states: 第一项加第二项之和，等于第三项加第四项之和)"))
        #expect(explanations.contains("行政复议 › 总计: 结果维持 3 + 结果纠正 1 + 其他结果 0 + 尚未审结 1 = 5, but the table states 6"))
        let identity = try #require(rows.first { $0.check == .identity })
        #expect(identity.formula?.contains(" = ") == true)
        #expect(identity.arithmetic == "120 + 4 = 124 ≠ 119 + 4 = 123")
    }

    /// A report whose tables add up gets no mismatch from them: a false alarm costs more trust than
    /// a miss.
    @Test(arguments: otherFixtures)
    func noFixtureRaisesAFalseTableAlarm(name: String) throws {
        let rows = Audit.run(reports: [try GenreFixture(name).report]).filter { [.total, .identity, .repeat].contains($0.check) }
        #expect(!rows.contains { $0.verdict == .mismatch }, "\(rows.filter { $0.verdict == .mismatch }.map(\.explanation))")
    }

    /// Without the stated 勾稽关系 line, the template's rows still give the identity.
    @Test func theTemplateIdentityHoldsWithoutItsStatedLine() throws {
        let text = try Self.planted.get().report.text.replacingOccurrences(
            of: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", with: "本列数据")
        let rows = Audit.run(reports: [ReportExtractor.extract(text: text, id: "t")]).filter { $0.check == .identity }
        #expect(rows.count == 7)
        #expect(rows.filter { $0.verdict == .mismatch }.count == 3)
        #expect(rows.allSatisfy { $0.explanation.hasSuffix("(the national template's identity)") })
    }

    /// A 合计 row sums the rows above it up to the last 合计; 小计 rows between are not parts.
    @Test func subtotalsAreNotCountedTwice() {
        let text = """
            一、执法情况
            项目 | 立案数
            甲 | 3
            乙 | 4
            小计 | 7
            丙 | 5
            丁 | 6
            小计 | 11
            合计 | 18
            """
        let rows = Audit.run(reports: [ReportExtractor.extract(text: text, id: "t")]).filter { $0.check == .total }
        #expect(rows.map(\.arithmetic) == ["3 + 4 = 7", "5 + 6 = 11", "3 + 4 + 5 + 6 = 18"])
        #expect(rows.allSatisfy { $0.verdict == .reproduced })
    }

    /// A 其中 row is a part of the row above it, not of the 合计.
    @Test func aPartOfARowIsNotAPartOfTheTotal() {
        let text = """
            一、执法情况
            类别 | 件数
            治安 | 50
            其中：拘留 | 10
            交通 | 30
            合计 | 80
            """
        let rows = Audit.run(reports: [ReportExtractor.extract(text: text, id: "t")]).filter { $0.check == .total }
        #expect(rows.map(\.arithmetic) == ["50 + 30 = 80"])
        #expect(rows.map(\.verdict) == [.reproduced])
    }

    /// A column of averages has a 合计 that is no sum.
    @Test func averagesAreNotSummed() {
        let text = """
            一、办理情况
            单位 | 件数 | 平均办理天数
            甲 | 50 | 12
            乙 | 30 | 8
            合计 | 80 | 10
            """
        let rows = Audit.run(reports: [ReportExtractor.extract(text: text, id: "t")]).filter { $0.check == .total }
        #expect(rows.map(\.arithmetic) == ["50 + 30 = 80"])
        #expect(rows.map(\.verdict) == [.reproduced])
    }

    /// Figures stated to a rounding add up within their intervals: 1.2 + 3.4 written 4.7 is no error
    /// (1.15 + 3.35 … 1.25 + 3.45 is 4.5 … 4.7, which meets 4.65 … 4.75).
    @Test func roundedFiguresAreComparedByTheirIntervals() {
        let text = """
            一、资金情况
            项目 | 金额（万元）
            甲 | 1.2
            乙 | 3.4
            合计 | 4.7
            """
        let rows = Audit.run(reports: [ReportExtractor.extract(text: text, id: "t")]).filter { $0.check == .total }
        #expect(rows.map(\.verdict) == [.reproduced])
    }

    /// A 比例 row's cells over the count above them and the base the label names: the counts' 合计,
    /// or, with none, the count of that name in the text.
    @Test(arguments: [("治安 | 交通 | 合计", "75 | 16 | 91", "82.4% | 17.6% | 100%"), ("治安 | 交通", "75 | 16", "82.4% | 17.6%")])
    func aShareRowIsCheckedAgainstItsCountsAndBase(header: String, counts: String, shares: String) {
        let text = { (shares: String) in
            "一、行政复议\n全年新受理行政复议案件91件。\n类别 | \(header)\n数量（件） | \(counts)\n占新受理数比例 | \(shares)\n"
        }
        let rows = Audit.run(reports: [ReportExtractor.extract(text: text(shares), id: "t")]).filter { $0.check == .share }
        #expect(rows.map(\.arithmetic) == ["75/91", "16/91"])
        #expect(rows.allSatisfy { $0.verdict == .reproduced })
        let wrong = shares.replacingOccurrences(of: "82.4%", with: "83.4%")
        let audited = Audit.run(reports: [ReportExtractor.extract(text: text(wrong), id: "t")]).filter { $0.check == .share }
        #expect(audited.first?.verdict == .mismatch)
        #expect(audited.first?.explanation.hasPrefix("占新受理数比例 × 治安: 数量（件） 75 over") == true)
    }
}

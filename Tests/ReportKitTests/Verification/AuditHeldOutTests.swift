import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The audit rules the second held-out fixtures (白河县, 清河市, 城关街道) asked for, each on an
/// extracted sentence or two: changes and last year's rates are no shares of this year's counts,
/// a change of a percentage, parts of a whole after 其中 / 在…中, carried-over cases.
@Suite struct AuditHeldOutTests {
    static func rows(_ text: String) -> [AuditRow] {
        Audit.run(reports: [ReportExtractor.extract(text: text, id: "t")])
    }

    static func row(_ raw: String, in text: String) -> AuditRow? {
        rows(text).first { $0.raw == raw }
    }

    @Test func aChangeIsNoShareOfThisYearsCount() {
        // 12.4% of 3,862 would be a whole 479: a growth has last year's count as its base.
        let row = Self.row("12.4%", in: "全年主动公开政府信息3,862条，同比增长12.4%。")
        #expect(row?.verdict == .unverifiable)
        // A level reached is a share again: 提高到 is no change word.
        #expect(Self.row("73.9%", in: "审结23件，结案率提高到73.9%。")?.verdict == .implied)
    }

    @Test func lastYearsRateIsNoShareOfThisYearsCount() {
        let text = "调处成功372件，调处成功率96.4%，比去年同期（95.1%）提高1.3个百分点。"
        #expect(Self.row("95.1%", in: text)?.verdict == .unverifiable)
        #expect(Self.row("1.3个百分点", in: text)?.arithmetic == "96.4 − 95.1")
    }

    @Test func aChangeOfAPercentage() {
        let text = "线上受众占比由上年的25%提升至28%，增长12%。"
        let row = Self.row("12%", in: text)
        #expect(row?.verdict == .reproduced)
        #expect(row?.arithmetic == "(28 − 25)/25")
        #expect(Self.row("25%", in: text)?.verdict == .unverifiable)
        #expect(Self.row("增长15%", in: "占比由上年的25%提升至28%，增长15%。") == nil)
        #expect(Self.row("15%", in: "占比由上年的25%提升至28%，增长15%。")?.verdict == .unverifiable)
    }

    @Test func partsAfterQizhongAreOverTheWholeBefore() {
        let text = "全年共排查矛盾纠纷386件，调处成功372件。其中，婚姻家庭纠纷占比约三成（117件），邻里纠纷占22.5%（87件）。"
        #expect(Self.row("约三成", in: text)?.arithmetic == "117/386")
        #expect(Self.row("22.5%", in: text)?.verdict == .reproduced)
        #expect(Self.row("22.5%", in: text)?.arithmetic == "87/386")
        let wrong = "全年共排查矛盾纠纷386件，调处成功372件。其中，邻里纠纷占25.5%（87件）。"
        #expect(Self.row("25.5%", in: wrong)?.verdict != .reproduced)
        // Without 其中 the sentence before is not its whole.
        let unrelated = "全年共排查矛盾纠纷386件。邻里纠纷占22.5%（87件）。"
        #expect(Self.row("22.5%", in: unrelated)?.verdict != .reproduced)
    }

    @Test func aSumOverTheWholeThatZaiZhongNames() {
        let text = "全年收到申请94件，办结95件。在办结的申请中，予以公开41件，部分公开12件，不予公开5件，公开率为55.8%。"
        let row = Self.row("55.8%", in: text)
        #expect(row?.verdict == .reproduced)
        #expect(row?.arithmetic == "(41 + 12)/95")
    }

    @Test func carriedOverCasesMakeNoFunnel() {
        #expect(Self.rows("收到申请94件，上年结转3件，办结95件。").allSatisfy { $0.verdict != .orderViolation })
        #expect(Self.rows("收到申请94件，办结95件。").contains { $0.verdict == .orderViolation })
    }

    @Test func lastYearsCountIsNoStage() {
        let text = "收到行政复议申请1,026件，同比增长35.2%（上年为759件），受理958件。"
        #expect(Self.rows(text).allSatisfy { $0.verdict != .orderViolation })
        #expect(Self.row("35.2%", in: text)?.arithmetic == "(1026 − 759)/759")
    }
}

import Testing

@testable import ReportModel
@testable import ReportVerification

/// What the audit reads of a figure's words as bytes, against the string searches it stands for.
@Suite struct AuditWordReadingTests {
    /// Every word the audit looks for, alone, with text around it, cut short and negated, and a few
    /// texts of several words.
    private static let texts: [String] = {
        let words =
            RateFamily.all.flatMap { $0.numeratorWords + $0.baseWords + $0.rateWords } + TotalWords.words
            + FunnelOrder.stages.joined() + GrowthWords.decrease + GrowthWords.increase
        var texts = [
            "", "a", "件", "收", "办理 结", "不予受理", "审结合计", "公开率 予以公开", "共计12件，其中办结", "提高后下降", "增长 增加",
        ]
        for word in words {
            texts += [word, "前" + word, word + "后", "a" + word + "b", String(word.dropLast()), "不" + word]
        }
        return texts
    }()

    @Test func wordFlagsNameWhatTheWordSearchesFind() {
        for text in Self.texts {
            let flags = AuditWordFlags(text)
            for family in RateFamily.all {
                #expect(flags.namesNumerator(of: family) == family.namesNumerator(text), "\(text)")
                #expect(flags.namesBase(of: family) == family.namesBase(text), "\(text)")
            }
            #expect(flags.namesTotal == TotalWords.names(text), "\(text)")
            #expect(flags.namesTableTotal == TotalWords.namesTableTotal(text), "\(text)")
            #expect(flags.mayNameAStage == FunnelOrder.stages.joined().contains { text.containsWord($0) }, "\(text)")
            // A fall first: 提高后下降 is a fall.
            let direction =
                GrowthWords.decrease.contains(where: text.containsWord)
                ? -1 : GrowthWords.increase.contains(where: text.containsWord) ? 1 : nil
            #expect(flags.growthDirection == direction, "\(text)")
        }
    }

    /// A change is told from the words just before the rate, past 了, 为, 约…; 降 written as a
    /// compatibility ideograph (U+FA09) is still 降.
    @Test func aChangeIsToldFromTheScalarsJustBeforeTheRate() {
        let cases: [(text: String, raw: String, value: String, isChange: Bool)] = [
            ("办结率同比增长了5.9%。", "5.9%", "5.9", true),
            ("纠错率提高到88.3%。", "88.3%", "88.3", false),
            ("受理量增幅为12%。", "12%", "12", true),
            ("占比28%。", "28%", "28", false),
            ("结案率下降约3%。", "3%", "3", true),
            ("同比\u{FA09}低3%。", "3%", "3", true),
            ("了为5%。", "5%", "5", false),
            // Both fillers passed (超过), then 上年: no change word; 至 ends a level reached.
            ("比上年超过5%。", "5%", "5", false),
            ("增长至5%。", "5%", "5", false),
            // A full-width comma (U+FF0C) before one ideograph is no change word, before two it is passed.
            ("同比，低3%。", "3%", "3", false),
            ("同比，降低3%。", "3%", "3", true),
            ("降5%。", "5%", "5", false),
            ("5%。", "5%", "5", false),
        ]
        for (text, raw, value, isChange) in cases {
            var builder = ReportBuilder(id: "r", text: text)
            builder.add(raw, value, "%", .percent, subject: "率")
            let report = builder.report
            let context = AuditContext(report: report)
            #expect(context.statesChange(report.measures[0]) == isChange, "\(text)")
        }
    }

    /// A sentence opening 其中 after a space (U+3000) divides the count before it: the whole is
    /// found past the space.
    @Test func aSentenceOpeningQiZhongAfterASpaceDividesTheCountBeforeIt() throws {
        var builder = ReportBuilder(id: "r", text: "共排查矛盾纠纷386件。\u{3000}其中，调处成功372件，占96.4%。")
        builder.add("386件", "386", "件", .count, subject: "排查矛盾纠纷")
        builder.add("372件", "372", "件", .count, subject: "调处成功")
        builder.add("96.4%", "96.4", "%", .percent, subject: "占")
        let row = try #require(Audit.run(reports: [builder.report]).first)
        #expect(row.verdict == .reproduced)
        #expect(row.denominator == "m1")
    }

    /// The clause before a figure runs back to its last break, or to as many scalars as asked for.
    @Test func aTailRunsBackToTheLastBreakOrTheLimit() {
        let breaks = UTF8ScalarSet(["，", ",", "（"])
        let cases: [(text: String, limit: Int, tail: String)] = [
            ("受理79件（不予受理", 16, "不予受理"),
            ("共收到，申请a,办结", 16, "办结"),
            ("一二三四五", 3, "三四五"),
            ("", 4, ""),
            ("甲，", 4, ""),
        ]
        for (text, limit, tail) in cases {
            let start = text.withUTF8Bytes { breaks.tailStart(of: $0, atMost: limit) }
            #expect(String(decoding: Array(text.utf8)[start...], as: UTF8.self) == tail, "\(text)")
        }
    }
}

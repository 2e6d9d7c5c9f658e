import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Made-up reports, each with one situation the audit must recognise.
@Suite struct AuditSyntheticTests {
    private func audit(_ text: String, _ build: (inout ReportBuilder) -> Void) -> [AuditRow] {
        var builder = ReportBuilder(id: "synthetic", text: text)
        build(&builder)
        return Audit.run(reports: [builder.report])
    }

    @Test func aRateOverTheWrongBaseIsAMismatch() throws {
        // 8/45 = 17.78% gives 17.8%, but 纠错率 is a share of 审结 (40): 8/40 = 20%.
        let rows = audit("全年共收到行政复议申请50件,受理45件,审结40件,其中撤销、确认违法8件,纠错率为17.8%。") { builder in
            builder.add("50件", "50", "件", .count, subject: "收到行政复议申请")
            builder.add("45件", "45", "件", .count, subject: "受理")
            builder.add("40件", "40", "件", .count, subject: "审结")
            builder.add("8件", "8", "件", .count, subject: "撤销、确认违法")
            builder.add("17.8%", "17.8", "%", .percent, subject: "纠错率")
        }
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row.verdict == .mismatch)
        #expect(row.formula == "m4 / m2")
        #expect(row.denominator == "m2")
        #expect(row.explanation.contains("named after 40件 (m3)"))
        #expect(row.explanation.contains("only m4 / m2 = 8/45 gives 17.8%"))
    }

    @Test func tiedCountsThatDoNotGiveTheRateAreAMismatch() throws {
        let rows = audit("审结行政复议案件30件,其中纠错6件,纠错率为25%。") { builder in
            builder.add("30件", "30", "件", .count, subject: "审结行政复议案件")
            builder.add("6件", "6", "件", .count, subject: "纠错")
            builder.add("25%", "25", "%", .percent, subject: "纠错率")
        }
        let row = try #require(rows.first)
        #expect(row.verdict == .mismatch)
        #expect(row.arithmetic == "6/30")
        #expect(row.computed == Rational(20))
        #expect(row.explanation.contains("m2 / m1 = 6/30 = 20% is not 25%; over 30件 it would take no whole count"))
    }

    @Test func aSumOfCountsOverTheBaseIsReproduced() throws {
        let rows = audit("审结40件,其中纠错6件、调解4件,综合化解率25%。") { builder in
            builder.add("40件", "40", "件", .count, subject: "审结")
            builder.add("6件", "6", "件", .count, subject: "纠错")
            builder.add("4件", "4", "件", .count, subject: "调解")
            builder.add("25%", "25", "%", .percent, subject: "综合化解率")
        }
        let row = try #require(rows.first)
        #expect(row.verdict == .reproduced)
        #expect(row.formula == "(m2 + m3) / m1")
        #expect(row.arithmetic == "(6 + 4)/40")
        #expect(row.numerators == ["m2", "m3"])
    }

    @Test func growthFromLastYearIsReproduced() throws {
        let rows = audit("共办理行政复议案件120件,较上年100件同比增长20%。办理信访件90件,较上年120件同比下降25%。") { builder in
            builder.add("120件", "120", "件", .count, subject: "办理行政复议案件")
            builder.add("100件", "100", "件", .count, subject: "上年")
            builder.add("20%", "20", "%", .percent, subject: "同比增长")
            builder.add("90件", "90", "件", .count, subject: "办理信访件")
            builder.add("120件", "120", "件", .count, subject: "上年")
            builder.add("25%", "25", "%", .percent, subject: "同比下降")
        }
        #expect(rows.map(\.verdict) == [.reproduced, .reproduced])
        #expect(rows.map(\.formula) == ["(m1 − m2) / m2", "(m4 − m5) / m5"])
        #expect(rows.first?.arithmetic == "(120 − 100)/100")
    }

    @Test func truncatedRatesHoldOnlyByTruncation() throws {
        let rows = audit("审结151件,纠错75件,纠错率为49.66%。") { builder in
            builder.add("151件", "151", "件", .count, subject: "审结")
            builder.add("75件", "75", "件", .count, subject: "纠错")
            builder.add("49.66%", "49.66", "%", .percent, subject: "纠错率")
        }
        let row = try #require(rows.first)
        #expect(row.verdict == .reproduced)
        #expect(row.rules == [.halfUp: false, .halfEven: false, .truncation: true])
        #expect(row.explanation.hasSuffix("holds only by truncation"))
    }

    @Test func aFunnelOutOfOrderIsReported() throws {
        let rows = audit("收到行政复议申请20件,受理25件,办结18件。") { builder in
            builder.add("20件", "20", "件", .count, subject: "收到行政复议申请")
            builder.add("25件", "25", "件", .count, subject: "受理")
            builder.add("18件", "18", "件", .count, subject: "办结")
        }
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.verdict == .orderViolation)
        #expect(row.claim == "m2")
        #expect(row.denominator == "m1")
        #expect(row.arithmetic == "25 > 20")
    }

    @Test func countsInOtherParagraphsNeedMatchingNames() throws {
        // 3/12 = 25% by coincidence in another paragraph, with names that do not fit the rate.
        let rows = audit("新建服务点3处,部署终端12台。\n全市事项网办率达25%。") { builder in
            builder.add("3处", "3", "处", .count, subject: "服务点")
            builder.add("12台", "12", "台", .count, subject: "终端")
            builder.add("25%", "25", "%", .percent, subject: "网办率")
        }
        #expect(rows.first?.verdict == .unverifiable)
        #expect(rows.first?.explanation.contains("the smallest base that can is 1/4 = 25%") == true)
    }

    @Test func reproducedBeyondTheSentenceWhenNamesFit() throws {
        let rows = audit("全年审结行政复议案件40件。\n其中纠错10件。纠错率为25%。") { builder in
            builder.sectionPath = "一/(五)"
            builder.add("40件", "40", "件", .count, subject: "审结行政复议案件")
            builder.add("10件", "10", "件", .count, subject: "纠错")
            builder.add("25%", "25", "%", .percent, subject: "纠错率")
        }
        let row = try #require(rows.first)
        #expect(row.verdict == .reproduced)
        #expect(row.explanation.contains("same section"))
        let paragraph = audit("全年审结行政复议案件40件。其中纠错10件。纠错率为25%。") { builder in
            builder.add("40件", "40", "件", .count, subject: "审结行政复议案件")
            builder.add("10件", "10", "件", .count, subject: "纠错")
            builder.add("25%", "25", "%", .percent, subject: "纠错率")
        }
        #expect(paragraph.first?.verdict == .reproduced)
        #expect(paragraph.first?.explanation.contains("same paragraph") == true)
        let unnamed = audit("全年办理行政复议案件40件。其中有10件。比率为25%。") { builder in
            builder.add("40件", "40", "件", .count, subject: "办理行政复议案件")
            builder.add("10件", "10", "件", .count, subject: "其中")
            builder.add("25%", "25", "%", .percent, subject: "比率")
        }
        #expect(unnamed.first?.verdict == .unverifiable)
    }

    @Test func percentagePointsWithoutPercentagesAreUnverifiable() throws {
        let rows = audit("行政机关负责人出庭应诉率同比提高3.2个百分点。") { builder in
            builder.add("3.2个百分点", "3.2", "个百分点", .points, subject: "出庭应诉率")
        }
        #expect(rows.first?.verdict == .unverifiable)
        #expect(rows.first?.explanation.contains("difference of percentages") == true)
    }
}

@Suite struct AuditTableTests {
    @Test func cellsOfAShareColumnAreReproducedOverTheTotalRow() throws {
        var builder = ReportBuilder(id: "table", text: "执法案件分布\n公安 40件 32.0%\n市场监管 35件 28.0%\n其他 50件 41.0%\n合计 125件 100%")
        builder.sectionPath = "一/(四)"
        builder.add("40件", "40", "件", .count, subject: "公安")
        builder.add("32.0%", "32.0", "%", .percent, subject: "公安")
        builder.add("35件", "35", "件", .count, subject: "市场监管")
        builder.add("28.0%", "28.0", "%", .percent, subject: "市场监管")
        builder.add("50件", "50", "件", .count, subject: "其他")
        builder.add("41.0%", "41.0", "%", .percent, subject: "其他")
        builder.add("125件", "125", "件", .count, subject: "合计")
        builder.add("100%", "100", "%", .percent, subject: "合计")
        let rows = Audit.run(reports: [builder.report])
        #expect(rows.map(\.verdict) == [.reproduced, .reproduced, .mismatch, .unverifiable])
        #expect(rows.first?.formula == "m1 / m7")
        #expect(rows.first?.explanation.contains("same section") == true)
        // 50/125 = 40.0%: the 41.0% cell is wrong.
        #expect(rows[2].formula == "m5 / m7")
        #expect(rows[2].explanation.contains("the row's 50件 over the total 125件 gives 50/125 = 40%"))
        #expect(rows[2].explanation.contains("41.0% would take no whole count"))
    }
}

@Suite struct AuditPointsTests {
    @Test func percentagePointsAreADifferenceOfPercentages() throws {
        var builder = ReportBuilder(id: "points", text: "行政机关负责人出庭应诉率由89.3%提高到92.5%,提高3.2个百分点。")
        builder.add("89.3%", "89.3", "%", .percent, subject: "出庭应诉率")
        builder.add("92.5%", "92.5", "%", .percent, subject: "出庭应诉率")
        builder.add("3.2个百分点", "3.2", "个百分点", .points, subject: "出庭应诉率")
        let rows = Audit.run(reports: [builder.report])
        let points = try #require(rows.last)
        #expect(points.verdict == .reproduced)
        #expect(points.formula == "m2 − m1")
        #expect(points.arithmetic == "92.5 − 89.3")
        #expect(points.computed == number("3.2"))
    }
}

@Suite struct AuditTiedBaseTests {
    @Test func anyBaseTheRateIsNamedAfterWillDo() throws {
        // 办结率 over 收到 (23/30 = 76.7%) is as good a reading as over 受理: no mismatch.
        var builder = ReportBuilder(id: "closing", text: "收到申请30件,受理27件,办结23件,办结率76.7%。")
        builder.add("30件", "30", "件", .count, subject: "收到申请")
        builder.add("27件", "27", "件", .count, subject: "受理")
        builder.add("23件", "23", "件", .count, subject: "办结")
        builder.add("76.7%", "76.7", "%", .percent, subject: "办结率")
        let row = try #require(Audit.run(reports: [builder.report]).first)
        #expect(row.verdict == .reproduced)
        #expect(row.formula == "m3 / m1")
    }

    @Test func coincidencesOfUnnamedCountsAreNoMismatch() throws {
        // 40/45 = 88.9% is a share of two bases, not a count of corrections: the rate stays unexplained.
        var builder = ReportBuilder(id: "coincidence", text: "受理45件,审结40件,纠错率为88.9%。")
        builder.add("45件", "45", "件", .count, subject: "受理")
        builder.add("40件", "40", "件", .count, subject: "审结")
        builder.add("88.9%", "88.9", "%", .percent, subject: "纠错率")
        let row = try #require(Audit.run(reports: [builder.report]).first)
        #expect(row.verdict != .mismatch)
        #expect(row.verdict != .reproduced)
    }
}

import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The forms the genre fixtures brought up, one at a time: per mille, discounts, halves, figures
/// without digits, 以内, spaced units, signed table cells, table headers, repeated lists, PDF text.
@Suite struct GenreFormsTests {
    static func figures(_ text: String) -> [String] {
        FigureFormsTests.figures(text)
    }

    static func bounds(_ text: String) -> [String] {
        ReportExtractor.extract(text: text, id: "t").measures.map { measure in
            "\(measure.lower?.description ?? "null")…\(measure.upper?.description ?? "null")"
        }
    }

    @Test func perMilleIsStatedInPercent() {
        #expect(Self.figures("不合格率为3‰。") == ["3‰ 0.3 %"])
        #expect(Self.bounds("不合格率为3‰。") == ["0.25…0.35"])
        #expect(Self.figures("控制在千分之三。") == ["千分之三 0.3 %"])
        #expect(Self.figures("控制在千分之2.5。") == ["千分之2.5 0.25 %"])
        #expect(Self.figures("费率万分之五。") == ["万分之五 0.05 %"])
        let measure = ReportExtractor.extract(text: "不合格率为2.9‰。", id: "t").measures.first
        #expect(measure?.kind == .percent && measure?.decimals == 2)
    }

    @Test func discountsAreExactTenths() {
        #expect(Self.figures("收费一律按八折收取。") == ["八折 8 折"])
        #expect(Self.figures("按八五折收取，按8折收取。") == ["八五折 8.5 折", "8折 8 折"])
        #expect(Self.bounds("按八折收取。") == ["8…8"])
        #expect(Self.figures("折合人民币，打折扣。") == [])
    }

    @Test func halvesAreStatedToTheHalf() {
        #expect(Self.figures("网络购物类投诉占三成半。") == ["三成半 3.5 成"])
        #expect(Self.bounds("网络购物类投诉占三成半。") == ["3.25…3.75"])
        #expect(Self.figures("增长一倍半。") == ["一倍半 1.5 倍"])
    }

    @Test func moreThanAfterTenthsAndMultiples() {
        #expect(Self.figures("人员增长了一倍多，临聘人员占三成多。") == ["一倍多 1 倍 ~多", "三成多 3 成 ~多"])
        #expect(Self.bounds("临聘人员占三成多。") == ["3…4"])
    }

    @Test func laterFiguresOfAListCountWhatTheFirstCounts() {
        let measures = ReportExtractor.extract(text: "全年办结行政复议案件分别为12件、15件和20件。", id: "t").measures
        #expect(measures.map(\.subject) == ["办结行政复议案件", "办结行政复议案件", "办结行政复议案件"])
    }

    @Test func figuresWithoutDigits() {
        #expect(Self.figures("推动几十家企业。") == ["几十家 10 家 ~几"])
        #expect(Self.bounds("推动几十家企业。") == ["10…100"])
        #expect(Self.figures("培训数百人，涉及数千万元。") == ["数百人 100 人 ~数", "数千万元 10000000 元 ~数"])
        #expect(Self.figures("惠及十几万家经营主体。") == ["十几万家 100000 家 ~几"])
        #expect(Self.bounds("惠及十几万家经营主体。") == ["100000…200000"])
        #expect(Self.figures("培训近万人次，超千家企业。") == ["近万人次 10000 人次 ~近", "超千家 1000 家 ~超"])
        #expect(Self.bounds("培训近万人次。") == ["9000…10000"])
        #expect(Self.figures("几十年如一日，数据共享，千万不能，万一出错，最近千方百计。") == [])
    }

    @Test func aHundredPercentSpelledOut() {
        #expect(Self.figures("出庭应诉率百分之百。") == ["百分之百 100 %"])
    }

    @Test func withinIsAnUpperBound() {
        #expect(Self.figures("纠错率控制在15%以内。") == ["15%以内 15 % ~以内"])
        #expect(Self.bounds("纠错率控制在15%以内。") == ["null…15"])
    }

    @Test func spacesBetweenNumberAndUnit() {
        #expect(Self.figures("收到行政复议申请 214 件，取消证明事项 ４７ 项。") == ["214 件 214 件", "４７ 项 47 项"])
        #expect(Self.figures("第 3 次会议，2023 年，第  4 次。") == [])
    }

    @Test func signedTableCells() {
        let text = "项目 | 2023年 | 2022年 | 同比增长\n应诉案件 | 96件 | 102件 | -5.9%\n纠错率 | 12.0% | 13.3% | −1.3个百分点"
        #expect(
            Self.figures(text) == [
                "96件 96 件", "102件 102 件", "-5.9% -5.9 %", "12.0% 12 %", "13.3% 13.3 %",
                "−1.3个百分点 -1.3 个百分点",
            ])
        #expect(Self.figures("规划期为2021-2025年，实施3-5年。") == [])
    }

    @Test func aCaptionRowAndAUnitColumn() {
        let text = "表2 | 行政复议案件情况\n项目 | 单位 | 2023年\n受理 | 件 | 241\n纠错率 | % | 12.0"
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.map(\.raw) == ["241", "12.0"])
        #expect(measures.map(\.subject) == ["2023年·受理", "2023年·纠错率"])
        #expect(measures.map(\.unit) == ["件", "%"])
        #expect(measures.map(\.kind) == [.count, .percent])
    }

    @Test func aSerialColumnIsNeitherFigureNorRowName() {
        let text = "单位：件\n序号 | 执法部门 | 立案数\n1 | 区市场监管局 | 486\n2 | 区城管执法局 | 0"
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.map(\.raw) == ["486", "0"])
        #expect(measures.map(\.subject) == ["立案数·区市场监管局", "立案数·区城管执法局"])
    }

    @Test func aTableGoesOnAcrossAPageNumber() {
        let text = "街道 | 受理纠纷（件）\n东湖街道 | 812\n- 3 -\n白沙街道 | 655\n第4页 共9页"
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.map(\.subject) == ["受理纠纷·东湖街道", "受理纠纷·白沙街道"])
        #expect(measures.map(\.unit) == ["件", "件"])
    }

    @Test func aMarkdownRuleUnderTheHeaderIsSkipped() {
        let measures = ReportExtractor.extract(text: "| 街道 | 受理（件） |\n|---|:---:|\n| 东湖街道 | 812 |", id: "t").measures
        #expect(measures.map(\.subject) == ["受理·东湖街道"])
        #expect(measures.map(\.unit) == ["件"])
    }

    @Test func rowsWithoutAHeaderAreAllFigures() {
        #expect(Self.figures("收到申请 | 30件\n受理 | 27件") == ["30件 30 件", "27件 27 件"])
    }

    @Test func aSecondListUnderOneHeadingHasItsOwnPaths() {
        let report = ReportExtractor.extract(
            text: "三、存在的问题\n一是甲不足；二是乙不够。\n究其原因，一是丙；二是丁。\n四、打算\n一是戊。",
            id: "t")
        #expect(report.sections.map(\.path) == ["三", "三/一是", "三/二是", "三/一是#2", "三/二是#2", "四", "四/一是"])
    }

    @Test func itemsOnLinesOfTheirOwnStayOneList() {
        let report = ReportExtractor.extract(text: "（一）加强领导\n一是强化统筹。\n二是压实责任。\n三是严格考核。", id: "t")
        #expect(report.sections.map(\.path) == ["(一)", "(一)/一是", "(一)/二是", "(一)/三是"])
    }
}

/// PDF text: wrapped lines joined, page numbers and running headers dropped; other text untouched.
@Suite struct PrintedLayoutTests {
    static func unwrapped(_ text: String) -> String? {
        let scalars = ScalarText(text)
        return PrintedLayout.unwrapped(scalars, lines: TextLines.ranges(in: scalars))
    }

    /// Paragraphs broken every 24 scalars as a printer would, with a page number and a running
    /// header after the 4th and 8th printed line.
    static let printed: String = {
        let paragraphs = [
            "　　2023年，临江市深入学习贯彻习近平法治思想，认真落实中央和省委、省政府关于法治政府建设的决策部署，"
                + "各项工作扎实推进。全市各级行政执法机关全年办理行政处罚案件１２８６３件，办理行政许可事项５．６３万件，"
                + "组织全市２３６８名执法人员参加考试，２２９７名通过考试，通过率９７．０％。",
            "　　全年市政府共收到行政复议申请２１４件，依法受理１９３件，审结１８２件，其中决定撤销１４件、变更３件。",
            "　　一是依法行政意识有待增强。",
        ]
        var lines = ["临江市2023年法治政府建设情况报告"]
        for paragraph in paragraphs {
            var rest = Array(paragraph)
            while !rest.isEmpty {
                lines.append(String(rest.prefix(24)))
                rest = Array(rest.dropFirst(24))
            }
        }
        lines.insert(contentsOf: ["— 1 —", "临江市法治政府建设年度报告"], at: 5)
        lines.insert(contentsOf: ["— 2 —", "临江市法治政府建设年度报告"], at: 11)
        return lines.joined(separator: "\n")
    }()

    @Test func wrappedLinesAreJoinedAndFurnitureDropped() throws {
        let text = try #require(Self.unwrapped(Self.printed))
        #expect(text.split(separator: "\n").count == 4)
        #expect(text.contains("案件１２８６３件，办理行政许可事项５．６３万件"))
        #expect(text.contains("，２２９７名通过考试") && text.contains("其中决定撤销１４件、变更３件。"))
        #expect(!text.contains("— 1 —") && !text.contains("临江市法治政府建设年度报告\n"))
        #expect(text.hasPrefix("临江市2023年法治政府建设情况报告\n　　2023年"))
        let measures = ReportExtractor.extract(text: Self.printed, id: "t").measures
        #expect(measures.map(\.raw).contains("２２９７名"))
        #expect(measures.map(\.raw).contains("３件"))
    }

    @Test func aHeadingAfterAFullLineStartsItsOwnLine() throws {
        let body = String(repeating: "全市各级行政执法机关全年办理行政处罚案件，", count: 20)
        var lines: [String] = []
        var rest = Array(body)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(20)))
            rest = Array(rest.dropFirst(20))
        }
        lines.append("二、存在的问题")
        lines.append("一是依法行政意识有待增强。")
        let text = try #require(Self.unwrapped(lines.joined(separator: "\n")))
        #expect(text.hasSuffix("\n二、存在的问题\n一是依法行政意识有待增强。"))
    }

    @Test func textThatWasNotWrappedIsLeftAlone() throws {
        #expect(Self.unwrapped(BuiltinReport.load().text) == nil)
        let qingshan = try QingshanReportTests.report()
        #expect(Self.unwrapped(qingshan.text) == nil)
        // Headings of one length do not make a web page look printed.
        let headings = (1...8).map { "（\($0)）持续优化法治化营商环境建设" }.joined(
            separator: "\n全年办结案件27件，占比100%，群众满意度大幅提升，各项工作取得新的进展和成效，得到上级充分肯定。\n")
        #expect(Self.unwrapped(headings) == nil)
    }
}

import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The forms the second set of held-out fixtures (白河县, 清河市, 城关街道) brought up, one at a
/// time: full-width thousands, a minus in prose, ranges, 上百/成百上千/接近万, compound 次 units,
/// and the 政府信息公开 tables (件数 headers, a data row without a name, ‰ in a header).
@Suite struct HeldOutFormsTests {
    static func figures(_ text: String) -> [String] {
        FigureFormsTests.figures(text)
    }

    static func bounds(_ text: String) -> [String] {
        GenreFormsTests.bounds(text)
    }

    @Test func fullWidthCommaGroupsFullWidthDigits() {
        #expect(Self.figures("新登记经营主体３，４５６户。") == ["３，４５６户 3456 户"])
        #expect(Self.figures("查办案件１２，３４５，６７８件。") == ["１２，３４５，６７８件 12345678 件"])
        // After ASCII digits a full-width comma parts clauses.
        #expect(Self.figures("分别为12，345件。") == ["345件 345 件"])
        #expect(Self.figures("受理１２，３４５６件。") == ["３４５６件 3456 件"])
    }

    @Test func aMinusInProseBeforeAChange() {
        #expect(Self.figures("同比增长-12.5%，较上年-1.1个百分点。") == ["-12.5% -12.5 %", "-1.1个百分点 -1.1 个百分点"])
        #expect(Self.bounds("同比增长-12.5%。") == ["-12.55…-12.45"])
        #expect(Self.figures("规划期为2021-2025年，增长3-5%。") == ["3-5% 3 % ~-"])
    }

    @Test func rangesAreOneFigureFromTheFirstNumberToTheSecond() {
        #expect(Self.figures("压缩至3至5个工作日。") == ["3至5个工作日 3 个工作日 ~至"])
        #expect(Self.bounds("压缩至3至5个工作日。") == ["3…5"])
        #expect(Self.figures("10—15天的整改期限，1到2名助理员。") == ["10—15天 10 天 ~—", "1到2名 1 名 ~到"])
        #expect(Self.bounds("整改期限10—15天。") == ["10…15"])
        #expect(Self.figures("补助3-5万元。") == ["3-5万元 30000 元 ~-"])
        #expect(Self.bounds("补助3-5万元。") == ["25000…55000"])
        #expect(Self.figures("2023年1—11月，2021—2025年，3至5。") == [])
        #expect(Self.figures("从5至3个。") == ["3个 3 个"])
        // In a table the header gives the unit: a bare period is no range (nor two figures).
        #expect(Self.figures("项目 | 周期（年） | 金额（万元）\n甲 | 2021-2023 | 50") == ["50 500000 元"])
        #expect(Self.figures("项目 | 补助\n甲 | 3-5万元") == ["3-5万元 30000 元 ~-"])
    }

    @Test func roundOrdersWithoutDigits() {
        #expect(Self.figures("组织活动上百场，惠及上千家企业。") == ["上百场 100 场 ~上", "上千家 1000 家 ~上"])
        #expect(Self.bounds("组织活动上百场。") == ["100…1000"])
        #expect(Self.figures("成百上千名志愿者，成千上万人。") == ["成百上千名 100 名 ~成百上千", "成千上万人 1000 人 ~成千上万"])
        #expect(Self.bounds("成百上千名志愿者。") == ["100…10000"])
        #expect(Self.figures("受众接近万人，将近千家。") == ["接近万人 10000 人 ~接近", "将近千家 1000 家 ~将近"])
        #expect(Self.bounds("受众接近万人。") == ["9000…10000"])
        #expect(Self.figures("惠及线上百姓，50%以上百分比，成百上千。") == ["50%以上 50 % ~以上"])
    }

    @Test func breakingThroughIsALowerBound() {
        #expect(Self.figures("案件数量突破6万件。") == ["突破6万件 60000 件 ~突破"])
        #expect(Self.bounds("案件数量突破6万件。") == ["60000…null"])
    }

    @Test func compoundCountsOfVehiclesAndFlights() {
        #expect(Self.figures("出动车辆约300台次，无人机120架次，船只45艘次。") == ["约300台次 300 台次 ~约", "120架次 120 架次", "45艘次 45 艘次"])
    }

    @Test func aHeaderThatCountsAMeasureWordGivesItsUnit() {
        let text = "信息内容 | 本年制发件数 | 现行有效件数\n行政规范性文件 | 9 | 86"
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.map(\.unit) == ["件", "件"])
        #expect(measures.map(\.subject) == ["本年制发件数·行政规范性文件", "现行有效件数·行政规范性文件"])
    }

    @Test func aRowOfFiguresOnlyHasNoNameColumn() {
        let text = "行政复议 |  |  | 行政诉讼\n结果维持 | 结果纠正 | 总计 | 结果维持\n2 | 1 | 3 | 0"
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.map(\.raw) == ["2", "1", "3", "0"])
        #expect(measures.map(\.subject) == ["行政复议·结果维持", "行政复议·结果纠正", "行政复议·总计", "行政诉讼·结果维持"])
        // A serial column still is no figure.
        let serial = "序号 | 立案数 | 结案数\n1 | 486 | 472"
        #expect(ReportExtractor.extract(text: serial, id: "t").measures.map(\.raw) == ["486", "472"])
    }

    @Test func aMergedCellNamesTheRowsUnderIt() {
        let text = "本列数据 |  | 自然人 | 总计\n三、本年度办理结果 | （一）予以公开 | 38 | 41\n | （二）部分公开 | 11 | 12"
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.map(\.raw) == ["38", "41", "11", "12"])
        #expect(
            measures.map(\.subject) == [
                "自然人·三、本年度办理结果·（一）予以公开", "总计·三、本年度办理结果·（一）予以公开",
                "自然人·三、本年度办理结果·（二）部分公开", "总计·三、本年度办理结果·（二）部分公开",
            ])
        // Markdown's pipes at both ends are no cells.
        let markdown = ReportExtractor.extract(text: "| 街道 | 受理（件） |\n| 东湖街道 | 812 |", id: "t").measures
        #expect(markdown.map(\.subject) == ["受理·东湖街道"])
    }

    @Test func headerRowsUnderASpanningRow() {
        let text = "本列数据 | 申请人情况 |  | \n | 自然人 | 法人或其他组织 | 总计\n | | 商业企业 | \n新收申请 | 86 | 5 | 94"
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.map(\.raw) == ["86", "5", "94"])
        #expect(
            measures.map(\.subject) == [
                "申请人情况·自然人·新收申请", "申请人情况·法人或其他组织·商业企业·新收申请",
                "申请人情况·总计·新收申请",
            ])
        // A caption row (no empty cell) is replaced, not spanned.
        let captioned = "表2 | 行政复议案件情况\n项目 | 单位 | 2023年\n受理 | 件 | 241"
        #expect(ReportExtractor.extract(text: captioned, id: "t").measures.map(\.subject) == ["2023年·受理"])
    }

    @Test func perMilleInAHeader() {
        let text = "品种 | 抽检批次（批次） | 不合格率（‰）\n食用农产品 | 1200 | 2.5"
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.map { "\($0.raw) \($0.value) \($0.unit)" } == ["1200 1200 批次", "2.5 0.25 %"])
        #expect(Self.bounds(text).last == "0.245…0.255")
    }
}

/// Subjects of changes, of last year's figures and of figures in brackets.
@Suite struct HeldOutSubjectTests {
    static func subjects(_ text: String) -> [String] {
        ReportExtractor.extract(text: text, id: "t").measures.map(\.subject)
    }

    @Test func aChangeNamesWhatChanged() {
        #expect(Self.subjects("全市新登记经营主体3456户，同比增长9.6%。") == ["新登记经营主体", "新登记经营主体同比增长"])
        #expect(Self.subjects("罚没款1.36亿元，较上年减少2,150万元。") == ["罚没款", "罚没款较上年减少"])
    }

    @Test func lastYearsFigureIsMarked() {
        #expect(Self.subjects("收到申请1,026件，同比增长35.2%（上年为759件）。").last == "收到申请（上年）")
        #expect(
            Self.subjects("调处成功率96.4%，比去年同期（95.1%）提高1.3个百分点。")
                == ["调处成功率", "调处成功率（上年）", "调处成功率提高"])
    }

    @Test func aLevelAfterItsPreviousValue() {
        #expect(Self.subjects("全程网办率由上年的76.5%提高到88.3%，提高11.8个百分点。") == ["全程网办率", "全程网办率", "全程网办率提高"])
    }

    @Test func aBracketedCountDetailsTheShareBeforeIt() {
        #expect(Self.subjects("婚姻家庭纠纷占比约三成（117件）。") == ["婚姻家庭纠纷占比", "婚姻家庭纠纷"])
        #expect(
            Self.subjects("办理案件5.62万件，同比增长7.2%；其中农民工案件1.2万件，占21.4%。")
                == ["办理案件", "办理案件同比增长", "农民工案件", "农民工案件"])
    }

    @Test func doublings() {
        #expect(HeldOutFormsTests.figures("交换数据较上年翻一番，五年翻了两番，翻番。") == ["翻一番 2 倍", "翻了两番 4 倍"])
        #expect(HeldOutFormsTests.bounds("较上年翻一番。") == ["2…2"])
    }
}

import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Each numeral, unit and qualifier form the genre writes, one sentence at a time.
@Suite struct FigureFormsTests {
    /// `raw value unit` (plus ` ~approx` when qualified) for every figure in `text`.
    static func figures(_ text: String) -> [String] {
        ReportExtractor.extract(text: text, id: "t").measures.map { measure in
            "\(measure.raw) \(measure.value) \(measure.unit)" + (measure.approx.map { " ~" + $0 } ?? "")
        }
    }

    @Test func arabicFiguresWithScaleWords() {
        #expect(Self.figures("汇聚数据项1.8万项，归集电子证照92万本。") == ["1.8万项 18000 项", "92万本 920000 本"])
        #expect(Self.figures("标的额达9296万元，投资0.5亿元。") == ["9296万元 92960000 元", "0.5亿元 50000000 元"])
        #expect(Self.figures("预算16.4亿元。") == ["16.4亿元 1640000000 元"])
        #expect(Self.figures("共3千万元。") == ["3千万元 30000000 元"])
    }

    @Test func fullWidthDigitsAndPercentSign() {
        #expect(Self.figures("办结２７件，占比１７．４％。") == ["２７件 27 件", "１７．４％ 17.4 %"])
    }

    @Test func thousandsSeparatorsAndMixedForms() {
        #expect(Self.figures("资金1,100万元。") == ["1,100万元 11000000 元"])
        #expect(Self.figures("受理12,345件。") == ["12,345件 12345 件"])
        #expect(Self.figures("服务25万6千人次。") == ["25万6千人次 256000 人次"])
        #expect(Self.figures("培训3万4000人。") == ["3万4000人 34000 人"])
        #expect(Self.figures("覆盖13万2人。") == ["13万2人 132000 人"])
        #expect(Self.figures("市县两级,下达46个,101个。") == ["两级 2 级", "46个 46 个", "101个 101 个"])
    }

    @Test func chineseNumeralsThatCount() {
        #expect(Self.figures("市、县、乡、村四级全覆盖，发布两级目录。") == ["四级 4 级", "两级 2 级"])
        #expect(Self.figures("办结一百二十三件。") == ["一百二十三件 123 件"])
        #expect(Self.figures("培训三万五人次。") == ["三万五人次 35000 人次"])
        #expect(Self.figures("新建一百二处。") == ["一百二处 120 处"])
        #expect(Self.figures("受理一万零十二件。") == ["一万零十二件 10012 件"])
        #expect(Self.figures("制定三项措施，设立十个站点。") == ["三项 3 项", "十个 10 个"])
        #expect(Self.figures("新增二十万亿元。") == ["二十万亿元 20000000000000 元"])
        #expect(Self.figures("累计一万五千亿元。") == ["一万五千亿元 1500000000000 元"])
    }

    @Test func numeralsInWordsAreNotFigures() {
        let words = [
            "统一行政执法", "全国两会", "一体化", "一定的成绩", "建成一批示范点", "扫一扫", "一道防线", "一些问题",
            "一律公开", "一起研究", "一线执法", "一流营商环境", "唯一", "进一步", "一把手", "一站式", "一网通办",
            "一件事", "下一年度", "万一", "千万不能", "两三个", "十四五规划", "一去二三里", "两点半", "七一讲话",
            "落实中央八项规定精神", "坚决做到两个维护", "增强四个意识", "神农云二期", "二十大", "第六次会议", "第二批",
            "第一责任人", "一是加强", "零投诉", "十全十美", "百姓", "三中全会", "一成不变",
        ]
        for word in words {
            #expect(Self.figures(word + "。") == [], "\(word)")
        }
    }

    @Test func datesYearsAndMarkersAreNotFigures() {
        let text = "2023年,对照清单(2022年版),截至12月31日,2023年度考核,第1次会议,鄂政发〔2023〕5号,发布时间2024-03-28,拨打12345热线。"
        #expect(Self.figures(text) == [])
        #expect(Self.figures("一、总体情况\n(一)加强领导\n（二）完善制度\n1.健全机制") == [])
    }

    @Test func quotedNamesAreNotFigures() {
        let text = "落实“三项制度”，推行“2+1”模式和“最多跑一次”，开展“七进”活动，落实“一规划两纲要”，印发《三年行动方案（2023—2025年）》。"
        #expect(Self.figures(text) == [])
    }

    @Test func percentagesPointsTenthsAndMultiples() {
        #expect(Self.figures("占比百分之十七点四。") == ["百分之十七点四 17.4 %"])
        #expect(Self.figures("同比增长12.5%，提高2.3个百分点。") == ["12.5% 12.5 %", "2.3个百分点 2.3 个百分点"])
        #expect(Self.figures("七成以上，超六成。") == ["七成以上 7 成 ~以上", "超六成 6 成 ~超"])
        #expect(Self.figures("增长一倍，近3倍，超3.6倍。") == ["一倍 1 倍", "近3倍 3 倍 ~近", "超3.6倍 3.6 倍 ~超"])
        #expect(Self.figures("下降两个百分点。") == ["两个百分点 2 个百分点"])
    }

    @Test func qualifiersBeforeAndAfterTheNumber() {
        #expect(Self.figures("超过近50%。") == ["超过近50% 50 % ~超过近"])
        #expect(
            Self.figures("全市3000多名执法人员，培训2000余人，占比50%以上。")
                == ["3000多名 3000 名 ~多", "2000余人 2000 人 ~余", "50%以上 50 % ~以上"])
        #expect(Self.figures("约200人，不足10%，100人左右。") == ["约200人 200 人 ~约", "不足10% 10 % ~不足", "100人左右 100 人 ~左右"])
        #expect(
            Self.figures("挽回损失10余万元，十几个，2000多万元。")
                == ["10余万元 100000 元 ~余", "十几个 10 个 ~几", "2000多万元 20000000 元 ~多"])
        #expect(Self.figures("最近3年。") == [])
    }

    @Test func intervalsComeFromTheWording() {
        let report = ReportExtractor.extract(text: "全市3000多名执法人员，数据1.8万项，办结27件。", id: "t")
        let intervals = report.measures.map { "\($0.lower?.description ?? "null")…\($0.upper?.description ?? "null")" }
        #expect(intervals == ["3000…4000", "17500…18500", "27…27"])
    }

    @Test func moneyWithoutAWrittenUnit() {
        #expect(Self.figures("投资7000万建设神农云。") == ["7000万 70000000 元"])
        #expect(Self.figures("惠及群众10万。") == ["10万 100000 "])
        #expect(Self.figures("经费1.2亿，用于培训。") == ["1.2亿 120000000 元"])
    }

    @Test func kindsAreTyped() {
        let report = ReportExtractor.extract(text: "办结27件，投资0.5亿元，占比17.4%，提高2个百分点，七成，3倍。", id: "t")
        #expect(report.measures.map(\.kind) == [.count, .amount, .percent, .points, .tenths, .multiple])
        #expect(report.measures.map(\.decimals) == [0, 1, 1, 0, 0, 0])
    }
}

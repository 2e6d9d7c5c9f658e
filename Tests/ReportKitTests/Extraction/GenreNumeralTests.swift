import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Numerals as the whole genre writes them, beyond the fixtures: addresses that hold digits,
/// 大写 numerals, foreign currencies, signs, approximate magnitudes, Chinese decimals and ranges,
/// separators, mixed forms and fractions in words.
@Suite struct GenreNumeralTests {
    static func figures(_ text: String) -> [String] {
        FigureFormsTests.figures(text)
    }

    static func bounds(_ text: String) -> [String] {
        GenreFormsTests.bounds(text)
    }

    @Test func nothingInsideAddressesFileNamesOrEscapes() {
        #expect(Self.figures("详见http://www.gov.cn/zwgk/2023-11/28/content_5%25%20%E6%B3%95.htm。") == [])
        #expect(Self.figures("原文链接https://sz.gov.cn/s?q=%E6%B3%95%280024%29&page=2&size=30件。") == [])
        #expect(Self.figures("意见请发送至fzb2023@163.com或12345@qq.com，附件为xxx2023.pdf和统计表30.xlsx。") == [])
        #expect(Self.figures("路径为D:\\报告\\2023\\30件.docx。") == [])
        // Prose around an address keeps its figures, and a slash between words is no address.
        #expect(
            Self.figures("网站（www.gov.cn）发布信息1200条，人均办案3件/人，占比12%。")
                == ["1200条 1200 条", "3件 3 件", "12% 12 %"])
    }

    @Test func financialNumeralsOnlyWrittenInFull() {
        #expect(Self.figures("登陆部队3支，拾起垃圾，壮大队伍，陆续到位，大陆架，收拾起来。") == ["3支 3 支"])
        #expect(
            Self.figures("合同金额壹佰贰拾万元，收到叁拾件，拾万元整。")
                == ["壹佰贰拾万元 1200000 元", "叁拾件 30 件", "拾万元 100000 元"])
    }

    @Test func foreignCurrenciesKeepTheirUnit() {
        #expect(
            Self.figures("实际利用外资3000万美元，出口额1.2亿欧元，港资项目合同额5,000港元，另有人民币200万元。")
                == ["3000万美元 30000000 美元", "1.2亿欧元 120000000 欧元", "5,000港元 5000 港元", "200万元 2000000 元"])
        let measures = ReportExtractor.extract(text: "引进外资约2.5亿美元。", id: "t").measures
        #expect(measures.map(\.kind) == [.amount])
        #expect(Self.bounds("引进外资约2.5亿美元。") == ["245000000…255000000"])
        #expect(Self.figures("利用外资5000万港币，捐赠10万美金。") == ["5000万港币 50000000 港元", "10万美金 100000 美元"])
        // A date before 元旦 is no amount in 日元.
        #expect(Self.figures("1月1日元旦期间。") == [])
    }

    @Test func negativeChangesWrittenInWords() {
        #expect(Self.figures("地区生产总值同比负3.9%，较上年负0.5个百分点。") == ["负3.9% -3.9 %", "负0.5个百分点 -0.5 个百分点"])
        #expect(Self.bounds("同比负3.9%。") == ["-3.95…-3.85"])
        // 负 ending a word, or ± (正负), is no sign; nor is it before a count.
        #expect(Self.figures("误差控制在正负3%，肩负5项任务，胜负3场。") == ["3% 3 %", "5项 5 项", "3场 3 场"])
        #expect(Self.figures("负债3000万元。") == ["3000万元 30000000 元"])
        // 负增长 says the sign in the word before the figure; 负 also signs a percentage in words.
        #expect(
            Self.figures("同比负增长3.9%，负增长了1.2个百分点，增长负百分之三。")
                == ["3.9% -3.9 %", "1.2个百分点 -1.2 个百分点", "负百分之三 -3 %"])
    }

    /// 下降3.9% states its direction in words: the figure is written as stated and the audit reads
    /// the fall from the word, exactly as from a negative number.
    @Test func aFallInWordsIsAFallForTheAudit() {
        let text = "全市受理行政复议案件96件，上年102件，同比下降5.9%。"
        let report = ReportExtractor.extract(text: text, id: "t")
        #expect(report.measures.map(\.raw) == ["96件", "102件", "5.9%"])
        let rows = Audit.run(reports: [report])
        #expect(rows.map(\.verdict) == [.reproduced])
        #expect(rows.first?.arithmetic == "(96 − 102)/102")
        let signed = ReportExtractor.extract(text: "全市受理行政复议案件96件，上年102件，同比增长负5.9%。", id: "t")
        #expect(signed.measures.last?.value.isNegative == true)
        #expect(Audit.run(reports: [signed]).map(\.verdict) == [.reproduced])
        let negativeGrowth = ReportExtractor.extract(text: "全市受理行政复议案件96件，上年102件，同比负增长5.9%。", id: "t")
        #expect(negativeGrowth.measures.last?.value.isNegative == true)
        #expect(Audit.run(reports: [negativeGrowth]).map(\.arithmetic) == ["(96 − 102)/102"])
    }

    @Test func moreThanAfterAnyMagnitude() {
        #expect(
            Self.figures("服务群众一千多万人次，投资两百余万元，惠及几十万人，筹集三千余万元，落实三百多亿元。")
                == [
                    "一千多万人次 10000000 人次 ~多", "两百余万元 2000000 元 ~余", "几十万人 100000 人 ~几",
                    "三千余万元 30000000 元 ~余", "三百多亿元 30000000000 元 ~多",
                ])
        #expect(
            Self.bounds("服务群众一千多万人次，投资两百余万元，惠及几十万人。")
                == ["10000000…20000000", "2000000…3000000", "100000…1000000"])
        #expect(
            Self.figures("常住人口一千多万，常住人口1000多万。")
                == ["一千多万 10000000  ~多", "1000多万 10000000  ~多"])
        #expect(Self.bounds("常住人口一千多万。") == ["10000000…20000000"])
        #expect(Self.figures("十万火急，千万不能。") == [])
    }

    @Test func decimalsInChineseNumerals() {
        #expect(
            Self.figures("提高零点五个百分点，服务一点二万人次，占比百分之三点五，百分之零点五。")
                == ["零点五个百分点 0.5 个百分点", "一点二万人次 12000 人次", "百分之三点五 3.5 %", "百分之零点五 0.5 %"])
        #expect(Self.bounds("提高零点五个百分点，服务一点二万人次。") == ["0.45…0.55", "11500…12500"])
        #expect(Self.figures("辖区人口一点二万，增长零点八倍。") == ["一点二万 12000 ", "零点八倍 0.8 倍"])
        #expect(Self.figures("开展零点行动，零投诉，凌晨零点五十分。") == [])
    }

    @Test func fullWidthThousandsInMoney() {
        #expect(
            Self.figures("支付赔偿金82，225.00元，罚没款1，234，567元。")
                == ["82，225.00元 82225 元", "1，234，567元 1234567 元"])
        #expect(Self.bounds("支付赔偿金82，225.00元。") == ["82224.995…82225.005"])
        // Without decimals or a second group the comma still parts clauses.
        #expect(Self.figures("分别为12，345件。") == ["345件 345 件"])
    }

    @Test func mixedArabicAndChineseOrders() {
        #expect(
            Self.figures("培训5万4千6百人，受理1千零20件，投资2千零30万元，服务1万零500人次，安置5千3百万元。")
                == [
                    "5万4千6百人 54600 人", "1千零20件 1020 件", "2千零30万元 20300000 元", "1万零500人次 10500 人次",
                    "5千3百万元 53000000 元",
                ])
        #expect(
            Self.bounds("培训5万4千6百人，受理1千零20件，投资2千零30万元。")
                == ["54550…54650", "1020…1020", "20295000…20305000"])
        #expect(
            Self.figures("共1千2百人，覆盖13万2人，培训3万4000人。")
                == ["1千2百人 1200 人", "13万2人 132000 人", "3万4000人 34000 人"])
    }

    @Test func fractionsInWordsAreExact() throws {
        let text = "农村留守老人占比近三分之一，五分之一的案件当场办结，三分之二以上的乡镇，受益群众达二十分之一，3分之1。"
        #expect(
            Self.figures(text) == [
                "近三分之一 0.3333333333…  ~近", "五分之一 0.2 ", "三分之二以上 0.6666666666…  ~以上",
                "二十分之一 0.05 ", "3分之1 0.3333333333… ",
            ])
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.allSatisfy { $0.kind == .fraction && $0.decimals == 0 })
        let third = try Rational(numerator: 1, denominator: 3)
        #expect(measures[0].value == third && measures[0].upper == third)
        #expect(measures[0].lower == (try Rational(numerator: 3, denominator: 10)))
        #expect(measures[1].lower == measures[1].value && measures[1].upper == measures[1].value)
        #expect(measures[2].lower == (try Rational(numerator: 2, denominator: 3)) && measures[2].upper == nil)
        #expect(Self.figures("十分之一，意义十分之重大。") == ["十分之一 0.1 "])
        // Parts a report can count, and rates down to 亿分之: no fraction of an absurd whole.
        #expect(Self.figures("一万分之一，二万三千分之一，1000000000分之1，十亿分之一。") == ["一万分之一 0.01 %"])
        #expect(Self.figures("0分之1，一分之一，零分之一，00分之5件。") == [])
    }

    @Test func ratesOverPowersOfTenStayPercentages() {
        #expect(
            Self.figures("误差不超过百万分之五，千分之三，万分之五，百分之五十，一千分之二。")
                == [
                    "不超过百万分之五 0.0005 % ~不超过", "千分之三 0.3 %", "万分之五 0.05 %", "百分之五十 50 %",
                    "一千分之二 0.2 %",
                ])
        #expect(Self.bounds("误差百万分之五。") == ["0.00045…0.00055"])
        #expect(Self.figures("提高两个百分点，百分点。") == ["两个百分点 2 个百分点"])
    }

    @Test func rangesInChineseNumerals() {
        #expect(
            Self.figures("每批次一千至一千五百件，配备三至五名调解员，补助三至五万元，两到三个工作日，二至三成。")
                == [
                    "一千至一千五百件 1000 件 ~至", "三至五名 3 名 ~至", "三至五万元 30000 元 ~至", "两到三个工作日 2 个工作日 ~到",
                    "二至三成 2 成 ~至",
                ])
        #expect(
            Self.bounds("每批次一千至一千五百件，配备三至五名调解员，补助三至五万元。")
                == ["1000…1500", "3…5", "25000…55000"])
        // Stated to the 万 as 1000至1500万元 is.
        #expect(Self.bounds("投资一千至一千五百万元。") == ["9995000…15005000"])
        #expect(Self.bounds("投资1000至1500万元。") == ["9995000…15005000"])
        // Periods and a bare pair are no ranges; nor are falling ends.
        #expect(Self.figures("一至十一月，一至三季度，三至五年，三至五，五至三个。") == ["三个 3 个"])
    }

    /// Random text over the scalars of these forms, and huge numbers in each: every measure's offsets
    /// point at its raw text, and nothing overflows.
    @Test func theNewFormsOnRandomAndHugeInput() {
        let pool = Array("0123456789.,，%@=/?&#一二三四五六七八九十百千万亿零点分之至到多余几负增长美元港币壹贰叁拾佰仟陆件名人个".unicodeScalars)
        var generator = ExtractorRobustnessTests.SplitMix(state: 11)
        var texts = (0..<300).map { _ in
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<200, using: &generator) {
                view.append(pool[Int.random(in: 0..<pool.count, using: &generator)])
            }
            return String(view)
        }
        texts += [
            "999999999999999999999999分之1，3分之999999999999999999999999，九千九百九十九万亿分之一。",
            "九千九百九十九万亿至九千九百九十九万亿亿件，9万9千9百99，9千零999999999万亿元，负999999999999999999999999%。",
        ]
        for text in texts {
            let report = ReportExtractor.extract(text: text, id: "t")
            let scalars = Array(report.text.unicodeScalars)
            for measure in report.measures {
                #expect(measure.start >= 0 && measure.start < measure.end && measure.end <= scalars.count)
                guard measure.start >= 0, measure.start < measure.end, measure.end <= scalars.count else { continue }
                #expect(String(String.UnicodeScalarView(scalars[measure.start..<measure.end])) == measure.raw)
            }
        }
    }
}

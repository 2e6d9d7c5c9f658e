import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A county's 政府信息公开工作年度报告 (白河县), held out: written with its expectations before the
/// extractor was run on it. The genre's standard tables flattened into ` | ` cells: 件数 headers,
/// a money header (单位：万元), a table whose row names begin 一、/（一） like headings, many 0
/// cells, 总计 columns, and a review/litigation table whose only data row has no name.
@Suite struct BaiheGovernmentInformationReportTests {
    static let fixture = Result { try GenreFixture("baihe-county-govinfo-2023") }

    /// Bare table cells, one expected figure each, with the unit their header implies (本年处理决定
    /// 数量, 一、本年新收政府信息公开申请数量 → 件) or none.
    static func bareCells(_ values: String, unit: String = "") -> String {
        values.split(separator: " ").map { "\($0)|\($0)|\(unit)|count||\($0)…\($0)" }.joined(separator: "\n")
    }

    static let figures = GenreFixture.figures(
        """
        3,862条|3862|条|count||3862…3862
        12.4%|12.4|%|percent||12.35…12.45
        126件|126|件|count
        48篇|48|篇|count
        38.1%|38.1|%|percent||38.05…38.15
        1.26万条|12600|条|count||12550…12650
        超过850万人次|8500000|人次|count|超过|8500000…null
        94件|94|件|count
        3件|3|件|count
        95件|95|件|count
        2件|2|件|count
        41件|41|件|count
        12件|12|件|count
        5件|5|件|count
        28件|28|件|count
        6件|6|件|count
        3件|3|件|count
        55.8%|55.8|%|percent||55.75…55.85
        86件|86|件|count
        4件|4|件|count
        3件|3|件|count
        17个|17|个|count
        12个|12|个|count
        约326万人次|3260000|人次|count|约|3255000…3265000
        8900人次左右|8900|人次|count|左右|8850…8950
        5%|5|%|percent||4.5…5.5
        2期|2|期|count
        160人左右|160|人|count|左右|155…165
        \(bareCells("0 0 0 9 3 86", unit: "件"))
        2,136|2136|件|count||2136…2136
        \(bareCells("845 12", unit: "件"))
        356.8|3568000|元|amount||3567500…3568500
        \(bareCells("86 5 0 0 2 1 94 3 0 0 0 0 0 3", unit: "件"))
        \(bareCells("38 2 0 0 1 0 41 11 1 0 0 0 0 12 5 0 0 0 0 0 5"))
        \(bareCells("25 2 0 0 1 0 28 5 0 0 0 0 1 6 3 0 0 0 0 0 3 87 5 0 0 2 1 95 2 0 0 0 0 0 2"))
        \(bareCells("2 1 0 0 3 1 0 0 1 2"))
        三个|3|个|count
        18件|18|件|count
        23件|23|件|count
        100%|100|%|percent||99.5…100.5
        """)

    static let nonFigures = [
        "2023年1月1日", "2023年12月31日", "第二十条第（一）项", "第二十条第（五）项", "第二十条第（八）项",
        "第一项加第二项", "第三项加第四项", "一、本年新收", "二、上年结转", "三、本年度办理结果",
        "（一）予以公开", "（七）总计", "四、结转下年度", "一定", "一是", "二是", "三是",
    ]

    @Test func everyFigureAndNothingElse() throws {
        try Self.fixture.get().expectExactly(Self.figures)
    }

    @Test func numeralsThatAreNotFigures() throws {
        try Self.fixture.get().expectNotMeasured(Self.nonFigures)
    }

    /// Table rows named 一、本年新收… or （一）予以公开 are rows, not parts and sections.
    @Test func tableRowsAreNotHeadings() throws {
        let paths = try Self.fixture.get().report.sections.map(\.path).filter { !$0.contains("是") }
        #expect(paths == ["preamble", "一", "一/(一)", "一/(二)", "一/(三)", "一/(四)", "一/(五)", "二", "三", "四", "五", "六"])
    }

    /// Cells take their column and their row, the merged 三、本年度办理结果 included.
    @Test func tableSubjects() throws {
        let subjects = try Self.fixture.get().report.measures.map(\.subject)
        #expect(subjects.contains("总计·三、本年度办理结果·（七）总计"))
        #expect(subjects.contains("自然人·三、本年度办理结果·（二）部分公开"))
        #expect(subjects.contains("本年收费金额·行政事业性收费"))
        #expect(subjects.contains("行政复议·总计") && subjects.contains("行政诉讼·总计"))
    }

    @Test func auditVerdicts() throws {
        try Self.fixture.get().expectVerdicts(
            """
            12.4%|unverifiable
            38.1%|reproduced|48/126
            55.8%|reproduced|(41 + 12)/95
            5%|unverifiable
            100%|unverifiable
            """)
    }
}

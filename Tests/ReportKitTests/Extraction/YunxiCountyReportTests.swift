import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A county report (云溪县): a document number, 一是 lists twice under one heading, a sum of three
/// counts over a base, a growth from last year's count, and figures that are names or numbers of things.
@Suite struct YunxiCountyReportTests {
    static let fixture = Result { try GenreFixture("yunxi-county-2023") }

    static let figures = GenreFixture.figures(
        """
        6次|6|次|count
        5个|5|个|count
        28项|28|项|count
        32个|32|个|count
        11个|11|个|count
        23名|23|名|count
        100%|100|%|percent
        8%|8|%|percent
        12次|12|次|count
        3场|3|场|count
        380余人次|380|人次|count|余
        100%|100|%|percent
        1386项|1386|项|count
        98.2%|98.2|%|percent
        1093项|1093|项|count
        78.9%|78.9|%|percent
        4128户|4128|户|count
        3650户|3650|户|count
        13.1%|13.1|%|percent
        1.36亿元|136000000|元|amount
        15632件|15632|件|count
        15210件|15210|件|count
        97.3%|97.3|%|percent
        96.5%|96.5|%|percent
        7项|7|项|count
        9件|9|件|count
        56份|56|份|count
        143条|143|条|count
        九成以上|9|成|tenths|以上
        2137件|2137|件|count
        612.8万元|6128000|元|amount
        6.4%|6.4|%|percent
        1509件|1509|件|count
        70.6%|70.6|%|percent
        214件|214|件|count
        38.6万元|386000|元|amount
        260卷|260|卷|count
        92.3%|92.3|%|percent
        1126名|1126|名|count
        1086名|1086|名|count
        96.4%|96.4|%|percent
        86件|86|件|count
        79件|79|件|count
        7件|7|件|count
        74件|74|件|count
        52件|52|件|count
        6件|6|件|count
        2件|2|件|count
        3件|3|件|count
        4件|4|件|count
        7件|7|件|count
        14.9%|14.9|%|percent
        9.5%|9.5|%|percent
        41件|41|件|count
        38件|38|件|count
        4件|4|件|count
        12.5%|12.5|%|percent
        100%|100|%|percent
        3215起|3215|起|count
        3168起|3168|起|count
        98.5%|98.5|%|percent
        5826条|5826|条|count
        47件|47|件|count
        100%|100|%|percent
        24次|24|次|count
        11个|11|个|count
        2次|2|次|count
        不足两成|2|成|tenths|不足
        不少于4次|4|次|count|不少于
        5个百分点|5|个百分点|points
        100%|100|%|percent
        """)

    /// Numerals in the text that are not figures: document and article numbers, dates, a phone,
    /// a hotline, an ordinal, a slogan, list markers.
    static let nonFigures = [
        "〔2024〕3号", "2021—2025年", "第三十九条", "12345", "0719-4312678", "2024年3月15日", "第一责任人",
        "二十大", "“三项制度”", "一是", "二是", "三是", "（一）", "2023年度",
    ]

    @Test func everyFigureAndNothingElse() throws {
        try Self.fixture.get().expectExactly(Self.figures)
    }

    @Test func numeralsThatAreNotFigures() throws {
        try Self.fixture.get().expectNotMeasured(Self.nonFigures)
    }

    @Test func theSecondRunOfPointsHasItsOwnPath() throws {
        let report = try Self.fixture.get().report
        let points = report.sections.filter { $0.path.hasPrefix("三/") }.map(\.path)
        #expect(points == ["三/一是", "三/二是", "三/三是", "三/一是#2", "三/二是#2"])
        #expect(Set(report.sections.map(\.path)).count == report.sections.count)
        #expect(report.measures.first { $0.raw == "380余人次" }?.section == "一/(一)/一是#2")
        #expect(report.sections.first { $0.path == "一/(一)/二是#2" }?.title == "深化“三项制度”")
    }

    @Test func subjectsNameWhatIsCounted() throws {
        let measures = try Self.fixture.get().report.measures
        func subject(_ raw: String) -> String? { measures.first { $0.raw == raw }?.subject }
        #expect(subject("28项") == "重点任务")
        #expect(subject("32个") == "县直部门")
        #expect(subject("23名") == "乡镇和部门主要负责人")
        #expect(subject("2137件") == "办理行政处罚案件")
        #expect(measures.first { $0.raw == "7件" }?.subject == "不予受理")
        #expect(subject("不足两成") == "乡镇综合执法队伍中具有法律专业背景的人员占比")
    }

    @Test func metadata() throws {
        let report = try Self.fixture.get().report
        #expect(report.region == "云溪县")
        #expect(report.year == 2023)
    }
}

import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A ministry's report (水利部), written after the extractor was fixed for the other four and
/// not tuned to: 1. items under (一), 第一/第二 paragraphs, 亿余元, 近千个, 百分之九十五以上, a sum of
/// three corrections over 办结. Its expectations were written from the text, then run.
@Suite struct ShuiliMinistryReportTests {
    static let fixture = Result { try GenreFixture("shuili-ministry-2023") }

    static let figures = GenreFixture.figures(
        """
        3件|3|件|count
        2件|2|件|count
        186件|186|件|count
        21件|21|件|count
        9件|9|件|count
        142件|142|件|count
        517条|517|条|count
        96.1%|96.1|%|percent
        2.36万件|23600|件|count
        2.29万件|22900|件|count
        97.0%|97|%|percent
        4.8亿余元|480000000|元|amount|余
        4.1亿元|410000000|元|amount
        17.1%|17.1|%|percent
        1.3万余个|13000|个|count|余
        6项|6|项|count
        20余期|20|期|count|余
        3.2万人次|32000|人次|count
        百分之九十五以上|95|%|percent|以上
        64件|64|件|count
        58件|58|件|count
        55件|55|件|count
        41件|41|件|count
        8件|8|件|count
        3件|3|件|count
        2件|2|件|count
        1件|1|件|count
        10.9%|10.9|%|percent
        37件|37|件|count
        31件|31|件|count
        1件|1|件|count
        3.2%|3.2|%|percent
        12起|12|起|count
        100%|100|%|percent
        近三成|3|成|tenths|近
        1.5万场次|15000|场次|count
        超过3000万人次|30000000|人次|count|超过
        两成以上|2|成|tenths|以上
        526万次|5260000|次|count
        8.6%|8.6|%|percent
        4次|4|次|count
        2件|2|件|count
        约四成|4|成|tenths|约
        近千个|1000|个|count|近
        不足5人|5|人|count|不足
        10%以下|10|%|percent|以下
        不低于90%|90|%|percent|不低于
        """)

    static let nonFigures = [
        "“节水优先、空间均衡、系统治理、两手发力”", "2024年3月9日", "“清四乱”", "第一，", "第二，",
        "“十四五”", "第二批", "第一责任人",
    ]

    @Test func everyFigureAndNothingElse() throws {
        try Self.fixture.get().expectExactly(Self.figures)
    }

    @Test func numeralsThatAreNotFigures() throws {
        try Self.fixture.get().expectNotMeasured(Self.nonFigures)
    }

    @Test func auditVerdicts() throws {
        try Self.fixture.get().expectVerdicts(
            """
            96.1%|implied|497/517
            97.0%|unverifiable
            17.1%|unverifiable
            百分之九十五以上|bound
            10.9%|reproduced|(3 + 2 + 1)/55
            3.2%|reproduced|1/31
            100%|unverifiable
            近三成|unverifiable
            两成以上|bound
            8.6%|unverifiable
            约四成|unverifiable
            10%以下|bound
            不低于90%|bound
            """)
    }
}

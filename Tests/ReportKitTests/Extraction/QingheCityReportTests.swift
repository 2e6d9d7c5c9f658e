import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportShell
@testable import ReportVerification

/// A city's report (清河市), held out: written with its expectations before the extractor was run
/// on it. Growth and comparisons with last year, ranges (3至5个, 10—15天), 约/左右/上下 after the
/// number, 上百场, 成百上千, 接近万人, full-width comma thousands (３，４５６), a negative rate in prose
/// (同比增长-12.5%), 翻一番, and last year's count in parentheses.
@Suite struct QingheCityReportTests {
    static let fixture = Result { try GenreFixture("qinghe-city-2023") }

    static let figures = GenreFixture.figures(
        """
        ３，４５６户|3456|户|count||3456…3456
        9.6%|9.6|%|percent||9.55…9.65
        1,024户|1024|户|count||1024…1024
        29.6%|29.6|%|percent||29.55…29.65
        1,286项|1286|项|count||1286…1286
        1.2倍|1.2|倍|multiple||1.15…1.25
        76.5%|76.5|%|percent||76.45…76.55
        88.3%|88.3|%|percent||88.25…88.35
        11.8个百分点|11.8|个百分点|points||11.75…11.85
        3至5个工作日|3|个工作日|count|至|3…5
        1天以内|1|天|count|以内|null…1
        12,863件|12863|件|count||12863…12863
        5.9%|5.9|%|percent||5.85…5.95
        1.36亿元|136000000|元|amount||135500000…136500000
        2,150万元|21500000|元|amount||21495000…21505000
        286次|286|次|count||286…286
        1500家次左右|1500|家次|count|左右|1450…1550
        56起|56|起|count||56…56
        -12.5%|-12.5|%|percent||-12.55…-12.45
        64起|64|起|count||64…64
        5.9%|5.9|%|percent||5.85…5.95
        100%|100|%|percent||99.5…100.5
        1,026件|1026|件|count||1026…1026
        35.2%|35.2|%|percent||35.15…35.25
        759件|759|件|count||759…759
        958件|958|件|count||958…958
        903件|903|件|count||903…903
        126件|126|件|count||126…126
        14.0%|14|%|percent||13.95…14.05
        100%|100|%|percent||99.5…100.5
        5.3%|5.3|%|percent||5.25…5.35
        2.4个百分点|2.4|个百分点|points||2.35…2.45
        3200余个|3200|个|count|余|3200…3300
        2.6万件左右|26000|件|count|左右|25500…26500
        98%上下|98|%|percent|上下|97.5…98.5
        上百场|100|场|count|上|100…1000
        成百上千名|100|名|count|成百上千|100…10000
        接近万人|10000|人|count|接近|9000…10000
        3.8亿余条|380000000|条|count|余|380000000…390000000
        翻一番|2|倍|multiple||2…2
        46.3万件|463000|件|count||462500…463500
        99.2%|99.2|%|percent||99.15…99.25
        96.5%左右|96.5|%|percent|左右|96.45…96.55
        10—15天|10|天|count|—|10…15
        1至2名|1|名|count|至|1…2
        15%左右|15|%|percent|左右|14.5…15.5
        5%以内|5|%|percent|以内|null…5
        5000人次以上|5000|人次|count|以上|5000…null
        """)

    /// 连续三年 was first expected as a figure (3 年); the genre fixtures before it (东湖区's 连续两年)
    /// count years as no measure, and 年 after a numeral is a date far more often: kept so.
    static let nonFigures = ["连续三年", "2021—2025年", "“综合查一次”", "“法律八进”", "12345热线", "2024年"]

    @Test func everyFigureAndNothingElse() throws {
        try Self.fixture.get().expectExactly(Self.figures)
    }

    @Test func numeralsThatAreNotFigures() throws {
        try Self.fixture.get().expectNotMeasured(Self.nonFigures)
    }

    @Test func auditVerdicts() throws {
        try Self.fixture.get().expectVerdicts(
            """
            9.6%|unverifiable
            29.6%|reproduced|1024/3456
            76.5%|unverifiable
            88.3%|unverifiable
            11.8个百分点|reproduced|88.3 − 76.5
            5.9%|unverifiable
            -12.5%|reproduced|(56 − 64)/64
            5.9%|unverifiable
            100%|unverifiable
            35.2%|reproduced|(1026 − 759)/759
            14.0%|reproduced|126/903
            100%|unverifiable
            5.3%|unverifiable
            2.4个百分点|unverifiable
            98%上下|unverifiable
            99.2%|unverifiable
            96.5%左右|unverifiable
            15%左右|unverifiable
            5%以内|bound
            """)
    }
}

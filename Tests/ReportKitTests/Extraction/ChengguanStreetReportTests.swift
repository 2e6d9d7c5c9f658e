import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A 街道's report (城关街道), held out: written with its expectations before the extractor was
/// run on it. Written loosely: figures in parentheses (（12项）, (38次), 比去年同期（95.1%）),
/// 第X季度, 2023年1—11月, a growth of a percentage (25% → 28%, 增长12%), 人次/件次/台次, 万余元 and
/// 1.2亿余元, shares tied to a base in the sentence before (其中，…约三成（117件）).
@Suite struct ChengguanStreetReportTests {
    static let fixture = Result { try GenreFixture("chengguan-street-2023") }

    static let figures = GenreFixture.figures(
        """
        4次|4|次|count||4…4
        1次|1|次|count
        2次|2|次|count
        1次|1|次|count
        1份|1|份|count
        12项|12|项|count||12…12
        62场|62|场|count
        1.2万人次|12000|人次|count||11500…12500
        8,500余份|8500|份|count|余|8500…8600
        3.6万人次|36000|人次|count||35500…36500
        25%|25|%|percent||24.5…25.5
        28%|28|%|percent||27.5…28.5
        12%|12|%|percent||11.5…12.5
        3期|3|期|count
        150人次|150|人次|count
        11个|11|个|count
        100%|100|%|percent||99.5…100.5
        386件|386|件|count
        372件|372|件|count
        96.4%|96.4|%|percent||96.35…96.45
        95.1%|95.1|%|percent||95.05…95.15
        1.3个百分点|1.3|个百分点|points||1.25…1.35
        约三成|3|成|tenths|约|2.5…3.5
        117件|117|件|count
        22.5%|22.5|%|percent||22.45…22.55
        87件|87|件|count
        213件次|213|件次|count
        45件|45|件|count
        12.6万余元|126000|元|amount|余|126000…127000
        38次|38|次|count
        1,260人次|1260|人次|count||1260…1260
        约300台次|300|台次|count|约|250…350
        1.2亿余元|120000000|元|amount|余|120000000…130000000
        86万元|860000|元|amount||855000…865000
        0.7%左右|0.7|%|percent|左右|0.65…0.75
        两成左右|2|成|tenths|左右|1.5…2.5
        9名|9|名|count
        近29件|29|件|count|近|26.1…29
        95%以上|95|%|percent|以上|95…null
        不少于5名|5|名|count|不少于|5…null
        """)

    static let nonFigures = ["第一季度", "第二季度", "第三季度", "第四季度", "1—11月", "“八五”", "（村）", "2024年"]

    @Test func everyFigureAndNothingElse() throws {
        try Self.fixture.get().expectExactly(Self.figures)
    }

    @Test func numeralsThatAreNotFigures() throws {
        try Self.fixture.get().expectNotMeasured(Self.nonFigures)
    }

    @Test func auditVerdicts() throws {
        try Self.fixture.get().expectVerdicts(
            """
            25%|unverifiable
            28%|unverifiable
            12%|reproduced|(28 − 25)/25
            100%|unverifiable
            96.4%|reproduced|372/386
            95.1%|unverifiable
            1.3个百分点|reproduced|96.4 − 95.1
            约三成|reproduced|117/386
            22.5%|reproduced|87/386
            0.7%左右|unverifiable
            两成左右|unverifiable
            95%以上|bound
            """)
    }
}

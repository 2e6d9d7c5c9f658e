import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A province's justice department (江北省司法厅), held out after the fixes for 白河/清河/城关 and
/// not tuned to: its expectations were written from the text before the extractor ran on it. A
/// quarterly table with a 合计 row and a rate column, 是…的2.1倍, rounded counts whose shares the
/// audit cannot pin down (1.2万 of 5.62万), a fraction in words (四分之一), 突破6万件, 15%—20%.
@Suite struct JiangbeiJusticeReportTests {
    static let fixture = Result { try GenreFixture("jiangbei-justice-2023") }

    static let figures = GenreFixture.figures(
        """
        2.35万件|23500|件|count||23450…23550
        18.6%|18.6|%|percent||18.55…18.65
        2.1倍|2.1|倍|multiple||2.05…2.15
        1,208件|1208|件|count||1208…1208
        1,156件|1156|件|count||1156…1156
        95.7%|95.7|%|percent||95.65…95.75
        268|268|件|count||268…268
        241|241|件|count
        29|29|件|count
        12.0|12|%|percent||11.95…12.05
        301|301|件|count
        296|296|件|count
        38|38|件|count
        12.8|12.8|%|percent
        322|322|件|count
        318|318|件|count
        41|41|件|count
        12.9|12.9|%|percent
        317|317|件|count
        301|301|件|count
        35|35|件|count
        11.6|11.6|%|percent
        1208|1208|件|count
        1156|1156|件|count
        143|143|件|count
        12.4|12.4|%|percent||12.35…12.45
        4.6万余人|46000|人|count|余|46000…47000
        92.3%|92.3|%|percent||92.25…92.35
        1.5个百分点|1.5|个百分点|points||1.45…1.55
        3,200卷|3200|卷|count||3200…3200
        四分之一|0.25||fraction||0.25…0.25
        1.8万个|18000|个|count||17500…18500
        百分之百|100|%|percent||99.5…100.5
        5.62万件|56200|件|count||56150…56250
        7.2%|7.2|%|percent||7.15…7.25
        6.1万人次|61000|人次|count||60500…61500
        1.2万件|12000|件|count||11500…12500
        21.4%|21.4|%|percent||21.35…21.45
        8,900余个|8900|个|count|余|8900…9000
        26.7万件|267000|件|count||266500…267500
        26.1万件|261000|件|count||260500…261500
        97.8%|97.8|%|percent||97.75…97.85
        15%|15|%|percent||14.5…15.5
        20%|20|%|percent||19.5…20.5
        超过25%|25|%|percent|超过|25…null
        10%左右|10|%|percent|左右|5…15
        突破6万件|60000|件|count|突破|60000…null
        不少于3万人次|30000|人次|count|不少于|30000…null
        """)

    // 10%左右 was first expected as 9.5…10.5; the documented rule (half a step of the last
    // significant digit, as 约3000 → 2500…3500) makes it 5…15, and the expectation follows the rule.

    static let nonFigures = ["村（社区）", "第一季度", "第四季度", "2024年"]

    @Test func everyFigureAndNothingElse() throws {
        try Self.fixture.get().expectExactly(Self.figures)
    }

    @Test func numeralsThatAreNotFigures() throws {
        try Self.fixture.get().expectNotMeasured(Self.nonFigures)
    }

    @Test func auditVerdicts() throws {
        try Self.fixture.get().expectVerdicts(
            """
            18.6%|unverifiable
            95.7%|reproduced|1156/1208
            12.0|reproduced|29/241
            12.8|reproduced|38/296
            12.9|reproduced|41/318
            11.6|reproduced|35/301
            12.4|reproduced|143/1156
            92.3%|unverifiable
            1.5个百分点|unverifiable
            百分之百|unverifiable
            7.2%|unverifiable
            21.4%|unverifiable
            97.8%|unverifiable
            15%|unverifiable
            20%|unverifiable
            超过25%|bound
            10%左右|unverifiable
            """)
    }
}

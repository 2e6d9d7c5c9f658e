import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The audit on the genre fixtures, every rate's verdict written by hand from the text: each
/// fixture has one deliberately wrong rate, which must be the (only) mismatch.
@Suite struct AuditGenreFixtureTests {
    @Test func countyReport() throws {
        try GenreFixture("yunxi-county-2023").expectVerdicts(
            """
            100%|unverifiable
            8%|unverifiable
            100%|unverifiable
            98.2%|unverifiable
            78.9%|reproduced|1093/1386
            13.1%|reproduced|(4128 − 3650)/3650
            97.3%|reproduced|15210/15632
            96.5%|unverifiable
            九成以上|bound
            6.4%|unverifiable
            70.6%|reproduced|1509/2137
            92.3%|implied|240/260
            96.4%|reproduced|1086/1126
            14.9%|reproduced|(6 + 2 + 3)/74
            9.5%|reproduced|7/74
            12.5%|mismatch|4/38
            100%|unverifiable
            98.5%|reproduced|3168/3215
            100%|unverifiable
            不足两成|bound
            5个百分点|unverifiable
            100%|unverifiable
            """)
    }

    @Test func districtReportWithTables() throws {
        try GenreFixture("donghu-district-2023").expectVerdicts(
            """
            6.6%|reproduced|317/4835
            97.1%|reproduced|472/486
            99.6%|reproduced|1336/1342
            100%|reproduced|58/58
            94.6%|reproduced|35/37
            98.9%|reproduced|1901/1923
            24.7%|reproduced|(268 − 215)/215
            23.0%|reproduced|(241 − 196)/196
            19.7%|reproduced|(225 − 188)/188
            8.0%|reproduced|(27 − 25)/25
            12.0|reproduced|27/225
            13.3|reproduced|25/188
            -1.3个百分点|reproduced|12 − 13.3
            -5.9%|reproduced|(96 − 102)/102
            100|unverifiable
            92.2|unverifiable
            7.8个百分点|reproduced|100 − 92.2
            97.0%|reproduced|2791/2876
            28.2|reproduced|812/2876
            22.8|reproduced|655/2876
            31.4|reproduced|903/2876
            18.6|mismatch|506/2876
            100|unverifiable
            15%以内|bound
            100%|unverifiable
            """)
    }

    @Test func provincialDepartmentReport() throws {
        try GenreFixture("jiangnan-samr-2023").expectVerdicts(
            """
            8.3%|unverifiable
            33.0%|reproduced|268.4万户/812.6万户
            91.2%|unverifiable
            2.1个百分点|unverifiable
            11.6%|reproduced|(38612 − 34598)/34598
            近两成|reproduced|7415/38612
            2.91%|unverifiable
            0.35个百分点|unverifiable
            千分之三以内|bound
            3‰|unverifiable
            三成半|unverifiable
            15.2%|unverifiable
            89.3%|reproduced|2865/3208
            14.7%|reproduced|(11 + 3 + 5)/129
            6.1%|mismatch|3/49
            不足30%|bound
            0.2个百分点|unverifiable
            """)
    }

    @Test func printedReport() throws {
        try GenreFixture("linjiang-pdf-2023").expectVerdicts(
            """
            ９９．２％|unverifiable
            ７．８％|unverifiable
            ４１．５％|unverifiable
            ９７．０％|reproduced|2297/2368
            １４．３％|reproduced|(14 + 3 + 7 + 2)/182
            １２．７％|mismatch|25/182
            百分之百|unverifiable
            ９９．６％|unverifiable
            １．２个百分点|unverifiable
            ９８％以上|bound
            １５％左右|unverifiable
            """)
    }

    /// 驳回19件 over 审结129件 gives 14.7% as well as (撤销11 + 变更3 + 确认违法5)/129: the counts named
    /// as corrections win over a coincidence.
    @Test func namedSumBeatsACoincidentalShare() throws {
        let rows = Audit.run(reports: [try GenreFixture("jiangnan-samr-2023").report])
        let row = try #require(rows.first { $0.raw == "14.7%" })
        #expect(row.numerators.count == 3)
        #expect(row.explanation.contains("over the base the rate is named after"))
    }

    @Test func theSentenceAfterItsBaseStartingWith其中IsTiedToIt() throws {
        let rows = Audit.run(reports: [try GenreFixture("linjiang-pdf-2023").report])
        let row = try #require(rows.first { $0.raw == "１２．７％" })
        #expect(row.explanation.contains("25/182 = 13.7362…% is not １２．７％"))
    }

    @Test func casesTurnedAwayAreNoStageOfTheFunnel() throws {
        let rows = Audit.run(reports: [try GenreFixture("yunxi-county-2023").report])
        #expect(rows.filter { $0.verdict == .orderViolation }.isEmpty)
    }

    @Test func aShareOfRoundedFiguresShowsItsSpread() throws {
        let rows = Audit.run(reports: [try GenreFixture("jiangnan-samr-2023").report])
        let row = try #require(rows.first { $0.raw == "33.0%" })
        #expect(row.explanation.contains("the share lies in [33.0215…%, 33.0379…%]"))
    }

    @Test func aGrowthOfRoundedFiguresAndASpreadTooWideToTell() {
        let text = "实有经营主体812.6万户，较上年750.3万户同比增长8.3%。办理案件1.2万件，较上年的1.07万件增加0.13万件，同比增长12.5%。"
        let rows = Audit.run(reports: [ReportExtractor.extract(text: text, id: "t")])
        let growth = rows.first { $0.raw == "8.3%" }
        #expect(growth?.verdict == .reproduced)
        #expect(growth?.arithmetic == "(812.6万户 − 750.3万户)/750.3万户")
        #expect(growth?.explanation.contains("the change lies in [8.2894…%, 8.3172…%]") == true)
        // 0.13万/1.07万 is anything from 11.6% to 12.7%: wider than 12.5%'s last digit, so it tells nothing.
        #expect(rows.first { $0.raw == "12.5%" }?.verdict == .unverifiable)
    }

    @Test func aDiscountIsNoRate() throws {
        let rows = Audit.run(reports: [try GenreFixture("jiangnan-samr-2023").report])
        #expect(!rows.contains { $0.raw == "八折" })
    }
}

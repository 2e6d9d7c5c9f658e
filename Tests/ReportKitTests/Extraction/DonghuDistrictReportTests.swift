import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A district report (东湖区) with three flattened tables: a serial column and a 合计 row with an
/// empty cell, a caption written as cells above the header and a 单位 column with signed changes,
/// and units in the header with a share column over the 合计 row.
@Suite struct DonghuDistrictReportTests {
    static let fixture = Result { try GenreFixture("donghu-district-2023") }

    static let figures = GenreFixture.figures(
        """
        21个|21|个|count
        1260次|1260|次|count
        4835户|4835|户|count
        317户|317|户|count
        6.6%|6.6|%|percent
        486|486|件|count
        472|472|件|count
        97.1%|97.1|%|percent
        1342|1342|件|count
        1336|1336|件|count
        99.6%|99.6|%|percent
        58|58|件|count
        58|58|件|count
        100%|100|%|percent
        37|37|件|count
        35|35|件|count
        94.6%|94.6|%|percent
        0|0|件|count
        0|0|件|count
        1923|1923|件|count
        1901|1901|件|count
        98.9%|98.9|%|percent
        268|268|件|count
        215|215|件|count
        24.7%|24.7|%|percent
        241|241|件|count
        196|196|件|count
        23.0%|23|%|percent
        225|225|件|count
        188|188|件|count
        19.7%|19.7|%|percent
        27|27|件|count
        25|25|件|count
        8.0%|8|%|percent
        12.0|12|%|percent
        13.3|13.3|%|percent
        -1.3个百分点|-1.3|个百分点|points
        96|96|件|count
        102|102|件|count
        -5.9%|-5.9|%|percent
        100|100|%|percent
        92.2|92.2|%|percent
        7.8个百分点|7.8|个百分点|points
        14次|14|次|count
        31件|31|件|count
        9件|9|件|count
        2876件|2876|件|count
        2791件|2791|件|count
        97.0%|97|%|percent
        812|812|件|count
        796|796|件|count
        28.2|28.2|%|percent
        655|655|件|count
        640|640|件|count
        22.8|22.8|%|percent
        903|903|件|count
        871|871|件|count
        31.4|31.4|%|percent
        506|506|件|count
        484|484|件|count
        18.6|18.6|%|percent
        2876|2876|件|count
        2791|2791|件|count
        100|100|%|percent
        23卷|23|卷|count
        15%以内|15|%|percent|以内
        100%|100|%|percent
        """)

    static let nonFigures = ["表1", "表2", "表3", "2021—2025年", "2024年1月26日", "两年", "“三项制度”", "一公开"]

    @Test func everyFigureAndNothingElse() throws {
        try Self.fixture.get().expectExactly(Self.figures)
    }

    @Test func numeralsThatAreNotFigures() throws {
        try Self.fixture.get().expectNotMeasured(Self.nonFigures)
        // The serial numbers 1…5 of table 1 are not figures either.
        let serials = try Self.fixture.get().report.measures.filter { $0.subject.hasPrefix("序号") }
        #expect(serials.isEmpty)
    }

    @Test func cellsTakeTheirRowNameNotTheSerialNumber() throws {
        let measures = try Self.fixture.get().report.measures
        #expect(measures.first { $0.raw == "486" }?.subject == "立案数·区市场监管局")
        #expect(measures.first { $0.raw == "1923" }?.subject == "立案数·合计")
        #expect(measures.filter { $0.subject.hasSuffix("区卫生健康局") }.map(\.raw) == ["0", "0"])
    }

    @Test func aCaptionRowGivesWayToTheHeaderAndTheUnitColumnTypesTheRow() throws {
        let measures = try Self.fixture.get().report.measures
        let rate = try #require(measures.first { $0.subject == "2023年·直接纠错率" })
        #expect(rate.kind == .percent && rate.unit == "%" && rate.raw == "12.0")
        #expect(measures.first { $0.subject == "2022年·收到行政复议申请" }?.unit == "件")
        #expect(measures.first { $0.subject == "同比增长·一审行政应诉案件" }?.value.description == "-5.9")
        #expect(measures.first { $0.subject == "同比增长·直接纠错率" }?.lower?.description == "-1.35")
    }
}

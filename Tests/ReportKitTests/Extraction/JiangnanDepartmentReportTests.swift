import Testing

@testable import ReportExtraction
@testable import ReportLoading
@testable import ReportModel
@testable import ReportShell
@testable import ReportVerification

/// A provincial department's report (江南省市场监督管理局): figures in 万 and 亿 with decimals and
/// thousands separators, per mille two ways, a discount, tenths with a half, approximate figures
/// without digits (十几万, 几十), and a goal stated as 以内.
@Suite struct JiangnanDepartmentReportTests {
    static let fixture = Result { try GenreFixture("jiangnan-samr-2023") }

    static let figures = GenreFixture.figures(
        """
        812.6万户|8126000|户|count
        8.3%|8.3|%|percent
        268.4万户|2684000|户|count
        33.0%|33|%|percent
        129.7万户|1297000|户|count
        3553户|3553|户|count
        523项|523|项|count
        91.2%|91.2|%|percent
        2.1个百分点|2.1|个百分点|points
        八折|8|折|tenths
        1.2亿元|120000000|元|amount
        十几万家|100000|家|count|几
        38,612件|38612|件|count
        34,598件|34598|件|count
        11.6%|11.6|%|percent
        6.82亿元|682000000|元|amount
        127件|127|件|count
        3,456万元|34560000|元|amount
        7,415件|7415|件|count
        近两成|2|成|tenths|近
        68.35万批次|683500|批次|count
        2.91%|2.91|%|percent
        0.35个百分点|0.35|个百分点|points
        千分之三以内|0.3|%|percent|以内
        3‰|0.3|%|percent
        46.8万件|468000|件|count
        2.37亿元|237000000|元|amount
        三成半|3.5|成|tenths
        15.2%|15.2|%|percent
        几十家|10|家|count|几
        1.26万家|12600|家|count
        36期|36|期|count
        12.5万人次|125000|人次|count
        2次|2|次|count
        3,208人|3208|人|count
        2,865人|2865|人|count
        89.3%|89.3|%|percent
        156件|156|件|count
        138件|138|件|count
        129件|129|件|count
        87件|87|件|count
        19件|19|件|count
        11件|11|件|count
        3件|3|件|count
        5件|5|件|count
        4件|4|件|count
        14.7%|14.7|%|percent
        49件|49|件|count
        42件|42|件|count
        3件|3|件|count
        6.1%|6.1|%|percent
        5次|5|次|count
        1次|1|次|count
        不足30%|30|%|percent|不足
        0.2个百分点|0.2|个百分点|points
        不少于60学时|60|学时|count|不少于
        """)

    static let nonFigures = ["二十届二中全会", "2021—2025年", "12315", "ODR", "2024年2月6日", "“三项制度”", "第一责任人"]

    @Test func everyFigureAndNothingElse() throws {
        try Self.fixture.get().expectExactly(Self.figures)
    }

    @Test func numeralsThatAreNotFigures() throws {
        try Self.fixture.get().expectNotMeasured(Self.nonFigures)
    }

    @Test func intervalsOfTheGenresLooseFigures() throws {
        let measures = try Self.fixture.get().report.measures
        func bounds(_ raw: String) -> String {
            guard let measure = measures.first(where: { $0.raw == raw }) else { return "missing" }
            return "\(measure.lower?.description ?? "null")…\(measure.upper?.description ?? "null")"
        }
        #expect(bounds("十几万家") == "100000…200000")
        #expect(bounds("几十家") == "10…100")
        #expect(bounds("三成半") == "3.25…3.75")
        #expect(bounds("八折") == "8…8")
        #expect(bounds("3‰") == "0.25…0.35")
        #expect(bounds("千分之三以内") == "null…0.3")
        #expect(bounds("近两成") == "1.8…2")
        #expect(bounds("3,456万元") == "34555000…34565000")
        #expect(bounds("12.5万人次") == "124500…125500")
    }
}

import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A city report copied out of a PDF (临江市): lines broken every 30 cells in mid-sentence and
/// mid-number, page numbers and a running header between pages, full-width digits and ％, and
/// spaces around numbers.
@Suite struct LinjiangPrintedReportTests {
    static let fixture = Result { try GenreFixture("linjiang-pdf-2023") }

    static let figures = GenreFixture.figures(
        """
        ９９．２％|99.2|%|percent
        ２１８６项|2186|项|count
        ２．４６万户|24600|户|count
        ７．８％|7.8|%|percent
        ４７ 项|47|项|count
        约３２００万元|32000000|元|amount|约
        １２８６３件|12863|件|count
        ５．６３万件|56300|件|count
        ４１．５％|41.5|%|percent
        ２３６８名|2368|名|count
        ２２９７名|2297|名|count
        ９７．０％|97|%|percent
        ２１４ 件|214|件|count
        １９３件|193|件|count
        １８２件|182|件|count
        １４件|14|件|count
        ３件|3|件|count
        ７件|7|件|count
        ２件|2|件|count
        １４．３％|14.3|%|percent
        ２５件|25|件|count
        １２．７％|12.7|%|percent
        １６８ 件|168|件|count
        百分之百|100|%|percent
        ４２．７万件|427000|件|count
        ９９．６％|99.6|%|percent
        １．２个百分点|1.2|个百分点|points
        １．８７万件|18700|件|count
        ９８％以上|98|%|percent|以上
        ５个|5|个|count
        １５％左右|15|%|percent|左右
        """)

    static let nonFigures = ["〔２０２４〕１２号", "１２３４５", "０７１５－８２６６３１２", "第十二项", "２０２４年３月２８日", "“一网通办”"]

    @Test func everyFigureAndNothingElse() throws {
        try Self.fixture.get().expectExactly(Self.figures)
    }

    @Test func numeralsThatAreNotFigures() throws {
        try Self.fixture.get().expectNotMeasured(Self.nonFigures)
    }

    @Test func paragraphsAreRebuiltAndPageFurnitureDropped() throws {
        let fixture = try Self.fixture.get()
        #expect(!fixture.textContains("— 1 —") && !fixture.textContains("— 3 —"))
        #expect(!fixture.textContains("临江市法治政府建设年度报告（２０２３）"))
        #expect(fixture.textContains("办理行政处罚案件１２８６３件，办理行政许可事项"))
        #expect(fixture.textContains("２２９７名通过考试"))
        let ninetyEight = try #require(fixture.report.measures.first { $0.raw == "９８％以上" })
        #expect(ninetyEight.sentence == "全市各级人民调解组织调解矛盾纠纷１．８７万件，调解成功率９８％以上。")
        #expect(fixture.report.title == "临江市２０２３年法治政府建设情况报告")
        #expect(
            fixture.report.sections.map(\.path) == [
                "preamble", "一", "一/(一)", "一/(二)", "一/(三)", "二", "二/一是",
                "二/二是", "三", "三/一是", "三/二是",
            ])
    }
}

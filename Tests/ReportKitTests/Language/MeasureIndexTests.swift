import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel

/// A bare measure id is found in every report that has it, in loading order, whether the report
/// numbers its measures m1…mN or names them otherwise.
struct MeasureIndexTests {
    private func report(_ id: String, figures: Int) -> Report {
        let text = (1...figures).map { "第\($0)项收到申请\($0 * 3)件。" }.joined(separator: "\n") + "\n"
        return ReportExtractor.extract(text: text, id: id)
    }

    @Test func aBareIdIsFoundInEachReportThatHasItInLoadingOrder() throws {
        var renamed = report("renamed", figures: 3)
        renamed.measures[0].id = "m9"
        renamed.measures[2].id = "total"
        let reports = [
            report("three", figures: 3), report("one", figures: 1), renamed, report("five", figures: 5),
            report("two", figures: 2),
        ]
        let counts = reports.map(\.measures.count)
        #expect(counts[0] > counts[1] && counts[3] > counts[0])
        let index = MeasureIndex(reports)
        for number in 1...counts.max()! + 1 {
            let id = "m\(number)"
            let expected = reports.indices.filter { position in reports[position].measures.contains { $0.id == id } }
            #expect(index.reports(having: id) == expected, "\(id)")
            for position in expected {
                #expect(index.measure(id, inReportAt: position, of: reports)?.id == id)
            }
        }
        #expect(index.reports(having: "m9") == [2])
        #expect(index.reports(having: "total") == [2])
        #expect(index.reports(having: "m01").isEmpty && index.reports(having: "m0").isEmpty)
    }
}

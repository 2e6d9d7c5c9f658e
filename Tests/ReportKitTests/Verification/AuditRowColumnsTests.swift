import Foundation
import Testing

@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportShell
@testable import ReportVerification

/// The session keeps audit rows compactly (``AuditRowColumns``), a field read back from the
/// claimed measure or from shared bytes: every field must read as the row's own, and the stages
/// run on the kept rows must give what they give on a table of the same rows.
@Suite struct AuditRowColumnsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let names = ["qingshan-2022.txt", "yunxi-county-2023.txt", "baihe-county-govinfo-2023.txt", "suizhou-2023.txt"]

    private func load(_ name: String) throws -> [Report] {
        try ReportLoader.load(path: Self.fixtures.appendingPathComponent(name).path)
    }

    /// Each field as the language held it before rows were kept compactly.
    private func values(of row: AuditRow, in report: Report) -> [JSONValue] {
        let isPercent = report.measures.first { $0.id == row.claim }?.unit == "%"
        return row.fields.map { Evaluator.value($0.value, named: $0.name, isPercent: isPercent).json }
    }

    @Test(arguments: names) func everyFieldReadsAsTheRowsOwn(name: String) throws {
        for report in try load(name) {
            let rows = Audit.run(report: report, readingIndicators: false).rows
            let kept = AuditRowColumns(rows)
            #expect(kept.count == rows.count)
            for (index, row) in rows.enumerated() {
                let own = values(of: row, in: report)
                #expect(kept.values(of: index).map(\.json) == own)
                // A field read alone reads as the row read whole, whose texts are written together.
                #expect(AuditRow.fieldNames.indices.map { kept.value($0, of: index).json } == own)
            }
        }
    }

    /// The texts of a rate no counts give, kept to be written when read, fit in the three words an
    /// existential keeps in place: boxed, a corpus's ninety thousand of them took more memory
    /// than their texts written.
    @Test func smallestBaseTextsAreKeptInPlace() {
        #expect(MemoryLayout<SmallestBaseTexts>.size <= 3 * MemoryLayout<Int>.size)
    }

    /// A field that is not its claim's (another subject, another report's sentence) is kept as
    /// written, not read from the measure.
    @Test func aFieldOtherThanTheClaimsIsKeptAsWritten() throws {
        let report = try #require(try load("qingshan-2022.txt").first)
        var rows = Audit.run(report: report, readingIndicators: false).rows
        try #require(rows.count > 2)
        rows[1].subject += "之外"
        rows[2].sentence = rows[0].sentence + "。"
        rows[2].raw = ""
        let kept = AuditRowColumns(rows)
        for index in 0..<3 {
            #expect(kept.values(of: index).map(\.json) == values(of: rows[index], in: report))
        }
    }

    private func csv(_ statements: [String], on reports: [Report]) -> String {
        let captured = CapturedSession(reports: reports)
        captured.session.mode = .csv
        for statement in statements { captured.run(statement) }
        #expect(captured.diagnostics.isEmpty)
        return captured.results
    }

    /// `audit | stages` runs the stages on the kept rows; `a | stages`, with `a` the audit as a
    /// table, runs them on the table.
    @Test(arguments: [
        "where verdict == \"mismatch\" | take 5", "group verdict | count", "where check == \"rate\" | group subject | count",
        "take 7 | group verdict | count", "where computed > 0.5 | count", "group verdict | max computed", "count",
        "sort claim | take 3",
    ])
    func stagesOnTheKeptRowsGiveWhatTheyGiveOnATable(stages: String) throws {
        let reports = try load("qingshan-2022.txt") + load("yunxi-county-2023.txt")
        let onTheRows = csv(["audit | " + stages], on: reports)
        let onATable = csv(["let a = audit", "a | " + stages], on: reports)
        #expect(!onTheRows.isEmpty)
        #expect(onTheRows == onATable)
    }
}

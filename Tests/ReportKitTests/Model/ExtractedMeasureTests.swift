import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportModel

/// A measure handed over by extraction as spans of the report text reads, compares and writes
/// as the same measure made from its strings.
struct ExtractedMeasureTests {
    private func json(_ measure: Measure) -> String {
        var writer = JSONByteWriter()
        measure.writeJSON(to: &writer)
        return writer.text
    }

    private func json(_ measure: ExtractedMeasure) -> String {
        var writer = JSONByteWriter()
        measure.writeJSON(to: &writer)
        return writer.text
    }

    /// The sentence the figures below stand in.
    private let text = "全年受理“申请”27件，同比增长１２.5%。"

    /// Where `part` first stands in ``text``, as UTF-8 offsets.
    private func bytes(_ part: String) throws -> Range<Int> {
        let utf8 = Array(text.utf8), needle = Array(part.utf8)
        let start = try #require((0...(utf8.count - needle.count)).first { Array(utf8[$0..<$0 + needle.count]) == needle })
        return start..<start + needle.count
    }

    /// The measure made again through the initialiser that takes every field as a value.
    private func remade(_ measure: Measure) -> Measure {
        Measure(
            id: measure.id, value: measure.value, unit: measure.unit, raw: measure.raw, kind: measure.kind,
            approx: measure.approx, lower: measure.lower, upper: measure.upper, decimals: measure.decimals,
            subject: measure.subject, section: measure.section, heading: measure.heading, sentence: measure.sentence,
            paragraph: measure.paragraph, before: measure.before, start: measure.start, end: measure.end,
            report: measure.report, table: measure.table, cell: measure.cell)
    }

    @Test(arguments: MeasureStorageTests.texts)
    func extractedMeasuresAreTheMeasuresOfTheirFields(name: String) throws {
        let text = try String(contentsOf: MeasureStorageTests.fixtures.appendingPathComponent(name), encoding: .utf8)
        var uncompacted = MeasureStorageTests.Uncompacted()
        ReportExtractor.extract(text: text, id: "report", into: &uncompacted)
        #expect(!uncompacted.measures.isEmpty)
        for measure in uncompacted.measures {
            #expect(!measure.rawSpan.isInPool && !measure.beforeSpan.isInPool)
            #expect(measure == remade(measure))
            #expect(json(measure) == json(remade(measure)))
        }
    }

    /// Keeps each figure as extraction hands it over.
    private struct Extracted: ReportConsumer {
        var measures: [ExtractedMeasure] = []
        mutating func begin(_ report: Report) {}
        mutating func add(_ measure: Measure) { Issue.record("a measure handed over made already") }
        mutating func add(extracted measure: consuming ExtractedMeasure) { measures.append(measure) }
        mutating func end() {}
    }

    /// Written straight from its fields, a figure's JSON is its measure's, one writer taking all
    /// of a report's measures in turn (a heading or sentence repeated is copied, not escaped again).
    @Test(arguments: MeasureStorageTests.texts)
    func extractedMeasuresWriteTheJSONOfTheirMeasures(name: String) throws {
        let text = try String(contentsOf: MeasureStorageTests.fixtures.appendingPathComponent(name), encoding: .utf8)
        var extracted = Extracted()
        ReportExtractor.extract(text: text, id: "report", into: &extracted)
        #expect(!extracted.measures.isEmpty)
        var direct = JSONByteWriter()
        var throughMeasures = JSONByteWriter()
        for measure in extracted.measures {
            measure.writeJSON(to: &direct)
            Measure(measure).writeJSON(to: &throughMeasures)
        }
        #expect(direct.text == throughMeasures.text)
    }

    @Test func spansAreReadFromTheText() throws {
        let raw = try bytes("１２.5%")
        let extracted = ExtractedMeasure(
            number: 7, value: try Rational(numerator: 25, denominator: 2), unit: "%", kind: .percent, approx: "约",
            lower: try Rational(numerator: 249, denominator: 20), upper: try Rational(numerator: 251, denominator: 20),
            decimals: 1, subject: "同比增长", section: "一/(二)", heading: "标题 › 小标题", paragraph: 3, start: 16,
            end: 21, report: "r", table: "t1", cell: CellPosition(row: 1, col: 2), text: text, rawBytes: raw,
            beforeBytes: try bytes("同比增长"), sentenceBytes: 0..<text.utf8.count
        )
        let measure = extracted.measure
        #expect(json(extracted) == json(measure))
        #expect(measure.id == "m7")
        #expect(measure.raw == "１２.5%")
        #expect(measure.before == "同比增长")
        #expect(measure.sentence == text)
        #expect(measure.subject == "同比增长")
        #expect(measure.heading == "标题 › 小标题")
        #expect(measure.approx == "约")
        #expect(measure.table == "t1")
        #expect(measure.cell == CellPosition(row: 1, col: 2))
        #expect(json(measure) == json(remade(measure)))
        #expect(json(measure).hasPrefix(#"{"id":"m7","value":12.5,"unit":"%","raw":"１２.5%""#))
    }

    /// Fields that do not fit the narrow storage (a `before` apart from `raw`, a cell past 65,532)
    /// make a measure of its own that reads back the same.
    @Test func fieldsThatDoNotFitMakeAMeasureAlone() throws {
        for (before, row) in [("全年受理", 1), ("同比增长", 70_000)] {
            let extracted = ExtractedMeasure(
                number: 7, value: try Rational(numerator: 25, denominator: 2), unit: "%", kind: .percent, approx: nil,
                lower: nil, upper: nil, decimals: 1, subject: "同比增长", section: "一", heading: "标题", paragraph: 3,
                start: 16, end: 21, report: "r", table: "t1", cell: CellPosition(row: row, col: 2), text: text,
                rawBytes: try bytes("１２.5%"), beforeBytes: try bytes(before), sentenceBytes: 0..<text.utf8.count
            )
            let measure = extracted.measure
            #expect(json(extracted) == json(measure))
            #expect(measure.raw == "１２.5%")
            #expect(measure.before == before)
            #expect(measure.sentence == text)
            #expect(measure.cell == CellPosition(row: row, col: 2))
            #expect(measure == remade(measure))
            #expect(json(measure) == json(remade(measure)))
        }
    }

    /// Numbers past the 15 bits a measure keeps of its id, as a report of more figures than that
    /// numbers them, stay in the measure and its detail rather than among the report's names (which
    /// 16 bits index, so a long report's later figures would each be kept alone): read back as made,
    /// and again once the report is compacted anew.
    @Test func idsPastFifteenBitsStayInTheMeasure() throws {
        let numbers = [7, 32_767, 32_768, 65_536, 100_000, (1 << 31) - 1]
        let extracted = try numbers.map { number in
            ExtractedMeasure(
                number: number, value: try Rational(numerator: 25, denominator: 2), unit: "%", kind: .percent,
                approx: nil, lower: nil, upper: nil, decimals: 1, subject: "同比增长", section: "一", heading: "标题",
                paragraph: 0, start: 16, end: 21, report: "r", table: nil, cell: nil, text: text,
                rawBytes: try bytes("１２.5%"), beforeBytes: try bytes("同比增长"), sentenceBytes: 0..<text.utf8.count)
        }
        var report = Report(id: "r", title: "", region: nil, year: nil, text: text, sections: [], measures: [])
        report.compact(adding: extracted)
        #expect(report.measures.map(\.id) == numbers.map { "m\($0)" })
        #expect(report.measures.map(\.idNumber) == numbers.map { Optional($0) })
        #expect(report.measures.allSatisfy { $0.texts.alone == nil })
        #expect(report.measures.allSatisfy { $0.texts.names.allSatisfy { !$0.hasPrefix("m") } })
        report.compact()
        #expect(report.measures.map(\.id) == numbers.map { "m\($0)" })
        #expect(report.measures.map(\.idNumber) == numbers.map { Optional($0) })
    }
}

import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportModel

/// A string with a `·` (a table figure's subject: its column's label `·` its row's) is kept as a
/// pair of two strings kept once, the labels before its last `·` and the one after it, and reads
/// back byte for byte.
struct PairedStringTests {
    private static let text = "项目 | 列甲 | 列乙\n行乙 | 1件 | 2件\n行丙 | 3件 | 4件\n"

    @Test func aSubjectOfLabelsIsAPairOfLabelsKeptOnce() {
        var text = Self.text
        text.withUTF8 { bytes in
            var builder = MeasureTextsBuilder(text: bytes)
            let subjects = ["列甲·行乙", "列乙·行乙", "列甲·行丙", "列乙·行丙", "总·列甲·行丙", "不在文中·行乙", "列甲·", "·行乙"]
            let indices = subjects.map { builder.stringIndex($0, joining: true) }
            let texts = builder.texts(text: Self.text)
            for (subject, index) in zip(subjects, indices) {
                let span = texts.strings[Int(index)]
                #expect(span.isPair)
                #expect(texts.string(span) == subject)
                subject.withUTF8Bytes { #expect(texts.span(span, reads: $0)) }
                (subject + "x").withUTF8Bytes { #expect(!texts.span(span, reads: $0)) }
                String(subject.dropLast()).withUTF8Bytes { #expect(!texts.span(span, reads: $0)) }
            }
            // Eight pairs, the pair 总·列甲 inside one, and each label once: 列甲, 列乙, 行乙, 行丙,
            // 总, 不在文中 and the empty one.
            #expect(texts.strings.count == 8 + 1 + 7)
            #expect(texts.joins.isEmpty)
            // Labels that stand in the text are spans of it; only 总 and 不在文中 are in the pool.
            #expect(texts.pool.count == "总不在文中".utf8.count)
        }
    }

    /// A govinfo report's table figures: every subject with a `·` is a pair, none is kept part by
    /// part, and each reads as extraction found it.
    @Test func aReportsTableSubjectsArePairs() throws {
        let url = MeasureStorageTests.fixtures.appendingPathComponent("baihe-county-govinfo-2023.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var uncompacted = MeasureStorageTests.Uncompacted()
        ReportExtractor.extract(text: text, id: "report", into: &uncompacted)
        var report = ReportExtractor.extract(text: text, id: "report")
        report.compact()
        let paired = report.measures.filter { $0.subject.contains("·") }
        #expect(paired.count > 20)
        // Each in its measure's own bits, none among the strings.
        #expect(paired.allSatisfy { $0.subjectSpan.isPair && $0.subjectIndex & Measure.subjectIsPair != 0 })
        let texts = try #require(report.measures.first?.texts)
        #expect(!paired.contains { subject in texts.strings.contains { texts.string($0) == subject.subject } })
        #expect(report.measures.map(\.subject) == uncompacted.measures.map(\.subject))
        #expect(
            report.measures.allSatisfy { measure in
                measure.subject.withUTF8Bytes { texts.span(measure.subjectSpan, reads: $0) }
            })
    }
}

import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A report of the genre written for the tests, with its figures, its non-figures and its audit
/// verdicts written down by hand; scored by precision and recall so a failure says how far off it is.
struct GenreFixture {
    let name: String
    let report: Report

    init(_ name: String) throws {
        self.name = name
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        let text = try ReportText.decode(Array(Data(contentsOf: url)))
        report = ReportExtractor.extract(text: text, id: name)
    }

    /// One expected figure, written `raw|value|unit|kind`, `raw|value|unit|kind|approx` or
    /// `raw|value|unit|kind|approx|lower…upper` (an empty approx is none; `null` an open end).
    /// Without the interval only the other fields are compared.
    struct Figure: CustomStringConvertible {
        var raw: String
        var value: String
        var unit: String
        var kind: String
        var approx: String?
        var interval: String?

        init?(line: String) {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard (4...6).contains(fields.count) else { return nil }
            (raw, value, unit, kind) = (fields[0], fields[1], fields[2], fields[3])
            approx = fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil
            interval = fields.count > 5 ? fields[5] : nil
        }

        init(_ measure: Measure) {
            (raw, value, unit, kind, approx) = (
                measure.raw, measure.value.description, measure.unit,
                measure.kind.rawValue, measure.approx
            )
            interval = "\(measure.lower?.description ?? "null")…\(measure.upper?.description ?? "null")"
        }

        /// Whether a found figure is this expected one (its interval too, when one is written).
        func matches(_ found: Figure) -> Bool {
            (raw, value, unit, kind, approx) == (found.raw, found.value, found.unit, found.kind, found.approx)
                && (interval == nil || interval == found.interval)
        }

        var description: String {
            [raw, value, unit, kind, approx ?? ""].joined(separator: "|") + (interval.map { "|" + $0 } ?? "")
        }
    }

    static func figures(_ lines: String) -> [Figure] {
        lines.split(separator: "\n").compactMap { Figure(line: String($0)) }
    }

    /// How many of the expected figures were found exactly (value, unit, kind and qualifier), in
    /// reading order, and what was missed or found in excess.
    struct Score: CustomStringConvertible {
        var expected: Int
        var found: Int
        var correct: Int
        var missed: [String]
        var extra: [String]

        var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
        var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }
        var isPerfect: Bool { correct == expected && correct == found }

        var description: String {
            let percent = { (value: Double) in String(format: "%.1f%%", value * 100) }
            return "precision \(percent(precision)) (\(correct)/\(found)), recall \(percent(recall)) (\(correct)/\(expected))"
                + (missed.isEmpty ? "" : "\n  missed or wrong: " + missed.joined(separator: "; "))
                + (extra.isEmpty ? "" : "\n  not expected: " + extra.joined(separator: "; "))
        }
    }

    func score(_ expected: [Figure]) -> Score {
        let found = report.measures.map(Figure.init)
        var used = Array(repeating: false, count: found.count)
        var next = 0
        var correct = 0
        var missed: [String] = []
        for figure in expected {
            let match =
                (next..<found.count).first { !used[$0] && found[$0].raw == figure.raw }
                ?? found.indices.first { !used[$0] && found[$0].raw == figure.raw }
            guard let index = match else {
                missed.append("\(figure) (not found)")
                continue
            }
            used[index] = true
            next = index + 1
            if figure.matches(found[index]) { correct += 1 } else { missed.append("\(figure) (got \(found[index]))") }
        }
        let extra = found.indices.filter { !used[$0] }.map { found[$0].description }
        return Score(expected: expected.count, found: found.count, correct: correct, missed: missed, extra: extra)
    }

    /// The words of `nonFigures` that a measure covers, even in part (each occurrence in the text).
    func measuredNonFigures(_ nonFigures: [String]) -> [String] {
        let scalars = Array(report.text.unicodeScalars)
        var hits: [String] = []
        for word in nonFigures {
            let needle = Array(word.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                let span = start..<(start + needle.count)
                if let measure = report.measures.first(where: { ($0.start..<$0.end).overlaps(span) }) {
                    hits.append("\(word) (as \(measure.raw))")
                }
            }
        }
        return hits
    }

    /// Whether each of the words is written in the (normalised) report text.
    func textContains(_ word: String) -> Bool {
        report.text.contains(word)
    }

    /// Every expected figure found exactly, and no other.
    func expectExactly(_ expected: [Figure], sourceLocation: SourceLocation = #_sourceLocation) {
        let score = score(expected)
        #expect(score.isPerfect, "\(score)", sourceLocation: sourceLocation)
    }

    /// No measure covers any of the words.
    func expectNotMeasured(_ nonFigures: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let hits = measuredNonFigures(nonFigures)
        #expect(hits.isEmpty, "\(hits)", sourceLocation: sourceLocation)
    }

    /// The audit gives exactly the expected rows (see `auditDifferences`).
    func expectVerdicts(_ lines: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let differences = auditDifferences(lines)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// Expected audit rows of percentages and funnels (checks rate, share, order), written
    /// `raw|verdict` or `raw|verdict|arithmetic`, in reading order; the rows that differ, with a
    /// first line counting the verdicts that are right. The tables' sums are held to no mismatch
    /// for every fixture (TableArithmeticTests).
    func auditDifferences(_ lines: String) -> [String] {
        let rows = Audit.run(reports: [report]).filter { [.rate, .share, .order].contains($0.check) }
        let expected = lines.split(separator: "\n").map {
            $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        }
        var used = Array(repeating: false, count: rows.count)
        var next = 0
        var differences: [String] = []
        var right = 0
        for fields in expected {
            let arithmetic = fields.count > 2 ? fields[2] : nil
            guard let index = (next..<rows.count).first(where: { !used[$0] && rows[$0].raw == fields[0] }) else {
                differences.append("\(fields.joined(separator: "|")): no row")
                continue
            }
            used[index] = true
            next = index + 1
            let row = rows[index]
            if row.verdict.rawValue == fields[1] && (arithmetic == nil || row.arithmetic == arithmetic) {
                right += 1
            } else {
                differences.append(
                    "\(fields.joined(separator: "|")): got \(row.verdict.rawValue)|\(row.arithmetic ?? "-") — "
                        + row.explanation)
            }
        }
        for index in rows.indices where !used[index] {
            differences.append("unexpected row \(rows[index].raw) \(rows[index].verdict.rawValue): \(rows[index].explanation)")
        }
        if !differences.isEmpty { differences.insert("verdicts right: \(right)/\(expected.count)", at: 0) }
        return differences
    }
}

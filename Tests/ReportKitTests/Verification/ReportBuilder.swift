@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Builds a report with hand-made measures for audit tests, until the extractor can make them:
/// offsets, sentences and sections are computed from the text the way the model defines them.
struct ReportBuilder {
    let id: String
    let text: String
    private let scalars: [Unicode.Scalar]
    private(set) var measures: [Measure] = []
    /// The section path given to the measures added next; by default each line is its own section.
    var sectionPath: String?
    private var searchFrom = 0

    init(id: String, text: String) {
        self.id = id
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    /// Adds the next occurrence of `raw` (after the previous measure) as a measure.
    mutating func add(
        _ raw: String, _ value: String, _ unit: String, _ kind: MeasureKind, subject: String,
        qualifiers: [String] = [], after anchor: String? = nil
    ) {
        if let anchor, let anchorStart = find(anchor, from: 0) { searchFrom = anchorStart }
        guard let start = find(raw, from: searchFrom) else { return }
        let end = start + raw.unicodeScalars.count
        searchFrom = end
        let decimals = value.split(separator: ".").dropFirst().first?.count ?? 0
        let rounded = kind != .count || decimals > 0
        let figure = StatedFigure(value: number(value), decimals: decimals, isRounded: rounded, qualifiers: qualifiers)
        let (lower, upper) = figure.interval
        measures.append(
            Measure(
                id: "m\(measures.count + 1)", value: number(value), unit: unit, raw: raw,
                kind: kind, approx: qualifiers.first, lower: lower, upper: upper,
                decimals: decimals, subject: subject, section: section(at: start),
                heading: "", sentence: sentence(at: start), paragraph: paragraph(at: start),
                before: before(start), start: start, end: end, report: id))
    }

    var report: Report {
        Report(id: id, title: id, region: nil, year: nil, text: text, sections: [], measures: measures)
    }

    private func find(_ needle: String, from offset: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, scalars.count >= pattern.count, offset <= scalars.count - pattern.count else { return nil }
        return (offset...(scalars.count - pattern.count)).first { start in
            Array(scalars[start..<(start + pattern.count)]) == pattern
        }
    }

    private func paragraph(at offset: Int) -> Int {
        scalars[..<offset].filter { $0 == "\n" }.count
    }

    private func before(_ offset: Int) -> String {
        var start = offset
        while start > 0, offset - start < Measure.beforeLength, scalars[start - 1] != "\n" { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<offset]))
    }

    private func sentence(at offset: Int) -> String {
        var start = offset
        while start > 0, !["。", "\n"].contains(scalars[start - 1]) { start -= 1 }
        var end = offset
        while end < scalars.count, scalars[end] != "\n" {
            end += 1
            if scalars[end - 1] == "。" { break }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    private func section(at offset: Int) -> String {
        sectionPath ?? "p\(scalars[..<offset].filter { $0 == "\n" }.count)"
    }
}

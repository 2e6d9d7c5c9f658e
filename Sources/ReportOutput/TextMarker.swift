import ReportModel

/// Walks a report's text from start to end, turning its lines (or a table row's cells) into HTML
/// with each measure marked at its offsets and each section's anchor where the section starts,
/// each exactly once. Offsets are in Unicode scalars, as the model's are.
struct TextMarker {
    let scalars: [Unicode.Scalar]
    private let measures: [Measure]
    private let sections: [Section]
    private let page: ReportSection
    private let sectionsByStart: [Int: Section]
    private var nextMeasure = 0
    private var nextSection = 0
    private var unplaced: [Measure] = []

    init(scalars: [Unicode.Scalar], measures: [Measure], sections: [Section], page: ReportSection) {
        self.scalars = scalars
        self.measures = measures.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.sections = sections.sorted { $0.start < $1.start }
        self.page = page
        sectionsByStart = Dictionary(sections.map { ($0.start, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The ranges of the text's lines, newlines left out.
    func lines() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            result.append(start..<index)
            start = index + 1
        }
        if start < scalars.count { result.append(start..<scalars.count) }
        return result
    }

    /// A table row's cells: the line split at ` | `, as flattened documents write tables. One
    /// range (the line) when it is not a row.
    func cells(in line: Range<Int>) -> [Range<Int>] {
        let separator: [Unicode.Scalar] = [" ", "|", " "]
        var result: [Range<Int>] = []
        var start = line.lowerBound, index = line.lowerBound
        while index + separator.count <= line.upperBound {
            if scalars[index..<index + separator.count].elementsEqual(separator) {
                result.append(start..<index)
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        result.append(start..<line.upperBound)
        return result
    }

    /// The section whose heading this line is: one starts at the line (after its indent) and the
    /// line holds little more than its marker and title. An item such as 一是 that opens a
    /// paragraph is no heading.
    func heading(of line: Range<Int>) -> Section? {
        let indent = scalars[line].prefix { $0.properties.isWhitespace }.count
        guard let section = sectionsByStart[line.lowerBound + indent] ?? sectionsByStart[line.lowerBound] else { return nil }
        let title = section.title.unicodeScalars.count
        return title > 0 && line.count - indent <= title + 8 ? section : nil
    }

    /// Anchors of the sections that start before `offset` and have none yet (they start on a
    /// blank line or between lines).
    mutating func pendingAnchors(before offset: Int) -> String {
        var html = ""
        while nextSection < sections.count, sections[nextSection].start < offset {
            html += anchor(sections[nextSection])
            nextSection += 1
        }
        return html
    }

    /// The text of `range` with the measures inside it marked and the anchors inside it placed.
    /// A measure that starts before the range (it overlaps another, or crosses a line) or ends
    /// after it is set aside for ``finish()``.
    mutating func render(_ range: Range<Int>) -> String {
        var html = ""
        var cursor = range.lowerBound
        while true {
            while nextMeasure < measures.count, measures[nextMeasure].start < cursor {
                unplaced.append(measures[nextMeasure])
                nextMeasure += 1
            }
            let measureStart =
                nextMeasure < measures.count && measures[nextMeasure].start < range.upperBound
                ? measures[nextMeasure].start : nil
            let sectionStart =
                nextSection < sections.count && sections[nextSection].start < range.upperBound
                ? max(sections[nextSection].start, cursor) : nil
            if let sectionStart, sectionStart <= measureStart ?? Int.max {
                html += text(cursor..<sectionStart) + anchor(sections[nextSection])
                nextSection += 1
                cursor = sectionStart
            } else if let measureStart {
                let measure = measures[nextMeasure]
                nextMeasure += 1
                guard measure.end <= range.upperBound, measure.end > measure.start else {
                    unplaced.append(measure)
                    continue
                }
                html += text(cursor..<measureStart) + page.mark(measure, text: text(measureStart..<measure.end, escaped: false))
                cursor = measure.end
            } else {
                break
            }
        }
        return html + text(cursor..<range.upperBound)
    }

    /// The measures that got no mark in the text, in reading order.
    mutating func finish() -> [Measure] {
        unplaced += measures[nextMeasure...]
        nextMeasure = measures.count
        return unplaced.sorted { $0.start < $1.start }
    }

    private func anchor(_ section: Section) -> String {
        "<span class=\"anchor\" id=\"\(page.anchor(section))\"></span>"
    }

    private func text(_ range: Range<Int>, escaped: Bool = true) -> String {
        let plain = String(String.UnicodeScalarView(scalars[range]))
        return escaped ? HTML.escape(plain) : plain
    }
}

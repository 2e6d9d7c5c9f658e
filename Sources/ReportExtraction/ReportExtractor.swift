import ReportModel

/// Turns the plain text of a report into its model: outline, figures, subjects, offsets.
public enum ReportExtractor {
    /// Works on any string: the text is normalised (LF line endings, no BOM; text copied from a PDF
    /// has its paragraphs rebuilt and its page numbers dropped, see ``PrintedLayout``) and every
    /// offset in the report refers to the normalised text, which the report carries.
    public static func extract(text rawText: String, id: String) -> Report {
        var normalised = ReportText.normalise(rawText)
        var text = ScalarText(normalised)
        if let unwrapped = PrintedLayout.unwrapped(text) {
            normalised = unwrapped
            text = ScalarText(unwrapped)
        }
        let lines = TextLines(text)
        let outline = Outline(text, lines: lines)
        let metadata = ReportMetadata(text: normalised)
        let figures = NumberScanner.figures(in: text, lines: lines)
        var grid = TableGrid(text, lines: lines)
        var tableLocator = SectionLocator(outline: outline)
        for (index, line) in grid.firstLines.enumerated() {
            grid.tables[index].section = tableLocator.locate(lines.ranges[line].lowerBound).path
        }
        var measures: [Measure] = []
        measures.reserveCapacity(figures.count)
        var locator = SectionLocator(outline: outline)
        var previousEnd = 0
        var previousLine = -1
        var previousSentence: (range: Range<Int>, text: String) = (0..<0, "")
        for figure in figures {
            guard let stated = figure.statedFigure else { continue }
            let lineIndex = lines.line(containing: figure.start) ?? 0
            let line = lines.ranges.isEmpty ? 0..<text.count : lines.ranges[lineIndex]
            if lineIndex != previousLine { previousEnd = line.lowerBound }
            var subject =
                figure.tableSubject
                ?? SubjectFinder.subject(in: text, figure: figure.start..<figure.end, previousFigureEnd: previousEnd, line: line)
            // 分别为12件、15件和20件: the later figures of a list count what the first one counts.
            if subject.isEmpty, let previous = measures.last, previous.unit == figure.unit, lineIndex == previousLine,
                SubjectFinder.onlyJoinsAList(text, previousEnd..<figure.start)
            {
                subject = previous.subject
            }
            let sentence =
                lines.tableRows[lineIndex] != nil
                ? line : Sentences.sentence(in: text, around: figure.start..<figure.end, line: line)
            if sentence != previousSentence.range {
                previousSentence = (sentence, text.trimmedString(sentence))
            }
            if figure.tableSubject == nil {
                subject = SubjectFinder.completed(subject, unit: figure.unit) {
                    measures.suffix(6).filter { $0.start >= sentence.lowerBound }
                }
            }
            let (section, heading) = locator.locate(figure.start)
            let (lower, upper) = figure.interval(of: stated)
            let place = grid.places[lineIndex]
            let column = lines.tableRows[lineIndex]?.column(containing: figure.start)
            measures.append(
                Measure(
                    id: "m\(measures.count + 1)", value: stated.value, unit: figure.unit,
                    raw: text.string(figure.start..<figure.end), kind: figure.kind,
                    approx: figure.qualifiers.isEmpty ? nil : figure.qualifiers.joined(),
                    lower: lower, upper: upper, decimals: figure.decimals, subject: subject,
                    section: section, heading: heading, sentence: previousSentence.text, paragraph: lineIndex,
                    before: text.string(max(line.lowerBound, figure.start - Measure.beforeLength)..<figure.start),
                    start: figure.start, end: figure.end, report: id,
                    table: place.map { grid.tables[$0.table].id },
                    cell: place.flatMap { place in column.map { CellPosition(row: place.row, col: $0) } }))
            previousEnd = figure.end
            previousLine = lineIndex
        }
        var report = Report(
            id: id, title: metadata.title, region: metadata.region, year: metadata.year,
            text: normalised, sections: outline.sections, measures: measures, tables: grid.tables)
        metadata.describe(&report)
        return report
    }
}

/// Finds the innermost section around an offset; offsets come in reading order, so it sweeps.
private struct SectionLocator {
    let outline: Outline
    private var next = 0
    /// The last section found and its heading: the measures of a section share one string.
    private var last: (index: Int, heading: String)?

    init(outline: Outline) {
        self.outline = outline
    }

    mutating func locate(_ offset: Int) -> (path: String, heading: String) {
        let sections = outline.sections
        while next < sections.count, sections[next].start <= offset { next += 1 }
        var candidate: Int? = next - 1 >= 0 ? next - 1 : nil
        while let index = candidate {
            if offset < sections[index].end { return (sections[index].path, heading(of: index)) }
            candidate = outline.parents[index]
        }
        return (Section.preamblePath, "")
    }

    private mutating func heading(of index: Int) -> String {
        if let last, last.index == index { return last.heading }
        let heading = outline.heading(of: index)
        last = (index, heading)
        return heading
    }
}

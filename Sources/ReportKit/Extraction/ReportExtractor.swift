/// Turns the plain text of a report into its model: outline, figures, subjects, offsets.
public enum ReportExtractor {
    /// Works on any string: the text is normalised (LF line endings, no BOM) and every offset in the
    /// report refers to the normalised text, which the report carries.
    public static func extract(text rawText: String, id: String) -> Report {
        let normalised = ReportText.normalise(rawText)
        let text = ScalarText(normalised)
        let lines = TextLines(text)
        let outline = Outline(text, lines: lines)
        let metadata = ReportMetadata(text: text, lines: lines)
        let figures = NumberScanner.figures(in: text, lines: lines)
        var measures: [Measure] = []
        measures.reserveCapacity(figures.count)
        var locator = SectionLocator(outline: outline)
        var previousEnd = 0
        var previousLine = -1
        for figure in figures {
            guard let stated = figure.statedFigure else { continue }
            let lineIndex = lines.line(containing: figure.start) ?? 0
            let line = lines.ranges.isEmpty ? 0..<text.count : lines.ranges[lineIndex]
            if lineIndex != previousLine { previousEnd = line.lowerBound }
            let subject = figure.tableSubject
                ?? SubjectFinder.subject(in: text, figure: figure.start..<figure.end, previousFigureEnd: previousEnd, line: line)
            let sentence = lines.tableRows[lineIndex] != nil
                ? line : Sentences.sentence(in: text, around: figure.start..<figure.end, line: line)
            let (section, heading) = locator.locate(figure.start)
            let (lower, upper) = stated.interval
            measures.append(Measure(
                id: "m\(measures.count + 1)", value: stated.value, unit: figure.unit,
                raw: text.string(figure.start..<figure.end), kind: figure.kind,
                approx: figure.qualifiers.isEmpty ? nil : figure.qualifiers.joined(),
                lower: lower, upper: upper, decimals: figure.decimals, subject: subject,
                section: section, heading: heading, sentence: text.string(sentence).trimmingSpaces,
                start: figure.start, end: figure.end, report: id))
            previousEnd = figure.end
            previousLine = lineIndex
        }
        return Report(id: id, title: metadata.title, region: metadata.region, year: metadata.year,
                      text: normalised, sections: outline.sections, measures: measures)
    }
}

/// Finds the innermost section around an offset; offsets come in reading order, so it sweeps.
private struct SectionLocator {
    let outline: Outline
    private var next = 0

    init(outline: Outline) {
        self.outline = outline
    }

    mutating func locate(_ offset: Int) -> (path: String, heading: String) {
        let sections = outline.sections
        while next < sections.count, sections[next].start <= offset { next += 1 }
        var index = next - 1
        while index >= 0 {
            if sections[index].start <= offset, offset < sections[index].end {
                return (sections[index].path, outline.headings[index])
            }
            index -= 1
        }
        return (Section.preamblePath, "")
    }
}

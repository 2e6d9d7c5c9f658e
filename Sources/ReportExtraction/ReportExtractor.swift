import ReportModel

/// Turns the plain text of a report into its model: outline, figures, subjects, offsets.
public enum ReportExtractor {
    /// Works on any string: the text is normalised (LF line endings, no BOM; text copied from a PDF
    /// has its paragraphs rebuilt and its page numbers dropped, see ``PrintedLayout``) and every
    /// offset in the report refers to the normalised text, which the report carries. The report
    /// is not compacted: a caller that holds many compacts them.
    public static func extract(text rawText: String, id: String) -> Report {
        var collector = ReportCollector(compacting: false)
        extract(text: rawText, id: id, into: &collector)
        return collector.reports[0]
    }

    /// The same, handed over as it is found: the report without its measures once its outline and
    /// tables are known, then each measure. `fileStem`, the name of the file the text was read
    /// from, gives the region, body, year and genre that the text leaves unsaid.
    public static func extract(
        text rawText: String, id: String, fileStem: String? = nil, into consumer: inout some ReportConsumer
    ) {
        var normalised = ReportText.normalise(rawText)
        var text = ScalarText(normalised)
        let lines: TextLines
        let lineRanges = TextLines.ranges(in: text)
        if let unwrapped = PrintedLayout.unwrapped(text, lines: lineRanges) {
            normalised = unwrapped
            text = ScalarText(unwrapped)
            lines = TextLines(text)
        } else {
            lines = TextLines(text, ranges: lineRanges)
        }
        let outline = Outline(text, lines: lines)
        let metadata = ReportMetadata(text: normalised)
        var grid = TableGrid(text, lines: lines)
        var tableLocator = SectionLocator(outline: outline, text: text)
        for (index, line) in grid.firstLines.enumerated() {
            grid.tables[index].section = tableLocator.locate(lines.ranges[line].lowerBound).path
        }
        var report = Report(
            id: id, title: metadata.title, region: metadata.region, year: metadata.year,
            text: normalised, sections: [], measures: [], tables: grid.tables)
        if let compact = CompactOutline(outline.sections, paths: outline.paths, text: normalised) {
            report.keep(compact)
        } else {
            report.sections = outline.materialised(text)
        }
        metadata.describe(&report)
        if let fileStem { ReportMetadata.fill(&report, fromFileName: fileStem) }
        consumer.begin(report)
        // The measures just before the current one: a subject left unsaid is completed from them.
        var recent: [SubjectFinder.Earlier] = []
        var count = 0
        var locator = SectionLocator(outline: outline, text: text)
        var previousEnd = 0
        var previousLine = -1
        // The sentence as a range of scalars and, trimmed, of the text's UTF-8.
        var previousSentence: (range: Range<Int>, bytes: Range<Int>) = (0..<0, 0..<0)
        var foundSentence: Sentences.Found?
        var scanner = NumberScanner(text: text, lines: lines)
        for scannedLine in lines.ranges.indices {
            for figure in scanner.figures(onLine: scannedLine) {
                guard let stated = figure.statedFigure else { continue }
                // A figure starts on the line scanned (its qualifiers are looked for within the line), the
                // one line whose bounds hold its start: the search over all lines only for any that did not.
                let scanned = lines.ranges[scannedLine]
                let lineIndex =
                    scanned.lowerBound <= figure.start && figure.start <= scanned.upperBound
                    ? scannedLine : lines.line(containing: figure.start) ?? 0
                let line = lines.ranges.isEmpty ? 0..<text.count : lines.ranges[lineIndex]
                if lineIndex != previousLine { previousEnd = line.lowerBound }
                var subject =
                    figure.tableSubject
                    ?? SubjectFinder.subject(
                        in: text, figure: figure.start..<figure.end, previousFigureEnd: previousEnd, line: line)
                // 分别为12件、15件和20件: the later figures of a list count what the first one counts.
                if subject.isEmpty, let previous = recent.last, previous.unit == figure.unit, lineIndex == previousLine,
                    SubjectFinder.onlyJoinsAList(text, previousEnd..<figure.start)
                {
                    subject = previous.subject
                }
                let tableRow = lines.tableRows[lineIndex]
                let sentence =
                    tableRow != nil
                    ? line
                    : Sentences.sentence(in: text, around: figure.start..<figure.end, line: line, after: &foundSentence)
                if sentence != previousSentence.range {
                    previousSentence = (sentence, text.utf8Range(text.trimmedRange(sentence)))
                }
                if figure.tableSubject == nil {
                    subject = SubjectFinder.completed(subject, unit: figure.unit) {
                        recent.suffix(recentCount).filter { $0.start >= sentence.lowerBound }
                    }
                }
                let (section, heading) = locator.locate(figure.start)
                let (lower, upper) = figure.interval(of: stated)
                let place = grid.places[lineIndex]
                let column = tableRow?.column(containing: figure.start)
                count += 1
                let rawBytes = text.utf8Range(figure.start..<figure.end)
                let beforeStart = text.utf8Offset(max(line.lowerBound, figure.start - Measure.beforeLength))
                let measure = ExtractedMeasure(
                    number: count, value: stated.value, unit: figure.unit, kind: figure.kind,
                    approx: figure.joinedQualifiers,
                    lower: lower, upper: upper, decimals: figure.decimals, subject: subject,
                    section: section, heading: heading, paragraph: lineIndex,
                    start: figure.start, end: figure.end, report: id,
                    table: place.map { grid.tables[$0.table].id },
                    cell: place.flatMap { place in column.map { CellPosition(row: place.row, col: $0) } },
                    text: normalised, rawBytes: rawBytes, beforeBytes: beforeStart..<rawBytes.lowerBound,
                    sentenceBytes: previousSentence.bytes)
                consumer.add(extracted: measure)
                // Dropped a batch at a time: shifting the array at every measure cost an eighth as much as
                // finding its subject.
                if recent.count == 2 * recentCount { recent.removeFirst(recentCount) }
                recent.append(SubjectFinder.Earlier(subject: subject, unit: figure.unit, start: figure.start))
                previousEnd = figure.end
                previousLine = lineIndex
            }
        }
        consumer.end()
    }

    /// How many measures back a subject is looked for (the figures of one sentence); `recent` keeps
    /// up to twice as many.
    private static let recentCount = 6
}

/// Finds the innermost section around an offset; offsets come in reading order, so it sweeps.
private struct SectionLocator {
    let outline: Outline
    let text: ScalarText
    private var next = 0
    /// The last section found, its path and its heading: the measures of a section share them.
    private var found: (index: Int, path: String, heading: String)?
    /// The headings of the last section found and of its ancestors, outermost first: the measures
    /// of a section share one string, and a section's heading is its parent's and its own title
    /// (building each from the top cost as much as writing it).
    private var chain: [(index: Int, heading: String)] = []

    init(outline: Outline, text: ScalarText) {
        self.outline = outline
        self.text = text
    }

    mutating func locate(_ offset: Int) -> (path: String, heading: String) {
        let sections = outline.sections
        while next < sections.count, sections[next].start <= offset { next += 1 }
        var candidate: Int? = next - 1 >= 0 ? next - 1 : nil
        while let index = candidate {
            if offset < sections[index].end { return pathAndHeading(of: index) }
            candidate = outline.parent(of: index)
        }
        return (Section.preamblePath, "")
    }

    private mutating func pathAndHeading(of index: Int) -> (path: String, heading: String) {
        if let found, found.index == index { return (found.path, found.heading) }
        let (path, heading) = (outline.path(of: index), heading(of: index))
        found = (index, path, heading)
        return (path, heading)
    }

    /// The titles from the top down to a section, joined by ` › `. Built when a measure asks for
    /// it, not for every section: most sections hold no figure, and their headings were the
    /// biggest strings the extraction kept.
    private mutating func heading(of index: Int) -> String {
        if let known = chain.lastIndex(where: { $0.index == index }) { return chain[known].heading }
        guard let parent = outline.parent(of: index) else {
            let title = outline.title(of: index, text: text)
            chain = [(index, title)]
            return title
        }
        let parentHeading = heading(of: parent)
        // Made in one allocation, the title appended from the text: joining with + made two
        // strings and the title a third.
        let title = outline.sections[index].titleBytes
        var heading = ""
        heading.reserveCapacity(parentHeading.utf8.count + Outline.headingSeparator.utf8.count + title.count)
        heading.append(parentHeading)
        heading.append(Outline.headingSeparator)
        text.append(utf8: title, to: &heading)
        // The parent is in the chain now; what follows it is another branch.
        if let parentPosition = chain.lastIndex(where: { $0.index == parent }) {
            chain.removeSubrange((parentPosition + 1)...)
        }
        chain.append((index, heading))
        return heading
    }
}

/// Rebuilds a document from `pdftotext -layout` output, which keeps the printed page: lines
/// broken at the page's width (Chinese lines wrap mid-word, with no space), pages separated by a
/// form feed, page numbers (`— 1 —`, `-1-`, `第1页 共5页`) and running headers and footers on
/// every page, and table cells placed in columns by runs of spaces.
enum PDFLayout {
    /// A line this close to the widest (in display cells) is full: the paragraph runs on. Justified
    /// lines with Latin digits in them, which are narrower than their cells, fall short by up to
    /// four Chinese characters.
    private static let fullLineSlack = 8
    private static let sentenceEnders: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "：", ":", "；"]

    private struct Line {
        var text: String
        var indent: Int
        var width: Int
        /// Whether a page ended between the line before and this one.
        var afterPageBreak: Bool
        var afterBlank: Bool
    }

    static func document(_ output: String) -> Document {
        let pages = output.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingTrailingSpaces }
        }
        let kept = dropFurniture(pages)
        var lines: [Line] = []
        var pageBreak = false
        var blank = false
        for (pageIndex, page) in kept.enumerated() {
            if pageIndex > 0 { pageBreak = true }
            for text in page {
                guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                    blank = true
                    continue
                }
                let indent = text.unicodeScalars.prefix { $0 == " " }.count
                lines.append(
                    Line(text: text, indent: indent, width: displayWidth(text), afterPageBreak: pageBreak, afterBlank: blank))
                pageBreak = false
                blank = false
            }
        }
        var blocks: [Document.Block] = []
        var textRun: [Line] = []
        var index = 0
        while index < lines.count {
            let tableEnd = tableRegionEnd(lines, from: index)
            if tableEnd > index + 1 {
                blocks += paragraphs(textRun)
                textRun.removeAll()
                blocks.append(.table(table(lines[index..<tableEnd].map(\.text))))
                index = tableEnd
            } else {
                textRun.append(lines[index])
                index += 1
            }
        }
        blocks += paragraphs(textRun)
        var title: String? = nil
        if case .paragraph(let first) = blocks.first, first.count <= 60, !first.contains("。") { title = first }
        return Document(title: title, blocks: blocks)
    }

    // MARK: Page furniture

    /// Pages without their page numbers and without the lines that open or close most pages the
    /// same way (a running header `随州市人民政府文件`, a footer with the page's number in it).
    private static func dropFurniture(_ pages: [[String]]) -> [[String]] {
        let numbered = pages.map { page in page.filter { !isPageNumber($0) } }
        guard numbered.count >= 2 else { return numbered }
        func edge(_ page: [String], fromTop: Bool) -> String? {
            let visible = page.filter { !$0.trimmingWhitespace.isEmpty }
            return (fromTop ? visible.first : visible.last).map(runningKey)
        }
        var topCounts: [String: Int] = [:]
        var bottomCounts: [String: Int] = [:]
        for page in numbered {
            if let top = edge(page, fromTop: true) { topCounts[top, default: 0] += 1 }
            if let bottom = edge(page, fromTop: false) { bottomCounts[bottom, default: 0] += 1 }
        }
        let needed = max(2, (numbered.count + 1) / 2)
        return numbered.map { page in
            var page = page
            if let top = edge(page, fromTop: true), topCounts[top, default: 0] >= needed, top.count <= 60,
                let at = page.firstIndex(where: { !$0.trimmingWhitespace.isEmpty })
            {
                page.remove(at: at)
            }
            if let bottom = edge(page, fromTop: false), bottomCounts[bottom, default: 0] >= needed, bottom.count <= 60,
                let at = page.lastIndex(where: { !$0.trimmingWhitespace.isEmpty })
            {
                page.remove(at: at)
            }
            return page
        }
    }

    /// A running line with its page number and spacing taken out, so that every page's copy is the same.
    private static func runningKey(_ line: String) -> String {
        String(
            String.UnicodeScalarView(
                line.unicodeScalars.filter { !$0.properties.isWhitespace }.map {
                    ("0"..."9").contains($0) ? "#" : $0
                }))
    }

    private static let dashes: Set<Unicode.Scalar> = ["-", "—", "－", "–", "―", "─", "·"]

    /// `— 1 —`, `-1-`, `1`, `第1页`, `第 1 页 共 5 页`, `1/5`, `Page 1 of 5`.
    static func isPageNumber(_ line: String) -> Bool {
        let scalars = line.unicodeScalars.filter { !$0.properties.isWhitespace }
        guard !scalars.isEmpty, scalars.count <= 16 else { return false }
        let digits = scalars.filter { ("0"..."9").contains($0) }.count
        guard digits > 0, digits <= 4 else { return false }
        let others = scalars.filter { !("0"..."9").contains($0) }
        if others.isEmpty || others.allSatisfy({ dashes.contains($0) }) { return true }
        let lowered = String(String.UnicodeScalarView(others)).lowercased()
        if lowered == "pageof" || lowered == "page" { return true }
        return others.allSatisfy { "第页共/".unicodeScalars.contains($0) } && others.contains { $0 == "页" || $0 == "/" }
    }

    // MARK: Paragraphs

    /// Lines joined into paragraphs: a paragraph ends where a line stops short of the page's
    /// width, and a new one starts where a line is indented or follows a blank line on the same page.
    private static func paragraphs(_ lines: [Line]) -> [Document.Block] {
        guard !lines.isEmpty else { return [] }
        let margin = lines.map(\.indent).min() ?? 0
        let fullWidth = typicalWidth(lines.map(\.width))
        var blocks: [Document.Block] = []
        var current: [String] = []
        var previous: Line? = nil
        for line in lines {
            if let before = previous {
                let full = fullWidth.map { before.width >= $0 - fullLineSlack } ?? false
                let lastScalar = before.text.unicodeScalars.last
                let runsOn =
                    full && !(lastScalar.map { sentenceEnders.contains($0) } ?? false && line.indent > margin + 1)
                    && line.indent <= margin + 1 && !(line.afterBlank && !line.afterPageBreak)
                if !runsOn {
                    blocks.append(.paragraph(InlineText.joined(current)))
                    current.removeAll()
                }
            }
            current.append(InlineText.collapsed(line.text))
            previous = line
        }
        if !current.isEmpty { blocks.append(.paragraph(InlineText.joined(current))) }
        return blocks
    }

    /// The width most lines are broken at: the largest shared, within the slack, by three lines.
    private static func typicalWidth(_ widths: [Int]) -> Int? {
        let sorted = widths.sorted(by: >)
        for (index, candidate) in sorted.enumerated() {
            let near = sorted[index...].prefix { $0 >= candidate - fullLineSlack }.count
            if near >= 3 { return candidate }
        }
        return nil
    }

    /// Display cells: Chinese characters and full-width forms take two, as pdftotext lays them out,
    /// and so do the quotes, dashes and ellipses that a Chinese font draws full-width.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        InlineText.isWide(scalar) || (0x2014...0x2026).contains(scalar.value)
    }

    // MARK: Tables

    /// A line's words (runs of text between spaces), where each starts (pdftotext places every
    /// character, Chinese or not, in one column of its grid), and whether a cell gap comes before
    /// it: two spaces or more, or in a table one space after a Chinese character, since Chinese is
    /// written without spaces and pdftotext leaves only one between cells set close.
    private static func words(_ text: String, inTable: Bool) -> [(start: Int, text: String, opensCell: Bool)] {
        var words: [(start: Int, text: String, opensCell: Bool)] = []
        var current = String.UnicodeScalarView()
        var spaces = 0
        var previous: Unicode.Scalar? = nil
        for (column, scalar) in text.unicodeScalars.enumerated() {
            if scalar == " " {
                spaces += 1
                continue
            }
            if spaces > 0 || current.isEmpty {
                if !current.isEmpty { words[words.count - 1].text = String(current) }
                // `申请数量 12`: a number after Chinese text with one space between is a cell of its own.
                let wideGap =
                    inTable && spaces == 1 && previous.map(InlineText.isWide) == true
                    && (InlineText.isWide(scalar) || ("0"..."9").contains(scalar))
                words.append((column, "", words.isEmpty || spaces >= 2 || wideGap))
                current = String.UnicodeScalarView()
            }
            spaces = 0
            current.append(scalar)
            previous = scalar
        }
        if !current.isEmpty, !words.isEmpty { words[words.count - 1].text = String(current) }
        return words
    }

    /// A line's cells: its words joined up to each cell gap.
    private static func segments(_ text: String, inTable: Bool = false) -> [(start: Int, text: String)] {
        cells(words(text, inTable: inTable)) { $0.opensCell }
    }

    private static func cells(
        _ words: [(start: Int, text: String, opensCell: Bool)],
        opens: ((start: Int, text: String, opensCell: Bool)) -> Bool
    ) -> [(start: Int, text: String)] {
        var cells: [(start: Int, text: String)] = []
        for word in words {
            if cells.isEmpty || opens(word) {
                cells.append((word.start, word.text))
            } else {
                cells[cells.count - 1].text += " " + word.text
            }
        }
        return cells
    }

    /// Where a table that starts at `start` ends: lines of two cells or more, at least two of
    /// them, with a line of one cell among them when it continues a cell of the row above.
    private static func tableRegionEnd(_ lines: [Line], from start: Int) -> Int {
        guard segments(lines[start].text).count >= 2 else { return start }
        var end = start + 1
        while end < lines.count {
            let count = segments(lines[end].text).count
            if count >= 2 { end += 1; continue }
            // One cell, then a row again: a cell's second line, or a label merged over the rows around it.
            if count == 1, end + 1 < lines.count, segments(lines[end + 1].text).count >= 2 {
                end += 1
                continue
            }
            break
        }
        let rows = lines[start..<end].filter { segments($0.text).count >= 2 }.count
        return rows >= 2 ? end : start
    }

    /// Cells put in the columns their starts line up with; a line that fills only a few columns
    /// and states no figure continues the cells of the row above.
    private static func table(_ lines: [String]) -> DocumentTable {
        let lineWords = lines.map { words($0, inTable: true) }
        // Columns start where cells of two lines or more start; one space before such a start
        // is a cell gap too (`行政规范性文件 22`).
        var startLines: [Int: Int] = [:]
        for words in lineWords {
            for start in Set(cells(words) { $0.opensCell }.map(\.start)) { startLines[start, default: 0] += 1 }
        }
        var starts: [Int] = []
        var support: [Int] = []
        for start in startLines.keys.sorted() {
            if let last = starts.last, start - last <= 1 {
                support[support.count - 1] += startLines[start] ?? 0
                continue
            }
            starts.append(start)
            support.append(startLines[start] ?? 0)
        }
        let shared = zip(starts, support).filter { $0.1 >= 2 }.map(\.0)
        if shared.count >= 2 { starts = shared }
        func column(_ start: Int) -> Int {
            starts.lastIndex { $0 <= start + 1 } ?? 0
        }
        let lineSegments = lineWords.map { words in
            cells(words) { word in word.opensCell || starts.contains { abs($0 - word.start) <= 1 } }
        }
        var rows: [[String]] = []
        for segments in lineSegments {
            var row = Array(repeating: "", count: starts.count)
            for segment in segments {
                row[column(segment.start)] = InlineText.joined([row[column(segment.start)], segment.text])
            }
            let filled = row.filter { !$0.isEmpty }
            let statesFigure = filled.contains { $0.unicodeScalars.contains { ("0"..."9").contains($0) } }
            if let last = rows.indices.last, filled.count * 2 < starts.count, !statesFigure, row[0].isEmpty {
                for (index, text) in row.enumerated() where !text.isEmpty {
                    rows[last][index] = InlineText.joined([rows[last][index], text])
                }
            } else {
                rows.append(row)
            }
        }
        return DocumentTable(rows: mergedLabelsMoved(rows).map { $0.map { DocumentTable.Cell($0) } })
    }

    /// A label merged over several rows is printed once, in the middle of them, on a line of its
    /// own (`三、本年度办理结果` beside `（一）予以公开` and `（二）部分公开`). It goes to the first row
    /// of its group, whose first cell is empty like the rest of the group's, as a merged cell's
    /// text sits in the first of its rows.
    private static func mergedLabelsMoved(_ rows: [[String]]) -> [[String]] {
        var rows = rows
        var index = 1
        while index + 1 < rows.count {
            let labelOnly = !rows[index][0].isEmpty && rows[index].dropFirst().allSatisfy(\.isEmpty)
            let groupAround =
                rows[index - 1][0].isEmpty && rows[index + 1][0].isEmpty
                && rows[index - 1].dropFirst().contains { !$0.isEmpty } && rows[index + 1].dropFirst().contains { !$0.isEmpty }
            guard labelOnly, groupAround else {
                index += 1
                continue
            }
            var first = index - 1
            while first > 0, rows[first - 1][0].isEmpty, rows[first - 1].dropFirst().contains(where: { !$0.isEmpty }) {
                first -= 1
            }
            rows[first][0] = rows[index][0]
            rows.remove(at: index)
        }
        return rows
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var scalars = unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

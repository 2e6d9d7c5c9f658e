import ReportModel

/// One line of a table flattened into text (`数量 | 75件 | 16件`): its cells, and the headers and
/// units that give a bare number in a cell its meaning. A line of labels heads the lines of figures
/// below it; a caption line before it may state the unit (`单位：万元`), and so may a 单位 column.
struct TableRow {
    var cells: [Range<Int>]
    var isHeader: Bool
    var rowLabel: String
    /// The cells that name the row; none when every cell is a figure (a review/litigation table's
    /// one data row under two header rows has no name column: its first cell counts too).
    var nameColumns: Range<Int> = 0..<1
    var rowUnit: UnitLexicon.Unit?
    var columnLabels: [String]
    var columnUnits: [UnitLexicon.Unit?]
    var captionUnit: UnitLexicon.Unit?

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "|" || scalar == "｜" }
    private static let serialLabels: Set<String> = ["序号", "编号", "排名", "序", "No.", "no."]

    /// Whether a line is written as table cells (`数量 | 75件 | 16件`, or cells between tabs).
    static func looksLikeRow(_ text: ScalarText, _ line: Range<Int>) -> Bool {
        line.contains { isSeparator(text.scalars[$0]) } || hasInnerTab(text, line)
    }

    /// A tab between two cells' text, as a browser copies a table's row; a tab that only indents
    /// the line is no cell gap.
    private static func hasInnerTab(_ text: ScalarText, _ line: Range<Int>) -> Bool {
        guard let first = line.first(where: { !text.scalars[$0].isSpace }) else { return false }
        var sawTab = false
        for index in first..<line.upperBound {
            let scalar = text.scalars[index]
            if scalar == "\t" { sawTab = true } else if sawTab, !scalar.isSpace { return true }
        }
        return false
    }

    func column(containing offset: Int) -> Int? {
        var low = 0, high = cells.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if offset < cells[middle].lowerBound {
                high = middle - 1
            } else if offset >= cells[middle].upperBound {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }

    /// Whether bare numbers in this column are figures (not the row labels or a serial column).
    func countsBareNumbers(inColumn column: Int) -> Bool {
        guard !isHeader, !nameColumns.contains(column), column > 0 || nameColumns.isEmpty else { return false }
        return column >= columnLabels.count || !Self.isSerialLabel(columnLabels[column])
    }

    /// A label of ``serialLabels``, or one equal to it as text: longer labels (most of them) are
    /// passed without hashing them, which normalises them first. Every label there is three scalars
    /// at most, and a text equal to one has no more scalars, each at most 4 bytes.
    private static func isSerialLabel(_ label: String) -> Bool {
        label.utf8.count <= 12 && serialLabels.contains(label)
    }

    func subject(column: Int) -> String {
        let columnLabel = column < columnLabels.count ? columnLabels[column] : ""
        if columnLabel.isEmpty { return rowLabel }
        return rowLabel.isEmpty ? columnLabel : columnLabel + "·" + rowLabel
    }

    /// The unit of a bare number in `column`: the column's header, the row's, or the caption's.
    func unit(column: Int) -> UnitLexicon.Unit? {
        (column < columnUnits.count ? columnUnits[column] : nil) ?? rowUnit ?? captionUnit
    }

    /// Header labels that name the unit of each row (`项目 | 单位 | 2023年`): that column's cells are
    /// units, not labels.
    private static let unitColumnLabels: Set<String> = ["单位", "计量单位", "统计单位"]

    /// Whether a cell of the line starts at `offset` (a sign there belongs to the number after it).
    func cellStarts(at offset: Int) -> Bool {
        cells.contains { $0.lowerBound == offset }
    }

    /// Furniture lines (a page number between two pages of one table) neither end a table nor
    /// belong to it.
    static func rows(in text: ScalarText, lines: [Range<Int>], furniture: [Bool]) -> [Int: TableRow] {
        var rows: [Int: TableRow] = [:]
        // spans: whether the header row as written left cells empty under a spanning label.
        var header: (labels: [String], units: [UnitLexicon.Unit?], unitColumn: Int?, spans: Bool)? = nil
        var captionUnit: UnitLexicon.Unit? = nil
        // The first cell of the row before: a row whose first cell is empty is under it (a merged
        // cell, 三、本年度办理结果, flattened into the first of its rows only).
        var groupLabel = ""
        // A line of tab-separated cells is a row only beside another: one tab in prose is layout.
        // Most lines are prose, with neither a bar nor a tab: one pass finds which, and only the
        // others are looked at again (the passes for each cost a twelfth of the extraction).
        let marks = lines.map { cellMarks(text, $0) }
        let tabbed = lines.indices.map { index in
            !furniture[index] && !marks[index].hasBar && marks[index].hasTab && hasInnerTab(text, lines[index])
        }
        for (index, line) in lines.enumerated() where !furniture[index] {
            let byTabs = tabbed[index] && (index > 0 && tabbed[index - 1] || index + 1 < lines.count && tabbed[index + 1])
            let cells = (byTabs ? marks[index].hasTab : marks[index].hasBar) ? split(text, line, byTabs: byTabs) : []
            guard cells.count >= 2 else {
                header = nil
                if line.contains(where: { !text.scalars[$0].isSpace }) {
                    captionUnit = line.count < 60 && mentionsUnit(text, line) ? statedUnit(text.string(line)) : nil
                }
                continue
            }
            // A rule under the header (|---|:---:|, as Markdown writes tables) is neither header nor data.
            if cells.allSatisfy({ cell in !cell.isEmpty && cell.allSatisfy { "-:—－ ".unicodeScalars.contains(text.scalars[$0]) } }
            ) {
                continue
            }
            let labels = cells.map { label(text.string($0)) }
            // Any row of labels heads the rows below it, and a later one replaces it: the first line
            // of cells is often a caption (`表2 | 行政复议案件情况`), or one of two header rows.
            if !cells.dropFirst().contains(where: { isFigureCell(text, $0) }) {
                let unitColumn = labels.firstIndex { unitColumnLabels.contains($0.text) }
                var texts = labels.map(\.text)
                var units = labels.map(\.unit)
                if let above = header, rows[index - 1]?.isHeader == true,
                    above.spans || texts.contains(where: \.isEmpty)
                {
                    (texts, units) = underSpans(texts, units, above: above.labels, aboveUnits: above.units)
                }
                header = (texts, units, unitColumn, labels.contains { $0.text.isEmpty })
                captionUnit = statedUnit(text.string(line)) ?? captionUnit
                rows[index] = TableRow(
                    cells: cells, isHeader: true, rowLabel: labels[0].text, rowUnit: labels[0].unit,
                    columnLabels: [], columnUnits: [], captionUnit: captionUnit)
                continue
            }
            // The row's name is its first cell that is not a number (a serial column comes first).
            let namedAt = cells.firstIndex { !isFigureCell(text, $0) }
            let labelIndex = namedAt ?? 0
            // Label cells side by side name the row together (三、本年度办理结果 | （一）予以公开).
            var nameParts: [String] = []
            var nameEnd = labelIndex
            while nameEnd < cells.count, !isFigureCell(text, cells[nameEnd]), nameEnd == labelIndex || nameEnd < 3,
                nameEnd == labelIndex || nameEnd != header?.unitColumn
            {
                nameParts.append(labels[nameEnd].text)
                nameEnd += 1
            }
            if labelIndex == 0, nameParts.first?.isEmpty == true { nameParts[0] = groupLabel }
            if labelIndex == 0, let first = nameParts.first { groupLabel = first }
            let rowName = nameParts.filter { !$0.isEmpty }.joined(separator: "·")
            var rowUnit = labels[labelIndex].unit ?? labels[0].unit
            if let unitColumn = header?.unitColumn, unitColumn < cells.count {
                rowUnit = UnitLexicon.unit(named: text.string(cells[unitColumn])) ?? rowUnit
            }
            rows[index] = TableRow(
                cells: cells, isHeader: false, rowLabel: namedAt == nil ? "" : rowName,
                nameColumns: namedAt == nil ? 0..<0 : labelIndex..<nameEnd, rowUnit: rowUnit, columnLabels: header?.labels ?? [],
                columnUnits: header?.units ?? [], captionUnit: captionUnit)
        }
        return rows
    }

    /// A header row right under another, either with empty cells (行政复议 |  |  | 行政诉讼, then
    /// 结果维持 | 结果纠正 | …): the row above spans the columns up to its next label, so each label
    /// below is under it (行政诉讼·结果维持), and an empty cell below is the label above. A third row
    /// goes under the two merged above it. Two full rows (a caption 表2 | 行政复议案件情况, then
    /// 项目 | 单位 | 2023年) replace each other instead.
    private static func underSpans(
        _ labels: [String], _ units: [UnitLexicon.Unit?], above: [String],
        aboveUnits: [UnitLexicon.Unit?]
    ) -> ([String], [UnitLexicon.Unit?]) {
        var merged = labels
        var mergedUnits = units
        var span = ""
        for column in 0..<max(labels.count, above.count) {
            if column < above.count, !above[column].isEmpty { span = above[column] }
            let own = column < labels.count ? labels[column] : ""
            let joined = [span, own].filter { !$0.isEmpty }.joined(separator: "·")
            if column < merged.count { merged[column] = joined } else { merged.append(joined) }
            let unit = (column < units.count ? units[column] : nil) ?? (column < aboveUnits.count ? aboveUnits[column] : nil)
            if column < mergedUnits.count { mergedUnits[column] = unit } else { mergedUnits.append(unit) }
        }
        return (merged, mergedUnits)
    }

    /// A cell that holds a figure: it starts with a digit or a signed digit, and is not a year or
    /// date label (`2023年`, `1-6月`), which heads a column, nor a numbered label (`1.属于国家秘密`,
    /// `2、重复申请`), which names a row.
    static func isFigureCell(_ text: ScalarText, _ cell: Range<Int>) -> Bool {
        guard var index = cell.first else { return false }
        if let sign = text[index], sign == "-" || sign == "−" || sign == "－" || sign == "+" { index += 1 }
        guard text[index]?.arabicDigit != nil else { return false }
        while index < cell.upperBound, let scalar = text[index], scalar.arabicDigit != nil || scalar == "-" { index += 1 }
        guard index < cell.upperBound, let after = text[index] else { return true }
        if after == "、" { return false }
        if after == "." || after == "．", index + 1 < cell.upperBound, text[index + 1]?.arabicDigit == nil { return false }
        return !(LexicalTraps.dateSuffixes.contains(after) || after == "季")
    }

    /// Whether a line holds a bar (| or ｜) and whether it holds a tab.
    private static func cellMarks(_ text: ScalarText, _ line: Range<Int>) -> (hasBar: Bool, hasTab: Bool) {
        // Most lines hold neither: they are passed over eight scalars at a time.
        guard let first = text.scalars.firstIndex(of: ("|", "｜", "\t"), in: line) else { return (false, false) }
        var (hasBar, hasTab) = (false, false)
        for index in first..<line.upperBound {
            switch text.scalars[index] {
            case "|", "｜": hasBar = true
            case "\t": hasTab = true
            default: continue
            }
        }
        return (hasBar, hasTab)
    }

    /// The cells of a line that holds a separator: tabs when `byTabs`, bars otherwise.
    private static func split(_ text: ScalarText, _ line: Range<Int>, byTabs: Bool) -> [Range<Int>] {
        let separates: (Unicode.Scalar) -> Bool = byTabs ? { $0 == "\t" } : isSeparator
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where separates(text.scalars[index]) {
            cells.append(trimmed(text, start..<index))
            start = index + 1
        }
        cells.append(trimmed(text, start..<line.upperBound))
        // Markdown opens and closes a line with a pipe (| a | b |); an empty cell at the start of a
        // flattened row ( | （二）部分公开 | 11) is a merged cell of the row above, and keeps the
        // columns in place.
        let isMarkdown =
            line.count > 1 && isSeparator(text.scalars[line.lowerBound])
            && isSeparator(text.scalars[line.upperBound - 1])
        if isMarkdown, cells.count > 2, let first = cells.first, first.isEmpty, let last = cells.last, last.isEmpty {
            cells.removeFirst()
            cells.removeLast()
        } else if let last = cells.last, last.isEmpty {
            cells.removeLast()
        }
        return cells
    }

    private static func trimmed(_ text: ScalarText, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text.scalars[lower].isSpace { lower += 1 }
        while upper > lower, text.scalars[upper - 1].isSpace { upper -= 1 }
        return lower..<upper
    }

    private static func mentionsUnit(_ text: ScalarText, _ line: Range<Int>) -> Bool {
        line.contains { text.scalars[$0] == "单" && text[$0 + 1] == "位" }
    }

    /// `数量（件）` → (数量, 件); `占比(%)` → (占比, %); `本年制发件数` → (本年制发件数, 件): a header
    /// that counts a measure word (件数, 人数, 户数) names the unit of its cells, and so does one that
    /// names a count of cases (本年处理决定数量, 案件) or a share (占新受理数比例, 结案率).
    static func label(_ cell: String) -> (text: String, unit: UnitLexicon.Unit?) {
        let scalars = Array(cell.unicodeScalars)
        if scalars.count >= 3, scalars[scalars.count - 1] == "数",
            let unit = UnitLexicon.unit(named: String(scalars[scalars.count - 2])), unit.kind == .count
        {
            return (cell, unit)
        }
        if mayEndWithImpliedUnitWord(scalars), let word = impliedUnits.first(where: { cell.hasSuffix($0.key) }),
            let unit = UnitLexicon.unit(named: word.value)
        {
            return (cell, unit)
        }
        guard let last = scalars.last, last == ")" || last == "）",
            let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" })
        else { return (cell, nil) }
        let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))
        let name = String(String.UnicodeScalarView(scalars[..<open])).trimmingSpaces
        let unitWord = inner.hasPrefix("单位") ? String(inner.unicodeScalars.dropFirst(3)) : inner
        guard let unit = UnitLexicon.unit(named: unitWord) else { return (cell, nil) }
        return (name, unit)
    }

    /// Header words that imply the unit of the cells under them.
    private static let impliedUnits: [String: String] = ["数量": "件", "案件": "件", "比例": "%", "占比": "%", "比重": "%", "率": "%"]

    /// Whether the cell may end with a word of ``impliedUnits`` as text compares them (by canonical
    /// equivalence): a last scalar that stands for itself alone (ASCII, a unified ideograph, a
    /// fullwidth sign) and ends no such word rules them all out. Comparing as text cost more than
    /// the rest of reading a header.
    private static func mayEndWithImpliedUnitWord(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let last = scalars.last else { return false }
        let standsForItselfAlone =
            last.isASCII || (0x4E00...0x9FFF).contains(last.value) || (0xFF01...0xFF5E).contains(last.value)
        return !standsForItselfAlone || impliedUnitEnds.contains(last)
    }

    private static let impliedUnitEnds = Set(impliedUnits.keys.compactMap(\.unicodeScalars.last))

    /// The unit a caption states: `单位：万元`, `（单位:件）`.
    static func statedUnit(_ line: String) -> UnitLexicon.Unit? {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count < 60,
            let at = (0..<max(0, scalars.count - 2)).first(where: { scalars[$0] == "单" && scalars[$0 + 1] == "位" })
        else { return nil }
        var index = at + 2
        while index < scalars.count, [":", "：", " ", "　"].contains(scalars[index]) { index += 1 }
        var end = index
        while end < scalars.count, ![")", "）", "】", " ", "，", ",", "；", "|", "｜"].contains(scalars[end]) { end += 1 }
        return UnitLexicon.unit(named: String(String.UnicodeScalarView(scalars[index..<end])))
    }
}

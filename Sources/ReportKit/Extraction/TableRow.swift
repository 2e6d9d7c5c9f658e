/// One line of a table flattened into text (`数量 | 75件 | 16件`): its cells, and the headers and
/// units that give a bare number in a cell its meaning. The first line of a run of table lines is
/// the header row; a caption line before it may state the unit (`单位：万元`).
struct TableRow {
    var cells: [Range<Int>]
    var isHeader: Bool
    var rowLabel: String
    var rowUnit: UnitLexicon.Unit?
    var columnLabels: [String]
    var columnUnits: [UnitLexicon.Unit?]
    var captionUnit: UnitLexicon.Unit?

    private static let separators: Set<Unicode.Scalar> = ["|", "｜"]
    private static let serialLabels: Set<String> = ["序号", "编号", "排名", "序", "No.", "no."]

    func column(containing offset: Int) -> Int? {
        cells.firstIndex { $0.lowerBound <= offset && offset < $0.upperBound }
    }

    /// Whether bare numbers in this column are figures (not the row labels or a serial column).
    func countsBareNumbers(inColumn column: Int) -> Bool {
        guard !isHeader, column > 0 else { return false }
        return column >= columnLabels.count || !Self.serialLabels.contains(columnLabels[column])
    }

    func subject(column: Int) -> String {
        let columnLabel = column < columnLabels.count ? columnLabels[column] : ""
        return [columnLabel, rowLabel].filter { !$0.isEmpty }.joined(separator: "·")
    }

    /// The unit of a bare number in `column`: the column's header, the row's, or the caption's.
    func unit(column: Int) -> UnitLexicon.Unit? {
        (column < columnUnits.count ? columnUnits[column] : nil) ?? rowUnit ?? captionUnit
    }

    static func rows(in text: ScalarText, lines: [Range<Int>]) -> [Int: TableRow] {
        var rows: [Int: TableRow] = [:]
        var header: (labels: [String], units: [UnitLexicon.Unit?])? = nil
        var captionUnit: UnitLexicon.Unit? = nil
        for (index, line) in lines.enumerated() {
            let cells = split(text, line)
            guard cells.count >= 2 else {
                header = nil
                if line.contains(where: { !text.scalars[$0].properties.isWhitespace }) {
                    captionUnit = statedUnit(text.string(line))
                }
                continue
            }
            let labels = cells.map { label(text.string($0)) }
            if header == nil {
                header = (labels.map(\.text), labels.map(\.unit))
                captionUnit = captionUnit ?? statedUnit(text.string(line))
                rows[index] = TableRow(cells: cells, isHeader: true, rowLabel: labels[0].text, rowUnit: labels[0].unit,
                                       columnLabels: [], columnUnits: [], captionUnit: captionUnit)
                continue
            }
            rows[index] = TableRow(cells: cells, isHeader: false, rowLabel: labels[0].text, rowUnit: labels[0].unit,
                                   columnLabels: header?.labels ?? [], columnUnits: header?.units ?? [],
                                   captionUnit: captionUnit)
        }
        return rows
    }

    private static func split(_ text: ScalarText, _ line: Range<Int>) -> [Range<Int>] {
        guard line.contains(where: { separators.contains(text.scalars[$0]) }) else { return [] }
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where separators.contains(text.scalars[index]) {
            cells.append(trimmed(text, start..<index))
            start = index + 1
        }
        cells.append(trimmed(text, start..<line.upperBound))
        if let first = cells.first, first.isEmpty { cells.removeFirst() }
        if let last = cells.last, last.isEmpty { cells.removeLast() }
        return cells
    }

    private static func trimmed(_ text: ScalarText, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text.scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, text.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower..<upper
    }

    /// `数量（件）` → (数量, 件); `占比(%)` → (占比, %).
    private static func label(_ cell: String) -> (text: String, unit: UnitLexicon.Unit?) {
        let scalars = Array(cell.unicodeScalars)
        guard let last = scalars.last, last == ")" || last == "）",
              let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return (cell, nil) }
        let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))
        let name = String(String.UnicodeScalarView(scalars[..<open])).trimmingSpaces
        let unitWord = inner.hasPrefix("单位") ? String(inner.unicodeScalars.dropFirst(3)) : inner
        guard let unit = UnitLexicon.unit(named: unitWord) else { return (cell, nil) }
        return (name, unit)
    }

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

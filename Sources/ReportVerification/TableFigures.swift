import ReportModel

/// One table of a report prepared for its arithmetic: the figure stated in each data cell and the
/// labels of each data row and column, read from the model alone.
struct TableFigures {
    let table: ReportTable
    /// The data rows and columns, in order.
    let dataRows: [Int]
    let dataCols: [Int]
    /// The labels over each data row and column, outermost first (`三、本年度办理结果`, `（七）总计`).
    let rowPaths: [Int: [String]]
    let colPaths: [Int: [String]]
    /// The place in ``measures`` of the one figure stated in each cell, or −1 for a cell with two
    /// (`5（3）`): places, not copies of the measures, which retained each one's texts.
    private let figures: [CellPosition: Int32]
    /// The figures of the table's cells, every kind, in reading order.
    let measures: [Measure]
    /// ``TableIdentity/template(_:)`` of the table, worked out once: the audit's identities and
    /// repeats and the indicators each ask for it.
    private(set) var templateIdentity: TableIdentity?

    init(table: ReportTable, measures: [Measure]) {
        self.table = table
        self.measures = measures
        var rowPaths: [Int: [String]] = [:]
        var colPaths: [Int: [String]] = [:]
        // A line's labels are read at its first cell; which lines have been is told by their
        // numbers, not by hashing each cell's into the dictionaries.
        var rowSeen: [Bool] = [], colSeen: [Bool] = []
        for cell in table.cells where table.isData(cell) {
            if Self.isFirst(cell.row, &rowSeen) { rowPaths[cell.row] = Self.components(cell.rowPath) }
            if Self.isFirst(cell.col, &colSeen) { colPaths[cell.col] = Self.components(cell.colPath) }
        }
        self.rowPaths = rowPaths
        self.colPaths = colPaths
        dataRows = rowPaths.keys.sorted()
        dataCols = colPaths.keys.sorted()
        // Room for every figure at once: growing the table hashed every cell again.
        var figures: [CellPosition: Int32] = [:]
        figures.reserveCapacity(measures.count)
        for (index, measure) in measures.enumerated() where measure.table == table.id {
            guard let cell = measure.cell else { continue }
            if figures.updateValue(Int32(index), forKey: cell) != nil { figures[cell] = -1 }
        }
        self.figures = figures
        templateIdentity = TableIdentity.template(self)
    }

    /// Whether line `number` is met for the first time, marking it met.
    private static func isFirst(_ number: Int, _ seen: inout [Bool]) -> Bool {
        if number >= seen.count { seen.append(contentsOf: repeatElement(false, count: number + 1 - seen.count)) }
        defer { seen[number] = true }
        return !seen[number]
    }

    /// The one count or amount stated in the cell; nil for a cell with none, or with two figures.
    func figure(row: Int, col: Int) -> Measure? {
        guard let index = figures[CellPosition(row: row, col: col)], index >= 0 else { return nil }
        let measure = measures[Int(index)]
        return measure.kind == .count || measure.kind == .amount ? measure : nil
    }

    /// A path's labels.
    private static func components(_ path: String) -> [String] {
        path.isEmpty ? [] : path.pieces(separatedBy: TableCell.pathSeparator)
    }

    // MARK: Labels

    /// Whether a label names a total of the cells beside it, and which: 小计 sums a part of what
    /// 合计 or 总计 sums.
    static func totalKind(_ label: String?) -> String? {
        guard let label else { return nil }
        if label.containsWord("小计") { return "小计" }
        if label.containsWord("合计") || label.containsWord("总计") { return "合计" }
        return nil
    }

    /// The leading marker of an outline-numbered label: `一、本年新收…` → `一`, `（七）总计` →
    /// `（七）`, `4.保护第三方合法权益` → `4`; nil for a label with none (`商业企业`).
    static func marker(_ label: String) -> String? {
        // Most labels have none, which their first scalar tells without copying them.
        let scalars = label.unicodeScalars
        guard let first = scalars.first, first == "（" || first == "(" || isNumeral(first) else { return nil }
        // A marker is in the label's first 5 scalars, and its text is cut from the label's: only
        // those are read, and nothing is made of scalars (either cost more than the rest).
        if first == "（" || first == "(" {
            let inner = scalars.index(after: scalars.startIndex)
            var index = inner
            // The bracket closes after the first scalar inside it and by the fifth of the label.
            for position in 1...4 where index < scalars.endIndex {
                if scalars[index] == "）" || scalars[index] == ")" {
                    return position > 1 ? "（" + String(scalars[inner..<index]) + "）" : nil
                }
                index = scalars.index(after: index)
            }
            return nil
        }
        var end = scalars.startIndex
        var numerals = 0
        while end < scalars.endIndex, numerals < 3, Self.isNumeral(scalars[end]) {
            end = scalars.index(after: end)
            numerals += 1
        }
        guard numerals > 0, end < scalars.endIndex, ["、", ".", "．"].contains(scalars[end]) else { return nil }
        return String(scalars[..<end])
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || chineseNumerals.contains(scalar)
    }

    private static let chineseNumerals = Array("一二三四五六七八九十".unicodeScalars)

    /// A short name for a row or column below `parent`: its outline markers run together when every
    /// label has one (`三（七）`, `（三）4`), else its last label (`商业企业`).
    static func shortName(_ path: [String], below parent: [String] = []) -> String {
        let own = Array(path.dropFirst(parent.count))
        let markers = own.compactMap(marker)
        if !own.isEmpty, markers.count == own.count { return markers.joined() }
        return own.last ?? path.last ?? ""
    }

    static func joined(_ path: [String]) -> String {
        path.joined(separator: TableCell.pathSeparator)
    }
}

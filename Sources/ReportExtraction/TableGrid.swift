import ReportModel

/// The tables of a report, built from its runs of table rows (`数量 | 75件 | 16件`): the grid, the
/// header rows and columns, the merged cells a flattened table leaves empty, and each cell's labels.
///
/// A flattened table keeps a merged cell's text in its first position only and leaves the others
/// empty. In the header rows an empty cell after a label is under that label's span when labels
/// stand below it (行政复议 |  |  | 行政诉讼 over 结果维持 | 结果纠正 | …), and otherwise continues the
/// label above (总计 over two header rows). In the label columns an empty cell after a label in the
/// same row continues it (一、本年新收… |  | 86), and otherwise the label above (三、本年度办理结果 over
/// its rows （一）予以公开, （二）部分公开, …).
struct TableGrid {
    /// Where a line of the text stands in the tables: which table and which row.
    struct Place {
        var table: Int
        var row: Int
    }

    var tables: [ReportTable] = []
    /// The first line of each table, for its section.
    var firstLines: [Int] = []
    var places: [Int: Place] = [:]

    init(_ text: ScalarText, lines: TextLines) {
        for group in Self.groups(text, lines) {
            let index = tables.count
            for (row, line) in group.enumerated() { places[line] = Place(table: index, row: row) }
            tables.append(Self.table(id: "t\(index + 1)", text, lines: lines, group: group))
            firstLines.append(group[0])
        }
    }

    /// Runs of table rows; a header row after data rows starts another table (two tables with no
    /// line between them). A rule under a Markdown header (|---|---|) is in the run but no row.
    private static func groups(_ text: ScalarText, _ lines: TextLines) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        var sawData = false
        for index in lines.ranges.indices where !lines.isFurniture[index] {
            guard let row = lines.tableRows[index] else {
                if !current.isEmpty, TableRow.looksLikeRow(text, lines.ranges[index]) { continue }
                if !current.isEmpty { groups.append(current) }
                current = []
                sawData = false
                continue
            }
            if row.isHeader, sawData {
                groups.append(current)
                current = []
                sawData = false
            }
            current.append(index)
            sawData = sawData || !row.isHeader
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    private static func table(id: String, _ text: ScalarText, lines: TextLines, group: [Int]) -> ReportTable {
        let rows = group.compactMap { lines.tableRows[$0] }
        let texts = rows.map { row in row.cells.map { text.string($0) } }
        let columnCount = texts.map(\.count).max() ?? 0
        let headerRows = rows.prefix { $0.isHeader }.count
        let dataRows = rows.dropFirst(headerRows)
        let headerCols = dataRows.map(\.nameColumns).filter { !$0.isEmpty }.map(\.upperBound).min() ?? 0
        let grid = (0..<rows.count).map { row in
            (0..<columnCount).map { col in col < texts[row].count ? texts[row][col] : "" }
        }
        // owners[row][col]: the position of the cell that covers it.
        var owners: [[CellPosition]] = []
        for row in 0..<grid.count {
            var ownerRow: [CellPosition] = []
            for col in 0..<columnCount {
                let own = CellPosition(row: row, col: col)
                let left = col > 0 ? ownerRow[col - 1] : nil
                let leftIsLabelOfThisRow = left.map { $0.row == row && !grid[$0.row][$0.col].isEmpty } ?? false
                if !grid[row][col].isEmpty {
                    ownerRow.append(own)
                } else if row < headerRows {
                    let labelBelow = row + 1 < headerRows && !grid[row + 1][col].isEmpty
                    if let left, leftIsLabelOfThisRow, row == 0 || labelBelow {
                        ownerRow.append(left)
                    } else if row > 0 {
                        ownerRow.append(owners[row - 1][col])
                    } else {
                        ownerRow.append(own)
                    }
                } else if col < headerCols {
                    if let left, leftIsLabelOfThisRow {
                        ownerRow.append(left)
                    } else if row > headerRows, owners[row - 1][col].col < headerCols {
                        ownerRow.append(owners[row - 1][col])
                    } else {
                        ownerRow.append(own)
                    }
                } else {
                    ownerRow.append(own)
                }
            }
            owners.append(ownerRow)
        }
        // The labels of a header path's cells, each cell once: a path is a few cells long, so each
        // is looked for among those before it, and the path is written as it is read (a set and an
        // array made for every cell, then joined, cost more than the rest of making the table).
        func labels(_ count: Int, _ position: (Int) -> CellPosition) -> String {
            var path = ""
            for index in 0..<count {
                let cell = position(index)
                let label = grid[cell.row][cell.col]
                guard !label.isEmpty, !(0..<index).contains(where: { position($0) == cell }) else { continue }
                if !path.isEmpty { path += TableCell.pathSeparator }
                path += label
            }
            return path
        }
        var farthest: [CellPosition: CellPosition] = [:]
        for row in owners.indices {
            for col in 0..<columnCount {
                let reach = farthest[owners[row][col]] ?? owners[row][col]
                farthest[owners[row][col]] = CellPosition(row: max(reach.row, row), col: max(reach.col, col))
            }
        }
        var cells = TableCellBatch()
        for row in 0..<grid.count {
            for col in 0..<columnCount where owners[row][col] == CellPosition(row: row, col: col) {
                let reach = farthest[owners[row][col]] ?? owners[row][col]
                let rowSpan = reach.row - row + 1
                let colSpan = reach.col - col + 1
                let rowPath = labels(min(headerCols, col < headerCols ? col + 1 : headerCols)) { owners[row][$0] }
                let colPath = labels(min(headerRows, row < headerRows ? row + 1 : headerRows)) { owners[$0][col] }
                cells.append(
                    row: row, col: col, rowSpan: rowSpan, colSpan: colSpan, text: grid[row][col], rowPath: rowPath,
                    colPath: colPath)
            }
        }
        return ReportTable(
            id: id, section: "", title: title(before: group[0], text, lines: lines), rows: grid.count,
            cols: columnCount, headerRows: headerRows, headerCols: headerCols, cells: cells.cells)
    }

    /// The caption: the line just before the table when it is short and not a sentence of prose.
    private static func title(before first: Int, _ text: ScalarText, lines: TextLines) -> String {
        var index = first - 1
        while index >= 0, lines.isFurniture[index] || text.trimmedString(lines.ranges[index]).isEmpty { index -= 1 }
        guard index >= 0, lines.tableRows[index] == nil, !TableRow.looksLikeRow(text, lines.ranges[index]) else { return "" }
        let caption = text.trimmedString(lines.ranges[index])
        guard caption.unicodeScalars.count <= 80, !caption.hasSuffix("。") else { return "" }
        return caption
    }
}

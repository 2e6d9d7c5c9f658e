import ReportModel

/// An identity between the numbered rows of a table, as the table states it:
/// `本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和` is 一 + 二 = 三 + 四 in every column.
struct TableIdentity {
    /// The row numbers on each side (`一`, `二` = `三`, `四`).
    var left: [String]
    var right: [String]
    /// The words that state it.
    var text: String

    /// The identity stated in the table's caption or its header cells (the template writes it in
    /// the top-left cell).
    static func stated(in table: ReportTable) -> TableIdentity? {
        let texts = [table.title] + table.cells.filter { !table.isData($0) }.map(\.text)
        for text in texts where text.containsWord("勾稽") {
            guard let equals = text.firstRange(of: "等于") else { continue }
            let left = items(in: String(text[..<equals.lowerBound])), right = items(in: String(text[equals.upperBound...]))
            guard !left.isEmpty, !right.isEmpty else { continue }
            let start = text.firstIndex(of: "第") ?? text.startIndex
            let end = text.ranges(of: "之和").last?.upperBound ?? text.endIndex
            return TableIdentity(left: left, right: right, text: String(text[start..<max(start, end)]))
        }
        return nil
    }

    /// The numbers of `第一项`, `第二项`, … in order.
    private static func items(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var items: [String] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "第" else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, "一二三四五六七八九十".unicodeScalars.contains(scalars[end]) { end += 1 }
            if end > index + 1, end < scalars.count, scalars[end] == "项" {
                items.append(String(String.UnicodeScalarView(scalars[(index + 1)..<end])))
            }
            index = end
        }
        return items
    }

    /// The data row that item `number` stands for: the row numbered `一、`, or, when rows under it
    /// are numbered too (三、本年度办理结果 over （一）…（七）), the total among them.
    static func row(numbered number: String, in figures: TableFigures) -> Int? {
        row(numbered: number, in: figures, markers: markers(of: figures))
    }

    /// The number each data row's label leads with (``TableFigures/marker(_:)``), in the order of
    /// `dataRows`: read once for all the items of an identity, not once an item.
    static func markers(of figures: TableFigures) -> [String?] {
        figures.dataRows.map { TableFigures.marker(figures.rowPaths[$0]?.first ?? "") }
    }

    /// ``row(numbered:in:)`` with the rows' `markers` already read.
    static func row(numbered number: String, in figures: TableFigures, markers: [String?]) -> Int? {
        let rows = zip(figures.dataRows, markers).filter { $0.1 == number }.map(\.0)
        if rows.count == 1 { return rows[0] }
        let totals = rows.filter { row in
            let path = figures.rowPaths[row] ?? []
            return path.count == 2 && TableFigures.totalKind(path.last) == "合计"
        }
        return totals.count == 1 ? totals[0] : nil
    }
}

import ReportModel

/// The sources `tables` and `cells`: the reports' tables, and their data cells with the figure
/// each states, so that `cells | where col_path ~ "商业企业" | sum value` adds a column.
extension Evaluator {
    static let tableColumns = ["id", "report", "section", "title", "rows", "cols"]
    static let cellColumns = ["table", "row", "col", "row_path", "col_path", "raw", "value", "unit", "measure", "report"]

    func tablesTable() -> Table {
        Table(
            columns: Self.tableColumns,
            rows: reports.flatMap { report in
                report.tables.map { table in
                    [
                        .string(table.id), .string(report.id), .string(table.section), .string(table.title),
                        .number(Rational(table.rows)), .number(Rational(table.cols)),
                    ]
                }
            })
    }

    /// Data cells only: the header cells are in every cell's paths. A cell's value, unit and
    /// measure are its figure's; null when it states none, or two (`5（3）`).
    func cellsTable() -> Table {
        Table(
            columns: Self.cellColumns,
            rows: reports.flatMap { report -> [[Value]] in
                var figures: [String: [CellPosition: [Measure]]] = [:]
                for measure in report.measures {
                    if let table = measure.table, let cell = measure.cell {
                        figures[table, default: [:]][cell, default: []].append(measure)
                    }
                }
                return report.tables.flatMap { table in
                    table.cells.filter(table.isData).map { cell -> [Value] in
                        let stated = figures[table.id]?[cell.position] ?? []
                        let figure = stated.count == 1 ? stated[0] : nil
                        return [
                            .string(table.id), .number(Rational(cell.row)), .number(Rational(cell.col)),
                            .string(cell.rowPath), .string(cell.colPath), .string(cell.text),
                            figure.map { Value.stated($0.value, isPercent: $0.kind == .percent) } ?? .null,
                            figure.map { Value.string($0.unit) } ?? .null, figure.map { Value.string($0.id) } ?? .null,
                            .string(report.id),
                        ]
                    }
                }
            })
    }
}

import ReportModel

extension Evaluator {
    /// `chart [VALUE] [by LABEL]`: the label, the value and its bar, one row each, so the table
    /// renderer aligns labels by display width and other modes keep the numbers. VALUE defaults
    /// to a numeric `value` column, else the last numeric one; LABEL to the first other column
    /// that is not numeric.
    func chart(
        _ table: Table, value valueField: Field?, label labelField: Field?,
        at range: SourceRange
    ) throws(Diagnostic) -> Table {
        let valueIndex: Int
        if let valueField {
            valueIndex = try column(valueField, in: table)
        } else if let numeric = table.columns.firstIndex(of: "value").flatMap({ Self.isNumeric(column: $0, of: table) ? $0 : nil }
        )
            ?? table.columns.indices.last(where: { Self.isNumeric(column: $0, of: table) })
        {
            valueIndex = numeric
        } else {
            throw Diagnostic("'chart' found no numeric column; name one, as in chart value by subject", at: range)
        }
        var values: [Rational?] = []
        for row in table.rows {
            switch row[valueIndex] {
            case .number(let number, _, _): values.append(number)
            case .null: values.append(nil)
            case let other:
                throw Diagnostic(
                    "'chart' needs numbers in '\(table.columns[valueIndex])', got \(other.text)",
                    at: valueField?.range ?? range)
            }
        }
        let labelIndex: Int?
        if let labelField {
            labelIndex = try column(labelField, in: table)
        } else {
            let others = table.columns.indices.filter { $0 != valueIndex }
            labelIndex = others.first { !Self.isNumeric(column: $0, of: table) } ?? others.first
        }
        let bars = BarChart.bars(for: values)
        let rows = table.rows.enumerated().map { index, row -> [Value] in
            let label = labelIndex.map { row[$0] } ?? .number(Rational(index + 1))
            return [label, row[valueIndex], .string(bars[index])]
        }
        let labelName = labelIndex.map { table.columns[$0] } ?? "row"
        return Table(columns: [labelName, table.columns[valueIndex], "bar"], rows: rows)
    }

    private static func isNumeric(column index: Int, of table: Table) -> Bool {
        var sawNumber = false
        for row in table.rows {
            switch row[index] {
            case .number: sawNumber = true
            case .null: continue
            default: return false
            }
        }
        return sawNumber
    }
}

/// The tables in the model JSON, written both ways (a `JSONValue` tree and bytes) with the same
/// members in the same order, as ``Report/json`` and ``Report/writeJSON(to:)`` are.
extension ReportTable {
    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("section", .string(section)),
            ("title", .string(title)),
            ("rows", .integer(rows)),
            ("cols", .integer(cols)),
            ("header_rows", .integer(headerRows)),
            ("header_cols", .integer(headerCols)),
            ("cells", .array(cells.map(\.json))),
        ])
    }

    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.raw("{\"id\":")
        writer.string(id)
        writer.raw(",\"section\":")
        writer.string(section)
        writer.raw(",\"title\":")
        writer.string(title)
        writer.raw(",\"rows\":")
        writer.integer(rows)
        writer.raw(",\"cols\":")
        writer.integer(cols)
        writer.raw(",\"header_rows\":")
        writer.integer(headerRows)
        writer.raw(",\"header_cols\":")
        writer.integer(headerCols)
        writer.raw(",\"cells\":[")
        for (index, cell) in cells.enumerated() {
            if index > 0 { writer.raw(",") }
            cell.writeJSON(to: &writer)
        }
        writer.raw("]}")
    }
}

extension TableCell {
    public var json: JSONValue {
        .object([
            ("row", .integer(row)),
            ("col", .integer(col)),
            ("row_span", .integer(rowSpan)),
            ("col_span", .integer(colSpan)),
            ("text", .string(text)),
            ("row_path", .string(rowPath)),
            ("col_path", .string(colPath)),
        ])
    }

    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.raw("{\"row\":")
        writer.integer(row)
        writer.raw(",\"col\":")
        writer.integer(col)
        writer.raw(",\"row_span\":")
        writer.integer(rowSpan)
        writer.raw(",\"col_span\":")
        writer.integer(colSpan)
        writer.raw(",\"text\":")
        writer.string(text)
        writer.raw(",\"row_path\":")
        writer.string(rowPath)
        writer.raw(",\"col_path\":")
        writer.string(colPath)
        writer.raw("}")
    }
}

extension CellPosition {
    public var json: JSONValue {
        .object([("row", .integer(row)), ("col", .integer(col))])
    }

    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.raw("{\"row\":")
        writer.integer(row)
        writer.raw(",\"col\":")
        writer.integer(col)
        writer.raw("}")
    }
}

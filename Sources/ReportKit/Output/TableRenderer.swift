/// A boxed-free aligned table: numbers right-aligned, text left-aligned, widths in display cells.
public enum TableRenderer {
    public static func render(_ table: Table) -> String {
        let cells = table.rows.map { $0.map { singleLine($0.text) } }
        var widths = table.columns.map(DisplayWidth.of)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        let numeric = table.columns.indices.map { index in
            table.rows.contains { $0[index].isNumeric } && table.rows.allSatisfy { row in
                if case .null = row[index] { return true }
                return row[index].isNumeric
            }
        }
        func line(_ texts: [String]) -> String {
            let padded = texts.enumerated().map { index, text in
                pad(text, to: widths[index], right: numeric[index])
            }
            return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }
        var output = line(table.columns) + "\n"
        output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { output += line(row) + "\n" }
        output += "(\(table.rows.count) \(table.rows.count == 1 ? "row" : "rows"))\n"
        return output
    }

    static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return right ? padding + text : text + padding
    }

    static func singleLine(_ text: String) -> String {
        text.replacing("\n", with: "⏎").replacing("\t", with: " ")
    }
}

/// CSV per RFC 4180 (fields with the separator, quotes or line breaks are quoted, quotes doubled);
/// TSV the same way with a tab.
public enum DelimitedRenderer {
    public static func render(_ table: Table, separator: Character) -> String {
        var output = table.columns.map { quote($0, separator: separator) }.joined(separator: String(separator)) + "\n"
        for row in table.rows {
            output += row.map { quote($0.text, separator: separator) }.joined(separator: String(separator)) + "\n"
        }
        return output
    }

    public static func quote(_ field: String, separator: Character) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}

/// A GitHub-flavoured Markdown table; `|` in cells is escaped.
public enum MarkdownRenderer {
    public static func render(_ table: Table) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { TableRenderer.singleLine($0).replacing("|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        var output = line(table.columns)
        output += "|" + table.columns.indices.map { index in
            table.rows.allSatisfy({ $0[index].isNumeric }) && !table.rows.isEmpty ? " ---: |" : " --- |"
        }.joined() + "\n"
        for row in table.rows { output += line(row.map(\.text)) }
        return output
    }
}

import ReportLanguage

/// One field per line, `name = value` with the names right-aligned, rows apart by a blank line
/// (sqlite3's `.mode line`): for one wide row, which a table would cut.
public enum LineRenderer {
    public static func render(_ table: Table, nullText: String = "") -> String {
        let width = table.columns.map(DisplayWidth.of).max() ?? 0
        return table.rows.map { row in
            zip(table.columns, row).map { name, value in
                let text: String
                if case .null = value { text = nullText } else { text = value.text }
                let line = TableRenderer.pad(name, to: width, right: true) + " = " + text
                return String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
            }.joined()
        }.joined(separator: "\n")
    }
}

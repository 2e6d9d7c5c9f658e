import ReportLanguage

/// A boxed-free aligned table: numbers right-aligned, text left-aligned, widths in display cells.
public enum TableRenderer {
    /// - Parameters:
    ///   - width: the terminal's width: text columns are then cut with `…` (by display width) so
    ///     that rows fit, the longest first; columns that cannot fit even so are left out, from the
    ///     right, and the row count says how many. A column that holds the meaning of its row
    ///     (``wrappedColumns``) is wrapped onto more lines instead of cut. Nil (not a terminal)
    ///     never cuts anything.
    ///   - colour: a bold header and a dim row count.
    ///   - nullText: what a null shows as: nothing, as in sqlite3, unless `.nullvalue` says otherwise.
    ///   - hiddenColumns: columns left out for reading (``Table/forReading``), which the row count names.
    public static func render(
        _ table: Table, width: Int? = nil, colour: Bool = false, nullText: String = "",
        hiddenColumns: Int = 0
    ) -> String {
        var columns = table.columns
        var cells = table.rows.map {
            $0.map { value in
                if case .null = value { return singleLine(nullText) }
                return singleLine(value.text)
            }
        }
        var widths = columns.map(DisplayWidth.of)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        var wrapped: Int?
        var numeric = columns.indices.map { index in
            table.rows.contains { $0[index].isNumeric }
                && table.rows.allSatisfy { row in
                    if case .null = row[index] { return true }
                    return row[index].isNumeric
                }
        }
        if let width {
            let floors = columns.indices.map { index in
                numeric[index] ? widths[index] : min(widths[index], max(DisplayWidth.of(columns[index]), minimumTextWidth))
            }
            var shown = columns.count
            while shown > 1 && floors.prefix(shown).reduce(2 * (shown - 1), +) > width { shown -= 1 }
            columns = Array(columns.prefix(shown))
            numeric = Array(numeric.prefix(shown))
            widths = fit(Array(widths.prefix(shown)), into: width, cuttable: numeric.map(!), floors: floors)
            wrapped = columns.indices.first { !numeric[$0] && wrappedColumns.contains(columns[$0]) }
            cells = cells.map { row in row.prefix(shown).enumerated().map { $0 == wrapped ? $1 : cut($1, to: widths[$0]) } }
        }
        func line(_ texts: [String]) -> String {
            let padded = texts.enumerated().map { index, text in
                pad(text, to: widths[index], right: numeric[index])
            }
            var text = spaced(padded)
            while text.last == " " { text.removeLast() }
            return text
        }
        let header = line(columns.enumerated().map { cut($1, to: widths[$0]) })
        var output = (colour ? TerminalColour.bold(header) : header) + "\n"
        output += spaced(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells {
            guard let wrapped else {
                output += line(row) + "\n"
                continue
            }
            for (index, piece) in wrap(row[wrapped], to: widths[wrapped]).enumerated() {
                var texts = index == 0 ? row : row.map { _ in "" }
                texts[wrapped] = piece
                output += line(texts) + "\n"
            }
        }
        var count = "(\(table.rows.count) \(table.rows.count == 1 ? "row" : "rows")"
        if columns.count < table.columns.count {
            count += "; \(columns.count) of \(table.columns.count) columns fit: select the others, or .mode csv"
        }
        if hiddenColumns > 0 { count += "; \(hiddenColumns) more columns: .columns all shows them" }
        count += ")"
        output += (colour ? TerminalColour.dim(count) : count) + "\n"
        return output
    }

    /// The texts of a line, two spaces apart. Appended in a loop: the standard library's
    /// `joined(separator:)`, unspecialised, looks up its collection's conformances the first time
    /// it runs, at every start of a one-shot query.
    private static func spaced(_ texts: [String]) -> String {
        var line = texts.first ?? ""
        for text in texts.dropFirst() {
            line += "  "
            line += text
        }
        return line
    }

    /// Columns whose text is the point of the row (a sentence, an explanation): wrapped, not cut.
    static let wrappedColumns: Set<String> = ["sentence", "explanation"]

    /// `text` in lines of at most `width` display cells (at least one character a line).
    static func wrap(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var used = 0
        for character in text {
            let cells = DisplayWidth.of(String(character))
            if used + cells > width && !current.isEmpty {
                lines.append(current)
                current = ""
                used = 0
            }
            current.append(character)
            used += cells
        }
        return lines + [current]
    }

    /// A text column is not cut narrower than this (or its header), unless it is narrower itself.
    static let minimumTextWidth = 10

    /// Column widths whose rows fit `total` cells: the cuttable (text) columns are capped at the
    /// largest common width that fits, never below their floor.
    static func fit(_ widths: [Int], into total: Int, cuttable: [Bool], floors: [Int]) -> [Int] {
        let separators = 2 * max(0, widths.count - 1)
        func capped(_ cap: Int) -> [Int] {
            widths.indices.map { index in cuttable[index] ? max(floors[index], min(widths[index], cap)) : widths[index] }
        }
        guard widths.reduce(separators, +) > total else { return widths }
        var low = 0, high = widths.max() ?? 0
        while low < high {
            let middle = (low + high + 1) / 2
            if capped(middle).reduce(separators, +) <= total { low = middle } else { high = middle - 1 }
        }
        return capped(low)
    }

    /// `text` cut to `width` display cells, ending with `…` when something was cut.
    static func cut(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let cells = DisplayWidth.of(String(character))
            if used + cells > width - 1 { break }
            kept.append(character)
            used += cells
        }
        return kept + "…"
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
/// TSV the same way with a tab. A null is `nullText`, unquoted, so that it differs from an empty
/// text (`""`) the way it does in sqlite3's and DuckDB's CSV.
public enum DelimitedRenderer {
    public static func render(_ table: Table, separator: Character, nullText: String = "") -> String {
        var output = table.columns.map { quote($0, separator: separator) }.joined(separator: String(separator)) + "\n"
        for row in table.rows {
            output +=
                row.map { value in
                    if case .null = value { return quote(nullText, separator: separator) }
                    return value.text.isEmpty ? "\"\"" : quote(value.text, separator: separator)
                }.joined(separator: String(separator)) + "\n"
        }
        return output
    }

    public static func quote(_ field: String, separator: Character) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
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
        output +=
            "|"
            + table.columns.indices.map { index in
                table.rows.allSatisfy({ $0[index].isNumeric }) && !table.rows.isEmpty ? " ---: |" : " --- |"
            }.joined() + "\n"
        for row in table.rows { output += line(row.map(\.text)) }
        return output
    }
}

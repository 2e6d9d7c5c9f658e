import ReportLanguage
import ReportModel

/// How results are written: the `-f/--format` and `.mode` values.
public enum OutputMode: String, Sendable, CaseIterable {
    case table, csv, tsv, json, jsonl, markdown, line

    /// The whole rendering of one result, ending with a newline. `nullText` is what a null shows
    /// as in table, line, CSV and TSV modes (nothing by default, as in sqlite3, so that a database
    /// importing the CSV reads NULL, not the text `null`); JSON and Markdown write null as `null`.
    public func render(_ table: Table, nullText: String = "") -> String {
        switch self {
        case .table: return TableRenderer.render(table, nullText: nullText)
        case .csv: return DelimitedRenderer.render(table, separator: ",", nullText: nullText)
        case .tsv: return DelimitedRenderer.render(table, separator: "\t", nullText: nullText)
        case .json: return JSONValue.array(table.jsonRows).compactText + "\n"
        case .jsonl: return table.jsonRows.map { $0.compactText + "\n" }.joined()
        case .markdown: return MarkdownRenderer.render(table)
        case .line: return LineRenderer.render(table, nullText: nullText)
        }
    }
}

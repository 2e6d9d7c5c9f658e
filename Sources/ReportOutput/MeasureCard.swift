import ReportLanguage
import ReportModel

/// A measure on its own (`m40`) in table mode: every field one per line, its sentence with the
/// figure marked, so that nothing is cut and the figure is seen where the report states it.
public enum MeasureCard {
    public static func render(_ measure: Measure, colour: Bool, nullText: String = "") -> String {
        var table = Table(measures: [measure])
        if let sentence = table.columns.firstIndex(of: "sentence") {
            table.rows[0][sentence] = .string(markedSentence(measure, colour: colour))
        }
        return LineRenderer.render(table, nullText: nullText)
    }

    /// The sentence with the figure in 【】 (and bold on a colour terminal). Of several places
    /// that spell the figure, the one whose preceding text ends as `before` does.
    public static func markedSentence(_ measure: Measure, colour: Bool) -> String {
        let sentence = Array(measure.sentence.unicodeScalars)
        let raw = Array(measure.raw.unicodeScalars)
        let before = Array(measure.before.unicodeScalars)
        var candidates: [Int] = []
        var index = 0
        while !raw.isEmpty && index + raw.count <= sentence.count {
            if sentence[index..<index + raw.count].elementsEqual(raw) { candidates.append(index) }
            index += 1
        }
        guard let first = candidates.first else { return measure.sentence }
        let found =
            candidates.first { start in
                let shared = min(start, before.count)
                return sentence[start - shared..<start].elementsEqual(before[(before.count - shared)...])
            } ?? first
        func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }
        let figure = "【" + measure.raw + "】"
        return text(sentence[..<found]) + (colour ? TerminalColour.bold(figure) : figure) + text(sentence[(found + raw.count)...])
    }
}

/// A data row or column of a table as ``IndicatorReading`` reads its cells: its labels, its last
/// label without the outline marker, and whether that label names the whole (合计, or nothing) or
/// only a topic (行政规范性文件). Worked out once a line, not once for every cell on it.
struct IndicatorHeaderLine {
    /// The line's labels, outermost first.
    let path: [String]
    /// The last label without its outline marker (`一、`, `（七）`, `4.`).
    let label: String
    let isWhole: Bool
    /// Whether the label is the whole or names a topic and little else: the cells across it then
    /// state the quantity the other line names.
    let isWholeOrTopic: Bool

    init(path: [String]) {
        self.path = path
        label = path.last.map(Self.label) ?? ""
        isWhole = label.isEmpty || TableFigures.totalKind(label) == "合计"
        isWholeOrTopic =
            isWhole
            || (!IndicatorWording.topics(namedIn: label).isEmpty
                && IndicatorWording.stripping(IndicatorWording.topicWords, from: label).count <= 2)
    }

    private static func label(_ text: String) -> String {
        guard let marker = TableFigures.marker(text) else { return text }
        var rest = text.dropFirst(marker.count)
        if let first = rest.first, "、.．".contains(first) { rest = rest.dropFirst() }
        return String(rest)
    }
}

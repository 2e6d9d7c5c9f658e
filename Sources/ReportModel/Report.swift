/// A report: its text, its outline and every figure in it.
public struct Report: Sendable {
    /// A short slug (`suizhou-2023`), unique among loaded reports; every row carries it.
    public var id: String
    public var title: String
    /// The body that issued the report (`随州市`), when the text names it.
    public var region: String?
    public var year: Int?
    /// The report text after decoding and line-ending normalisation; offsets refer to it.
    public var text: String
    public var sections: [Section]
    public var measures: [Measure]
    /// The tables of the report, in reading order; their figures are among ``measures``.
    public var tables: [ReportTable]

    public init(
        id: String, title: String, region: String?, year: Int?, text: String,
        sections: [Section], measures: [Measure], tables: [ReportTable] = []
    ) {
        self.id = id
        self.title = title
        self.region = region
        self.year = year
        self.text = text
        self.sections = sections
        self.measures = measures
        self.tables = tables
    }
}

/// One node of a report's outline: a part (一、), a section ((一)) or an item (一是).
public struct Section: Sendable, Hashable {
    /// The markers from the top down, joined by `/` (`一/(五)/一是`); the preamble is ``preamblePath``.
    public var path: String
    public var title: String
    /// 1 for parts, deeper levels below them, as the text nests them.
    public var level: Int
    /// The span of the section's text (heading included), in Unicode scalars.
    public var start: Int
    public var end: Int

    public static let preamblePath = "preamble"

    public init(path: String, title: String, level: Int, start: Int, end: Int) {
        self.path = path
        self.title = title
        self.level = level
        self.start = start
        self.end = end
    }
}

/// A report: its text, its outline and every figure in it.
public struct Report: Sendable {
    /// A short slug (`suizhou-2023`), unique among loaded reports; every row carries it.
    public var id: String
    public var title: String
    /// The administrative unit the report is about (`随州市`, `江北省`, `城关街道`; `全国` for a
    /// ministry), as its name is written, without `中共`, `关于` or the body after it; nil when the
    /// text does not say it plainly.
    public var region: String?
    /// The year reported on (2023 for a 2023年 report published in 2024).
    public var year: Int?
    /// The level of ``region``: 省, 自治区, 市, 自治州, 州, 地区, 盟, 县, 自治县, 区, 旗, 街道, 乡, 镇, or 国家.
    public var regionLevel: String? = nil
    /// The issuing body within the region (`人民政府`, `司法厅`, `市场监督管理局`, `办事处`, `水利部`).
    public var body: String? = nil
    /// The kind of report: `法治政府建设年度报告`, `政府信息公开工作年度报告`, `行政复议工作报告`,
    /// `年鉴`, or `其他` for another report.
    public var genre: String? = nil
    /// Where each of region, body, year and genre was read.
    public var metadataSources = MetadataSources()
    /// The report text after decoding and line-ending normalisation; offsets refer to it.
    public var text: String
    public var sections: [Section] {
        get { compactOutline?.sections ?? plainSections }
        set {
            plainSections = newValue
            compactOutline = nil
        }
    }
    /// How many ``sections`` there are, without making them from a compacted outline.
    public var sectionCount: Int { compactOutline?.count ?? plainSections.count }
    public var measures: [Measure]
    /// The tables of the report, in reading order; their figures are among ``measures``.
    public var tables: [ReportTable]
    /// ``sections`` as they were given, or empty once ``compactOutline`` keeps them.
    var plainSections: [Section]
    /// ``sections`` kept small, once the report is compacted.
    var compactOutline: CompactOutline?

    public init(
        id: String, title: String, region: String?, year: Int?, text: String,
        sections: [Section], measures: [Measure], tables: [ReportTable] = []
    ) {
        self.id = id
        self.title = title
        self.region = region
        self.year = year
        self.text = text
        plainSections = sections
        self.measures = measures
        self.tables = tables
    }
}

extension Report {
    /// Keeps `outline` as the report's sections (in place of any it had), strings and all made only
    /// when the sections are read.
    package mutating func keep(_ outline: CompactOutline) {
        plainSections = []
        compactOutline = outline
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

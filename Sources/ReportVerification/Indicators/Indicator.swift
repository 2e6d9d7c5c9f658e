import ReportModel

/// A standard quantity of the genre (行政复议纠错率, 政府信息公开申请), which every report names in its own
/// words: the catalogue lines the same quantity up across reports. See docs/indicators.md.
public struct Indicator: Sendable, Hashable {
    /// The name rows carry (`纠错率`, `行政复议申请`), unique in the catalogue.
    public var name: String
    public var topic: IndicatorTopic
    /// `count` or `percent`: a figure of another kind never stands for the indicator.
    public var kind: MeasureKind
    /// What it counts, in a line of the catalogue's documentation.
    public var meaning: String
    /// How reports write it in prose (`收到行政复议申请`, `新收行政复议案件`) and as a table's row or
    /// column label (`收案（件）`); the topic's own words may be left out (`审结` in a 行政复议 sentence).
    public var wordings: [String]
    /// The row of the 政府信息公开 template's application table that states it, if any.
    public var templateRow: TemplateRow?

    public init(
        name: String, topic: IndicatorTopic, kind: MeasureKind, meaning: String, wordings: [String],
        templateRow: TemplateRow? = nil
    ) {
        self.name = name
        self.topic = topic
        self.kind = kind
        self.meaning = meaning
        self.wordings = wordings
        self.templateRow = templateRow
    }

    /// The rows of the national template's 收到和处理政府信息公开申请情况 table, read from its 总计 column.
    public enum TemplateRow: String, Sendable, Hashable, CaseIterable {
        case received = "一、本年新收政府信息公开申请数量"
        case carriedIn = "二、上年结转政府信息公开申请数量"
        case disclosed = "三、本年度办理结果 › （一）予以公开"
        case partlyDisclosed = "三、本年度办理结果 › （二）部分公开"
        case handled = "三、本年度办理结果 › （七）总计"
        case carriedOut = "四、结转下年度继续办理"
    }
}

/// The field an indicator belongs to, and the words that name it in a sentence, a heading or a label.
public enum IndicatorTopic: String, Sendable, Hashable, CaseIterable {
    case reconsideration = "行政复议"
    case litigation = "行政诉讼"
    case disclosure = "政府信息公开"
    case normativeDocuments = "规范性文件"
    case legalAid = "法律援助"

    /// Longest first, so that stripping them from a phrase takes 行政复议 whole before 复议.
    public var words: [String] {
        switch self {
        case .reconsideration: return ["行政复议", "复议"]
        case .litigation: return ["行政诉讼", "行政应诉", "出庭应诉", "诉讼", "应诉"]
        case .disclosure: return ["政府信息公开", "公开政府信息", "依申请公开", "信息公开", "政府信息"]
        case .normativeDocuments: return ["行政规范性文件", "规范性文件"]
        case .legalAid: return ["法律援助"]
        }
    }
}

import ReportModel

/// Every indicator the `indicators` source knows, in the order docs/indicators.md lists them (the
/// documentation's table is ``markdownTable``, and a test holds the two together).
public enum IndicatorCatalogue {
    public static let all: [Indicator] = reconsideration + litigation + disclosure + documents + legalAid

    public static func named(_ name: String) -> Indicator? {
        all.first { $0.name == name }
    }

    private static let reconsideration = [
        Indicator(
            name: "行政复议申请", topic: .reconsideration, kind: .count, meaning: "行政复议申请收到（新收）的件数",
            wordings: ["收到行政复议申请", "新收行政复议申请", "新收行政复议案件", "接收行政复议申请", "收到复议申请", "收案", "新收"]),
        Indicator(
            name: "行政复议受理", topic: .reconsideration, kind: .count, meaning: "依法受理的行政复议案件",
            wordings: ["受理行政复议案件", "受理行政复议申请", "受理", "依法受理", "立案受理"]),
        Indicator(
            name: "行政复议审结", topic: .reconsideration, kind: .count, meaning: "审结（办结）的行政复议案件",
            wordings: ["审结行政复议案件", "办结行政复议案件", "审结", "办结", "结案"]),
        Indicator(
            name: "行政复议纠错", topic: .reconsideration, kind: .count, meaning: "撤销、变更、确认违法、责令履行等纠错的案件",
            wordings: ["纠错", "纠正", "纠错案件", "纠错行政复议案件"]),
        Indicator(
            name: "纠错率", topic: .reconsideration, kind: .percent, meaning: "纠错案件占审结案件的比例",
            wordings: ["纠错率", "综合纠错率", "行政复议纠错率", "案件纠错率", "纠正率"]),
        Indicator(
            name: "直接纠错率", topic: .reconsideration, kind: .percent, meaning: "撤销、变更、确认违法、责令履行占审结的比例（不含调解）",
            wordings: ["直接纠错率"]),
        Indicator(
            name: "调解和解率", topic: .reconsideration, kind: .percent, meaning: "以调解、和解方式结案的比例",
            wordings: ["调解和解率", "调解和解结案率", "调解结案率"]),
        Indicator(
            name: "行政复议结案率", topic: .reconsideration, kind: .percent, meaning: "审结占受理（收案）的比例",
            wordings: ["结案率", "审结率", "办结率"]),
    ]

    private static let litigation = [
        Indicator(
            name: "行政诉讼收案", topic: .litigation, kind: .count, meaning: "行政机关作为被告的（一审）行政诉讼案件",
            wordings: [
                "行政诉讼案件", "一审行政诉讼案件", "行政机关作为被告的行政诉讼案件", "新收行政诉讼案件", "行政应诉案件",
                "收案",
            ]),
        Indicator(
            name: "行政诉讼审结", topic: .litigation, kind: .count, meaning: "审结的行政诉讼案件",
            wordings: ["审结行政诉讼案件", "审结"]),
        Indicator(
            name: "行政诉讼败诉", topic: .litigation, kind: .count, meaning: "行政机关败诉的案件",
            wordings: ["败诉", "败诉案件"]),
        Indicator(
            name: "败诉率", topic: .litigation, kind: .percent, meaning: "败诉案件的比例",
            wordings: ["败诉率", "一审败诉率", "行政诉讼败诉率"]),
        Indicator(
            name: "出庭应诉率", topic: .litigation, kind: .percent, meaning: "行政机关负责人出庭应诉的比例",
            wordings: ["行政机关负责人出庭应诉率", "负责人出庭应诉率", "出庭应诉率"]),
    ]

    private static let disclosure = [
        Indicator(
            name: "主动公开政府信息", topic: .disclosure, kind: .count, meaning: "主动公开的政府信息条数",
            wordings: ["主动公开政府信息", "主动公开信息"]),
        Indicator(
            name: "政府信息公开申请", topic: .disclosure, kind: .count, meaning: "本年新收（收到、受理）的政府信息公开申请",
            wordings: ["收到政府信息公开申请", "受理政府信息公开申请", "新收政府信息公开申请", "本年新收政府信息公开申请数量"],
            templateRow: .received),
        Indicator(
            name: "上年结转", topic: .disclosure, kind: .count, meaning: "上年结转的政府信息公开申请",
            wordings: ["上年结转", "上年结转政府信息公开申请数量"], templateRow: .carriedIn),
        Indicator(
            name: "政府信息公开办结", topic: .disclosure, kind: .count, meaning: "本年度办结的政府信息公开申请（办理结果总计）",
            wordings: ["办结政府信息公开申请", "办结", "办结申请"], templateRow: .handled),
        Indicator(
            name: "予以公开", topic: .disclosure, kind: .count, meaning: "予以公开的申请", wordings: ["予以公开"],
            templateRow: .disclosed),
        Indicator(
            name: "部分公开", topic: .disclosure, kind: .count, meaning: "部分公开的申请", wordings: ["部分公开"],
            templateRow: .partlyDisclosed),
        Indicator(
            name: "结转下年度", topic: .disclosure, kind: .count, meaning: "结转下年度继续办理的申请",
            wordings: ["结转下年度继续办理", "结转下年度"], templateRow: .carriedOut),
        Indicator(
            name: "公开率", topic: .disclosure, kind: .percent, meaning: "予以公开与部分公开占办结的比例",
            wordings: ["公开率", "依申请公开率"]),
    ]

    private static let documents = [
        Indicator(
            name: "规范性文件制发", topic: .normativeDocuments, kind: .count, meaning: "本年制发的行政规范性文件",
            wordings: ["制发行政规范性文件", "出台行政规范性文件", "制发规范性文件", "本年制发件数"]),
        Indicator(
            name: "规范性文件备案", topic: .normativeDocuments, kind: .count, meaning: "报送备案的行政规范性文件",
            wordings: ["报送备案规范性文件", "备案审查规范性文件", "报备规范性文件", "报送备案", "备案"]),
        Indicator(
            name: "现行有效规范性文件", topic: .normativeDocuments, kind: .count, meaning: "现行有效的行政规范性文件",
            wordings: ["现行有效规范性文件", "现行有效件数"]),
    ]

    private static let legalAid = [
        Indicator(
            name: "法律援助案件", topic: .legalAid, kind: .count, meaning: "办理的法律援助案件",
            wordings: ["办理法律援助案件", "法律援助案件"])
    ]

    /// The catalogue as docs/indicators.md shows it: one row per indicator.
    public static var markdownTable: String {
        var lines = ["| indicator | topic | kind | meaning | wordings |", "|---|---|---|---|---|"]
        for indicator in all {
            var wordings = indicator.wordings.joined(separator: " / ")
            if let row = indicator.templateRow { wordings += "; template row " + row.rawValue }
            lines.append(
                "| \(indicator.name) | \(indicator.topic.rawValue) | \(indicator.kind.rawValue) | \(indicator.meaning) | \(wordings) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

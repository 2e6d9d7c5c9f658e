import ReportModel

/// The application table of the national 政府信息公开工作年度报告 template (三、收到和处理政府信息公开
/// 申请情况): its numbered rows, the identity between them, and the prose counts that restate them.
enum ApplicationItem: CaseIterable {
    case received, carriedIn, handled, carriedOut, disclosed, partlyDisclosed

    /// The words of a prose count that name the row (上年结转 before 结转, 办结 not 结转下年度).
    static func named(_ words: String) -> ApplicationItem? {
        if words.containsWord("上年结转") { return .carriedIn }
        if words.containsWord("结转下") || words.containsWord("继续办理") { return .carriedOut }
        if words.containsWord("部分公开") { return .partlyDisclosed }
        if words.containsWord("予以公开") { return .disclosed }
        if words.containsWord("办结") { return .handled }
        if (words.containsWord("收到") || words.containsWord("新收")) && words.containsWord("申请") { return .received }
        return nil
    }

    /// The table's row for this item: 一 … 四 by number, （一）and （二） under 三.
    func row(in figures: TableFigures) -> Int? {
        switch self {
        case .received: return TableIdentity.row(numbered: "一", in: figures)
        case .carriedIn: return TableIdentity.row(numbered: "二", in: figures)
        case .handled: return TableIdentity.row(numbered: "三", in: figures)
        case .carriedOut: return TableIdentity.row(numbered: "四", in: figures)
        case .disclosed: return Self.row(under: "三", numbered: "（一）", in: figures)
        case .partlyDisclosed: return Self.row(under: "三", numbered: "（二）", in: figures)
        }
    }

    private static func row(under part: String, numbered item: String, in figures: TableFigures) -> Int? {
        let rows = figures.dataRows.filter { row in
            let path = figures.rowPaths[row] ?? []
            return path.count == 2 && TableFigures.marker(path[0]) == part && TableFigures.marker(path[1]) == item
        }
        return rows.count == 1 ? rows[0] : nil
    }
}

extension TableIdentity {
    /// 一 + 二 = 三 + 四, when the table is the template's application table: rows 一、本年新收…,
    /// 二、上年结转…, 三、本年度办理结果 with its （七）总计, and 四、结转下年度继续办理.
    static func template(_ figures: TableFigures) -> TableIdentity? {
        let tops = Set(figures.dataRows.compactMap { figures.rowPaths[$0]?.first })
        let names = [("一", "新收"), ("二", "上年结转"), ("三", "办理结果"), ("四", "结转下年度")]
        let isTemplate = names.allSatisfy { number, word in
            tops.contains { TableFigures.marker($0) == number && $0.containsWord(word) }
        }
        guard isTemplate else { return nil }
        return TableIdentity(left: ["一", "二"], right: ["三", "四"], text: "第一项加第二项之和，等于第三项加第四项之和")
    }
}

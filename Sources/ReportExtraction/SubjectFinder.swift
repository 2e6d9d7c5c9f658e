import ReportModel

/// The phrase a figure counts. Reports write it before the figure (受理27件, 直接纠错率为17.4%) or,
/// with a measure word, after it (46个市直部门): look back within the clause, trim verbs and
/// connectives, and look forward when nothing is left or the clause only lists.
enum SubjectFinder {
    /// A switch, not a Set: it runs on every scalar looked at, and hashing a scalar costs more
    /// than the rest of the look.
    private static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 && isClauseBreak(unit: UInt16(truncatingIfNeeded: scalar.value))
    }

    /// ``isClauseBreak(_:)`` of a scalar's two-byte unit (no break is beyond the plane).
    private static func isClauseBreak(unit: UInt16) -> Bool {
        switch unit {
        // ， , ； ; 。 ： : ！ ？ ! ? \n | ｜
        case 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0x3002, 0xFF1A, 0x3A, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x0A, 0x7C, 0xFF5C: return true
        default: return false
        }
    }
    private static let leadingWords = WordList([
        "其中", "同时", "此外", "另外", "以及", "全年", "年内", "全市", "全区", "全县", "全省", "累计", "共计", "合计",
        "总计", "共", "并", "且", "和", "及", "与", "另", "、", "还", "已", "均", "其", "的", "确保", "力争",
        "（", "(", "）", ")", "把", "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
    ])
    private static let trailingWords = WordList([
        "分别为", "分别是", "分别", "达到", "共计", "累计", "合计", "总计", "为", "达", "占", "是", "共", "计", "有", "了",
        "至", "约", "的", "、", "等", "保持在", "保持", "下降到", "下降至", "降至", "降到", "提高到", "提高至", "提升到",
        "提升至", "增长到", "增长至", "增至", "升至", "上升到", "上升至", "控制在", "全部", "均", "和", "及", "与",
        "全县", "全市", "全区", "全省", "全国", "（", "(", "由上年", "由去年", "由上年度", "从上年", "在", "仍", "仍然", "依然",
    ])
    /// A verb alone before a figure with a measure word: the noun it counts follows (组织23名执法人员).
    /// Scalars compared with the text's, not a Set of Strings: a String hashes through Unicode
    /// normalisation, at every figure.
    private static let verbsBeforeCount = [
        "组织", "推动", "举办", "召开", "开展", "选派", "新增", "建成", "设立", "新建", "出台", "制定", "印发", "聘请",
        "指导", "督促", "帮助", "惠及", "覆盖", "培育", "引导", "涉及", "组建", "配备", "培训", "明确", "梳理",
        "取消", "下放", "清理", "公布", "分解到",
    ].scalarWords
    /// After these words a count's noun follows the figure (对28个部门, 组织交通、消防等500名执法人员).
    private static let forwardCues: ScalarSet = ["对", "向", "等", "、", "和", "及", "与", "在", "设", "有", "到"]
    private static let forwardStops = WordList([
        "的", "参与", "参加", "进行", "开展", "发布", "实现", "完成", "获得", "通过", "被", "在", "于", "向", "对", "换发",
        "共", "累计", "达", "为", "全部",
    ])
    /// Words inside a clause after which the subject begins (市政府共收到行政复议申请 → 收到行政复议申请).
    /// 全年 too: what stands before it is who acted (全县行政执法机关全年办理…), after it what was done.
    private static let cutWords = WordList(["共计", "累计", "合计", "总计", "全年", "共"])
    private static let maximumLength = 24

    static func subject(in text: ScalarText, figure: Range<Int>, previousFigureEnd: Int, line: Range<Int>) -> String {
        let limit = max(previousFigureEnd, line.lowerBound, figure.lowerBound - 60)
        // The clause's start, found over the units in a loop of its own.
        let start =
            limit < figure.lowerBound
            ? text.scalars.lastIndex(in: limit..<figure.lowerBound, whereUnit: isClauseBreak(unit:)).map { $0 + 1 } ?? limit
            : figure.lowerBound
        let rawBack = start..<figure.lowerBound
        let back = trimmed(text, rawBack)
        // Two tests, not a search of an array of both: the array was allocated for every figure.
        let endsWithCue =
            rawBack.last.map { forwardCues.contains(text.scalars[$0]) } == true
            || back.last.map { forwardCues.contains(text.scalars[$0]) } == true
        let onlyAVerb =
            back.count <= 3
            && verbsBeforeCount.contains { $0.count == back.count && text.matches($0, at: back.lowerBound) }
        // 5个方面28项重点任务: what stands between two figures is the first one's noun; the second's follows it.
        let nounOfPrevious = start == previousFigureEnd && start > line.lowerBound && back.count <= 3
        if !back.isEmpty, back.count > 1, !endsWithCue, !onlyAVerb, !nounOfPrevious {
            return text.string(cut(text, back))
        }
        let forward = forwardPhrase(text, from: figure.upperBound, line: line)
        // 仍在15%—20%之间: a dash after the figure is no noun.
        if forward.contains(where: { text.scalars[$0].properties.isAlphabetic }) { return text.string(forward) }
        return text.string(back)
    }

    /// How a change is compared (同比, 较上年) and what it does (增长, 下降): a subject of these words
    /// alone names the change, not what changed. Scalars, not Strings: this runs for every figure.
    private static let comparisonWords = [
        "与上年相比", "较去年同期", "比去年同期", "较上年同期", "比上年同期", "同比", "环比",
        "较上年", "比上年", "较去年", "比去年", "较", "比",
    ].scalarWords
    private static let changeWords = [
        "增长", "下降", "减少", "增加", "提高", "提升", "上升", "降低", "回落", "增幅",
        "降幅",
    ].scalarWords
    /// A subject of these alone is last year's figure (上年为759件, 比去年同期（95.1%）).
    private static let lastYearWords = ["去年同期", "上年同期", "上年度", "上一年", "上年", "去年"].scalarWords
    /// No subject longer than this is only a comparison, a change or last year (较去年同期增长: 7).
    private static let longestBorrowing = 9

    /// The subject of a change or of last year's figure, completed by what the figure before it in
    /// the sentence counts: 新登记经营主体３，４５６户，同比增长9.6% → 新登记经营主体同比增长;
    /// 收到行政复议申请1,026件…（上年为759件） → 收到行政复议申请（上年）; 由上年的76.5%提高到88.3% → the
    /// 88.3% is 全程网办率 too. `earlier` gives the figures before it in its sentence, nearest last.
    static func completed(_ subject: String, unit: String, earlier: () -> [Earlier]) -> String {
        // Most subjects are longer: known from the UTF-8 count (no scalar takes more than 4 bytes),
        // or counted on the UTF-8 (a scalar's first byte is not 10xxxxxx) before any scalar is copied.
        if subject.utf8.count > longestBorrowing * 4 { return subject }
        // Counted and decoded from the bytes themselves: going through the UTF-8 and scalar views
        // cost twice what the rest of this function does.
        var utf8OfSubject = subject
        return utf8OfSubject.withUTF8 { bytes in
            var scalarCount = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalarCount += 1 }
            if scalarCount > longestBorrowing { return subject }
            // Copied onto the stack: an array for each figure's subject was a third of this function.
            return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: longestBorrowing) { buffer in
                var (count, index) = (0, 0)
                while index < bytes.count {
                    buffer.initializeElement(at: count, to: ScalarText.scalar(in: bytes, at: &index))
                    count += 1
                }
                return completed(
                    subject, scalars: UnsafeBufferPointer(rebasing: buffer[..<count]), unit: unit, earlier: earlier)
            }
        }
    }

    /// ``completed(_:unit:earlier:)`` of a subject of at most ``longestBorrowing`` scalars.
    private static func completed(
        _ subject: String, scalars: UnsafeBufferPointer<Unicode.Scalar>, unit: String, earlier: () -> [Earlier]
    ) -> String {
        var core = scalars[...]
        // Lengths and first scalars are compared before whole words: most words differ in them.
        if let comparison = comparisonWords.first(where: { core.first == $0[0] && core.starts(with: $0) }) {
            core = core.dropFirst(comparison.count)
        }
        let isLastYear = lastYearWords.contains { word in
            (core.count == word.count && core.elementsEqual(word))
                || ((word.count...(word.count + 2)).contains(scalars.count) && scalars.suffix(word.count).elementsEqual(word))
        }
        let isChange =
            changeWords.contains { core.count == $0.count && core.elementsEqual($0) } || (core.isEmpty && !scalars.isEmpty)
        guard isLastYear || isChange || scalars.isEmpty else { return subject }
        let owners = earlier().reversed().filter { !$0.subject.isEmpty && !$0.subject.hasSuffix(lastYearMark) }
        if isLastYear, let owner = owners.first(where: { $0.unit == unit }) { return owner.subject + lastYearMark }
        if isChange, let owner = owners.first { return owner.subject + subject }
        // 由上年的76.5%提高到88.3%: right after a figure of its unit, the same thing's new level.
        if scalars.isEmpty, let owner = owners.first, owner.unit == unit { return owner.subject }
        // 约三成（117件）, 占21.4%: a bracketed count or a bare share details the figure before it.
        if scalars.isEmpty, let owner = owners.first {
            let rateWord = ["占比", "比重", "比例", "占"].first(where: owner.subject.hasSuffix)
            return String(owner.subject.dropLast(rateWord?.count ?? 0))
        }
        return subject
    }

    private static let lastYearMark = "（上年）"

    /// A figure found before, as much of it as completing a subject reads: the measures themselves
    /// were copied for it, field by field, at every figure.
    struct Earlier {
        var subject: String
        var unit: String
        /// Where its text starts, in scalars.
        var start: Int
    }

    private static func trimmed(_ text: ScalarText, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        var changed = true
        while changed {
            changed = false
            while lower < upper, text.scalars[lower].isSpace { lower += 1; changed = true }
            while upper > lower, text.scalars[upper - 1].isSpace { upper -= 1; changed = true }
            if lower < upper, let word = leadingWords.matchedLength(in: text, at: lower), lower + word <= upper,
                !beginsWord(text, at: lower + word - 1)
            {
                lower += word
                changed = true
            }
            if lower < upper, let word = trailingWords.matchedLength(in: text, endingAt: upper), upper - word >= lower {
                upper -= word
                changed = true
            }
            if let yearEnd = leadingYear(text, lower..<upper) {
                lower = yearEnd
                changed = true
            }
        }
        return lower..<upper
    }

    /// 2023年 or 2023年度 at the start of a phrase: when, not what.
    private static func leadingYear(_ text: ScalarText, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound, text.scalars[index].arabicDigit != nil { index += 1 }
        guard index - range.lowerBound == 4, index < range.upperBound, text.scalars[index] == "年" else { return nil }
        index += 1
        if index < range.upperBound, text.scalars[index] == "度" { index += 1 }
        return index
    }

    private static func cut(_ text: ScalarText, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var index = range.upperBound - 1
        // Read once: a static is looked up again at every use, in a loop over every scalar.
        let cutWords = cutWords
        while index > range.lowerBound {
            if cutWords.matchedLength(in: text, endingAt: index + 1) != nil, index + 1 < range.upperBound,
                !beginsWord(text, at: index)
            {
                lower = index + 1
                break
            }
            index -= 1
        }
        if range.upperBound - lower > maximumLength { lower = range.upperBound - maximumLength }
        return lower..<range.upperBound
    }

    /// 共 and 计 begin words too (共享, 共同, 计划): then they are not "in all".
    private static let wordsAfterTotal: ScalarSet = ["享", "同", "建", "治", "商", "性", "识", "产", "划", "算", "量"]

    private static func beginsWord(_ text: ScalarText, at index: Int) -> Bool {
        guard let scalar = text[index], scalar == "共" || scalar == "计", let next = text[index + 1] else { return false }
        return wordsAfterTotal.contains(next)
    }

    /// Whether the text between two figures only joins them into a list (、 和 及 与 or a space).
    static func onlyJoinsAList(_ text: ScalarText, _ gap: Range<Int>) -> Bool {
        gap.count <= 2
            && gap.allSatisfy { index in
                let scalar = text.scalars[index]
                return scalar == "、" || scalar == "和" || scalar == "及" || scalar == "与" || scalar == " "
            }
    }

    private static func forwardPhrase(_ text: ScalarText, from start: Int, line: Range<Int>) -> Range<Int> {
        var end = start
        let forwardStops = forwardStops
        while end < line.upperBound, end - start < maximumLength, !isClauseBreak(text.scalars[end]),
            text.scalars[end] != "、", text.scalars[end].arabicDigit == nil
        {
            if end > start, forwardStops.matchedLength(in: text, at: end) != nil { break }
            end += 1
        }
        return trimmed(text, start..<end)
    }
}

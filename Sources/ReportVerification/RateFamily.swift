/// What a named rate is a share of: the words its counts and its base are named with.
///
/// With small numbers many k/N match any rate by coincidence, so a candidate is believed in
/// proportion to how well its counts' words fit the rate's name (纠错率 ↔ 纠错/撤销/确认违法 over
/// 审结/办结).
struct RateFamily {
    /// Words in the rate's name that select this family, tried in order (调解结案率 is 调解 first).
    var rateWords: [String]
    var numeratorWords: [String]
    var baseWords: [String]
    /// The family's position in ``all``.
    private(set) var index = 0

    static let closing = ["审结", "办结", "结案"]

    static let all: [RateFamily] = [
        RateFamily(
            rateWords: ["纠错", "纠正"],
            numeratorWords: ["纠错", "纠正", "撤销", "确认违法", "责令履行", "变更"],
            baseWords: closing),
        RateFamily(rateWords: ["调解", "和解"], numeratorWords: ["调解", "和解"], baseWords: closing),
        RateFamily(rateWords: ["化解"], numeratorWords: ["化解", "纠错", "调解", "和解", "撤销"], baseWords: closing),
        RateFamily(rateWords: ["败诉"], numeratorWords: ["败诉"], baseWords: closing),
        RateFamily(rateWords: ["受理"], numeratorWords: ["受理"], baseWords: ["收到", "申请", "接收"]),
        RateFamily(rateWords: ["结案", "办结", "审结"], numeratorWords: closing, baseWords: ["受理", "收到"]),
        // 公开率（含部分公开）: the applications answered with the information, over those handled.
        RateFamily(rateWords: ["公开率"], numeratorWords: ["予以公开", "部分公开"], baseWords: closing),
    ].enumerated().map { index, family in
        var numbered = family
        numbered.index = index
        return numbered
    }

    /// The family a rate's name belongs to, if it is a named rate (`直接纠错率`).
    static func of(rateSubject subject: String) -> RateFamily? {
        all.first { family in family.rateWords.contains { subject.containsWord($0) } }
    }

    func namesNumerator(_ words: String) -> Bool {
        numeratorWords.contains { words.containsWord($0) }
    }

    func namesBase(_ words: String) -> Bool {
        baseWords.contains { words.containsWord($0) }
    }

    /// 0, 1 or 2: how many sides of `numerators / base` are named as this family expects.
    func affinity(numerators: [String], base: String) -> Int {
        (numerators.allSatisfy(namesNumerator) ? 1 : 0) + (namesBase(base) ? 1 : 0)
    }
}

/// Words that say a percentage is a change from last year, not a share: a rate's words are read
/// for them as ``AuditWordFlags/growthDirection``.
enum GrowthWords {
    static let increase = ["增长", "上升", "增加", "提高", "提升"]
    static let decrease = ["下降", "减少", "降低", "回落"]
}

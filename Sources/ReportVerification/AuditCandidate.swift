import ReportModel

/// One way to rebuild a rate from stated counts: a share, a sum over a base, or a growth. Its
/// counts are indices into the report's measures (``AuditMeasureKeys``), read only for the row shown.
struct AuditCandidate {
    enum Form { case share, sum, growth, difference }

    var form: Form
    var numerators: MeasureIndices
    var base: Int32
    /// The value in the rate's unit (100·4/23), exact.
    var value: Rational
    var scope: AuditScope
    /// How well the counts' words fit the rate's name (0…2).
    var affinity: Int
    var sameUnit: Bool
    var rounding: RoundingVerdicts
    var holds: Bool
    /// A row's count over a table's 合计/总计 row: a cell of a share column.
    var isTableCell: Bool
    /// When a count is itself rounded (268.4万户), the values the share can take; `value` is then
    /// the share of the figures as written.
    var spread: Interval? = nil

    /// Which rounding rules write the value as the rate (``StatedClaim/rules(for:)``).
    var rules: [RoundingRule: Bool] { rounding.rules }

    /// Smaller is more believable: near, well named, same unit, simple.
    var rank: Int {
        scope.rawValue * 10 - affinity * 4 + (sameUnit ? 0 : 6) + (form == .sum ? 3 : 0)
    }

    func formula(of measures: [Measure]) -> String {
        let baseID = measures[Int(base)].id
        let topID = numerators.first.map { measures[Int($0)].id } ?? ""
        switch form {
        case .share: return "\(topID) / \(baseID)"
        case .sum: return "(" + numerators.map { measures[Int($0)].id }.joined(separator: " + ") + ") / \(baseID)"
        case .growth: return "(\(topID) − \(baseID)) / \(baseID)"
        case .difference: return "\(topID) − \(baseID)"
        }
    }

    func arithmetic(of measures: [Measure]) -> String {
        let top = numerators.first.map { measures[Int($0)] }
        if spread != nil, form == .share { return "\(top?.raw ?? "")/\(measures[Int(base)].raw)" }
        if spread != nil, form == .growth {
            return "(\(top?.raw ?? "") − \(measures[Int(base)].raw))/\(measures[Int(base)].raw)"
        }
        let base = measures[Int(self.base)].value.description
        let topValue = top?.value.description ?? ""
        switch form {
        case .share: return "\(topValue)/\(base)"
        case .sum: return "(" + numerators.map { measures[Int($0)].value.description }.joined(separator: " + ") + ")/\(base)"
        case .growth: return "(\(topValue) − \(base))/\(base)"
        case .difference: return "\(topValue) − \(base)"
        }
    }
}

/// Words that name a total (a table's 合计 row or column): a base for every share beside it.
enum TotalWords {
    static let words = ["合计", "总计", "总数", "共计", "总量", "小计"]

    /// The words of a table's total row, which tie every cell of the column to it (共计 in prose
    /// does not: a sentence may state a total of something else).
    static let tableWords = ["合计", "总计", "小计"]

    static func names(_ text: String) -> Bool {
        words.contains(where: text.containsWord)
    }

    static func namesTableTotal(_ text: String) -> Bool {
        tableWords.contains(where: text.containsWord)
    }
}

import ReportModel

/// Whether a check holds for every true value, for some, or for none.
public enum CheckVerdict: String, Sendable {
    /// Holds for the values as known (a rounded claim against an exact computation counts: the
    /// computation lies in what the claim allows).
    case holds
    /// Holds for some of the true values an approximate side allows, not for all.
    case possible
    case fails

    public var mark: String {
        switch self {
        case .holds: return "✓"
        case .possible: return "?"
        case .fails: return "✗"
        }
    }
}

/// The outcome of one `check`, as data and as text.
public struct CheckResult: Sendable {
    public var verdict: CheckVerdict
    public var comparison: Comparison
    public var lhsText: String
    public var rhsText: String
    /// The exact computed value in the claim's unit (100·4/23 for a percentage), when it is a point.
    public var computed: Rational?
    /// The claim's interval in its unit (17.35…17.45 for 17.4%), for an equality with a rounded figure.
    public var interval: Interval?
    /// The claim's decimals, for an equality with a rounded figure.
    public var decimals: Int?
    /// The unit `computed` and `interval` are in (`%` for 17.4%); empty when they are plain numbers.
    public var unit: String = ""
    /// For an equality with a rounded figure: whether each rounding rule writes the computed value
    /// as the claim. Empty otherwise.
    public var rules: [RoundingRule: Bool]
    /// `holds only by truncation`, the 100% caveat, …
    public var notes: [String]
    /// The numbers that decide it: `4/23 = 17.3913…% lies in [17.35%, 17.45%]`.
    public var arithmetic: String

    /// Whether a script carries on with exit status 0: a possible result is not a failure.
    public var isFailure: Bool { verdict == .fails }

    /// `✓ 17.4% == m44 / m41: 4/23 = 17.3913…% lies in [17.35%, 17.45%]`, then the rounding line.
    public var summary: String { summary(label: nil) }

    /// The summary with the check's label after the mark: `✗ 直接纠错率: 17.4% == m44 / m41: …`.
    public func summary(label: String?) -> String {
        let named = label.map { "\($0): " } ?? ""
        var lines = ["\(verdict.mark) \(named)\(lhsText) \(comparison.rawValue) \(rhsText): \(arithmetic)"]
        var details: [String] = []
        if let decimals, !rules.isEmpty {
            details.append("\(decimals) decimal\(decimals == 1 ? "" : "s"); \(RoundingRule.summary(rules))")
        }
        if verdict == .possible { details.append("depends on the true values the wording allows") }
        details += notes
        if !details.isEmpty { lines.append("  (" + details.joined(separator: "; ") + ")") }
        return lines.joined(separator: "\n")
    }
}

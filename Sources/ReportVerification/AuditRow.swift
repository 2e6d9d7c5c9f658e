import ReportModel

/// What the audit concluded about one figure.
public enum AuditVerdict: String, Sendable, CaseIterable {
    /// Stated counts of the same report give the rate: 17.4% ← 4/23.
    case reproduced
    /// A stated base gives the rate with a whole, plausible count that is not stated: 73.9% ← 17/23.
    case implied
    /// No stated counts give it; the row names the smallest base that could.
    case unverifiable
    /// A one-sided figure (50%以上) that only constrains.
    case bound
    /// The counts the text ties to the rate do not give it.
    case mismatch
    /// In one sentence a later stage of a case funnel (收到 ≥ 受理 ≥ 办结 ≥ 纠错) exceeds an earlier one.
    case orderViolation = "order-violation"
}

/// One audit finding, as data. Rate rows have one per measure of kind percent, points or tenths;
/// order-violation rows name the later-stage count as `claim` and the earlier one as `denominator`;
/// table rows (total, identity, repeat) name the cell checked as `claim` and the cells it is checked
/// against as `numerators`.
public struct AuditRow: Sendable, Hashable {
    /// The report's id.
    public var report: String
    /// The audited measure's id (`m44`).
    public var claim: String
    /// The measure as written (`17.4%`).
    public var raw: String
    public var subject: String
    public var section: String
    public var sentence: String
    public var verdict: AuditVerdict
    /// How the value is obtained from measures: `m44 / m41`, `(m12 + m13) / m10`, `(m5 − m6) / m6`;
    /// for implied and unverifiable rows, a count and base that give it (`17 / m41`, `37 / 41`).
    public var formula: String?
    /// Ids of the stated counts on top of the fraction (empty when the count is implied).
    public var numerators: [String]
    /// Id of the stated base, when there is one.
    public var denominator: String?
    /// The numbers of the formula: `4/23`, `(3 + 5)/20`.
    public var arithmetic: String?
    /// The exact value of the formula in the claim's unit (100·4/23 for 17.4%).
    public var computed: Rational?
    /// Whether each rounding rule writes `computed` as the claim (empty when no rounding applies).
    public var rules: [RoundingRule: Bool]
    /// Why: the arithmetic, the base the text ties to, the smallest base, the rounding caveat.
    public var explanation: String
    /// What the row checks: a rate, a funnel's order, a table's total, a stated identity, a repeat.
    public var check: AuditCheck = .rate

    /// The row's fields in display order, named as in the language (`where verdict == "mismatch"`).
    public var fields: [(name: String, value: VerificationValue)] {
        [
            ("report", .text(report)),
            ("claim", .text(claim)),
            ("raw", .text(raw)),
            ("subject", .text(subject)),
            ("check", .text(check.rawValue)),
            ("verdict", .text(verdict.rawValue)),
            ("formula", formula.map(VerificationValue.text) ?? .null),
            ("numerators", .text(numerators.joined(separator: ","))),
            ("denominator", denominator.map(VerificationValue.text) ?? .null),
            ("arithmetic", arithmetic.map(VerificationValue.text) ?? .null),
            ("computed", computed.map(VerificationValue.number) ?? .null),
            ("rules", rules.isEmpty ? .null : .text(RoundingRule.summary(rules))),
            ("explanation", .text(explanation)),
            ("section", .text(section)),
            ("sentence", .text(sentence)),
        ]
    }

    public static let fieldNames = [
        "report", "claim", "raw", "subject", "check", "verdict", "formula", "numerators",
        "denominator", "arithmetic", "computed", "rules", "explanation",
        "section", "sentence",
    ]
}

/// A field value of an audit or solve row: exact numbers stay ``Rational``.
public enum VerificationValue: Sendable, Hashable {
    case text(String)
    case number(Rational)
    case null
}

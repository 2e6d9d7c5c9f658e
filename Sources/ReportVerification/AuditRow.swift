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
public struct AuditRow: Sendable {
    /// The audited measure: the row's report, claim, raw, subject, section and sentence are its
    /// own, read from it when asked (a subject or sentence is made at every read).
    public var measure: Measure
    /// Those of the six set apart from the measure's.
    private var ownFields: [ClaimField: String] = [:]
    public var verdict: AuditVerdict
    /// The exact value of the formula in the claim's unit (100·4/23 for 17.4%).
    public var computed: Rational?
    /// Whether each rounding rule writes `computed` as the claim (empty when no rounding applies).
    public var rules: [RoundingRule: Bool]
    /// What the row checks: a rate, a funnel's order, a table's total, a stated identity, a repeat.
    public var check: AuditCheck = .rate
    /// The formula, counts, arithmetic and explanation.
    public var texts: Texts

    /// The texts of a row: written as it was decided, or kept to be written when read.
    public enum Texts: Sendable {
        /// Rows decided by words, or whose texts were set one by one: kept in the row, not boxed.
        case written(WrittenAuditRowTexts)
        case whenRead(any AuditRowTexts)

        var current: any AuditRowTexts {
            switch self {
            case .written(let texts): return texts
            case .whenRead(let texts): return texts
            }
        }
    }

    public init(
        measure: Measure, verdict: AuditVerdict, computed: Rational? = nil, rules: [RoundingRule: Bool] = [:],
        check: AuditCheck = .rate, texts: Texts
    ) {
        self.measure = measure
        self.verdict = verdict
        self.computed = computed
        self.rules = rules
        self.check = check
        self.texts = texts
    }

    /// A row whose texts are written.
    public init(
        measure: Measure, verdict: AuditVerdict, formula: String?, numerators: [String], denominator: String?,
        arithmetic: String?, computed: Rational?, rules: [RoundingRule: Bool], explanation: String,
        check: AuditCheck = .rate
    ) {
        self.init(
            measure: measure, verdict: verdict, computed: computed, rules: rules, check: check,
            texts: .written(
                WrittenAuditRowTexts(
                    formula: formula, numerators: numerators, denominator: denominator, arithmetic: arithmetic,
                    explanation: explanation)))
    }

    /// The report's id.
    public var report: String {
        get { ownFields[.report] ?? measure.report }
        set { ownFields[.report] = newValue }
    }
    /// The audited measure's id (`m44`).
    public var claim: String {
        get { ownFields[.claim] ?? measure.id }
        set { ownFields[.claim] = newValue }
    }
    /// The measure as written (`17.4%`).
    public var raw: String {
        get { ownFields[.raw] ?? measure.raw }
        set { ownFields[.raw] = newValue }
    }
    public var subject: String {
        get { ownFields[.subject] ?? measure.subject }
        set { ownFields[.subject] = newValue }
    }
    public var section: String {
        get { ownFields[.section] ?? measure.section }
        set { ownFields[.section] = newValue }
    }
    public var sentence: String {
        get { ownFields[.sentence] ?? measure.sentence }
        set { ownFields[.sentence] = newValue }
    }
    /// Whether the six fields above are all the measure's own.
    public var fieldsAreMeasures: Bool { ownFields.isEmpty }

    private enum ClaimField: Hashable {
        case report, claim, raw, subject, section, sentence
    }

    /// How the value is obtained from measures: `m44 / m41`, `(m12 + m13) / m10`, `(m5 − m6) / m6`;
    /// for implied and unverifiable rows, a count and base that give it (`17 / m41`, `37 / 41`).
    public var formula: String? {
        get { texts.current.formula }
        set { written { $0.formula = newValue } }
    }
    /// Ids of the stated counts on top of the fraction (empty when the count is implied).
    public var numerators: [String] {
        get { texts.current.numerators }
        set { written { $0.numerators = newValue } }
    }
    /// Id of the stated base, when there is one.
    public var denominator: String? {
        get { texts.current.denominator }
        set { written { $0.denominator = newValue } }
    }
    /// The numbers of the formula: `4/23`, `(3 + 5)/20`.
    public var arithmetic: String? {
        get { texts.current.arithmetic }
        set { written { $0.arithmetic = newValue } }
    }
    /// Why: the arithmetic, the base the text ties to, the smallest base, the rounding caveat.
    public var explanation: String {
        get { texts.current.explanation }
        set { written { $0.explanation = newValue } }
    }

    /// Writes the texts out and changes one.
    private mutating func written(_ change: (inout WrittenAuditRowTexts) -> Void) {
        var written: WrittenAuditRowTexts
        switch texts {
        case .written(let texts): written = texts
        case .whenRead(let texts): written = texts.writtenOut
        }
        change(&written)
        texts = .written(written)
    }

    /// The row's fields in display order, named as in the language (`where verdict == "mismatch"`).
    public var fields: [(name: String, value: VerificationValue)] {
        // Written together: a table's total reads its parts' figures for several of them.
        let written = texts.current.writtenOut
        return [
            ("report", .text(report)),
            ("claim", .text(claim)),
            ("raw", .text(raw)),
            ("subject", .text(subject)),
            ("check", .text(check.rawValue)),
            ("verdict", .text(verdict.rawValue)),
            ("formula", written.formula.map(VerificationValue.text) ?? .null),
            ("numerators", .text(written.numeratorList)),
            ("denominator", written.denominator.map(VerificationValue.text) ?? .null),
            ("arithmetic", written.arithmetic.map(VerificationValue.text) ?? .null),
            ("computed", computed.map(VerificationValue.number) ?? .null),
            ("rules", rules.isEmpty ? .null : .text(RoundingRule.summary(rules))),
            ("explanation", .text(written.explanation)),
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

extension AuditRow: Hashable {
    /// Rows are equal when every field reads alike: texts a row writes when read are compared as
    /// written, and claims by their fields, whichever report's measures they are.
    public static func == (lhs: AuditRow, rhs: AuditRow) -> Bool {
        lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields.map(\.value))
    }
}

/// A field value of an audit or solve row: exact numbers stay ``Rational``.
public enum VerificationValue: Sendable, Hashable {
    case text(String)
    case number(Rational)
    case null
}

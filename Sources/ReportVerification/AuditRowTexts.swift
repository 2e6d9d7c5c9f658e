/// The texts of an audit row that say how it was decided: its formula, the ids of its counts, the
/// numbers of its formula and why.
///
/// A row keeps what its texts are written from (the measures, numbers and labels it was decided
/// by) and writes each text only when it is read: a query that reads none (`group verdict |
/// count`) writes none, and one that shows a row writes only the columns it shows. Written up
/// front, the texts of a corpus's rows cost more than deciding them.
public protocol AuditRowTexts: Sendable {
    /// How the value is obtained from measures (``AuditRow/formula``).
    var formula: String? { get }
    /// Ids of the stated counts on top of the fraction (``AuditRow/numerators``).
    var numerators: [String] { get }
    /// Id of the stated base (``AuditRow/denominator``).
    var denominator: String? { get }
    /// The numbers of the formula (``AuditRow/arithmetic``).
    var arithmetic: String? { get }
    /// Why (``AuditRow/explanation``).
    var explanation: String { get }
    /// All five, for a row shown whole: texts that read the same figures for several of them read
    /// them once here.
    var writtenOut: WrittenAuditRowTexts { get }
}

extension AuditRowTexts {
    public var writtenOut: WrittenAuditRowTexts { WrittenAuditRowTexts(self) }

    /// ``numerators`` as one text, the ids separated by commas.
    public var numeratorList: String {
        let ids = numerators
        // Most rows have none or one; joining even those cost a thousand instructions.
        return ids.count < 2 ? ids.first ?? "" : ids.joined(separator: ",")
    }
}

/// Texts already written: rows decided by words rather than arithmetic, and rows whose texts were
/// set one by one.
public struct WrittenAuditRowTexts: AuditRowTexts {
    public var formula: String?
    public var numerators: [String]
    public var denominator: String?
    public var arithmetic: String?
    public var explanation: String

    public init(
        formula: String? = nil, numerators: [String] = [], denominator: String? = nil, arithmetic: String? = nil,
        explanation: String = ""
    ) {
        self.formula = formula
        self.numerators = numerators
        self.denominator = denominator
        self.arithmetic = arithmetic
        self.explanation = explanation
    }

    /// Texts already written are their own.
    public var writtenOut: WrittenAuditRowTexts { self }

    /// `texts` written out.
    init(_ texts: some AuditRowTexts) {
        self.init(
            formula: texts.formula, numerators: texts.numerators, denominator: texts.denominator,
            arithmetic: texts.arithmetic, explanation: texts.explanation)
    }
}

import ReportModel

/// The texts of a rate's row decided by stated counts (``AuditCandidate``): its formula over the
/// report's measures, their numbers, and why it reproduces the rate or does not.
struct RateCandidateTexts: AuditRowTexts {
    var candidate: AuditCandidate
    /// The report's measures, which the candidate's counts index.
    var measures: [Measure]
    var claim: ClaimWriting
    var isMismatch: Bool
    /// Why the candidate decides the row (`in the same sentence`).
    var reason: @Sendable () -> String

    var formula: String? { candidate.formula(of: measures) }
    var numerators: [String] { candidate.numerators.map { measures[Int($0)].id } }
    var denominator: String? { measures[Int(candidate.base)].id }
    var arithmetic: String? { candidate.arithmetic(of: measures) }

    var explanation: String {
        var text: String
        if isMismatch {
            text = "\(claim.text): \(reason())"
        } else {
            text = "\(claim.text) ← \(candidate.arithmetic(of: measures)) = \(claim.show(candidate.value)) (\(reason()))"
            if let spread = candidate.spread, let low = spread.lower, let high = spread.upper {
                let what = candidate.form == .growth ? "change" : "share"
                text += "; the figures are rounded, so the \(what) lies in [\(claim.show(low)), \(claim.show(high))]"
            }
        }
        if let restriction = RoundingRule.restriction(candidate.rules) { text += "; " + restriction }
        return text
    }
}

/// What a rate's texts need of its claim: its text, and how numbers are written like it. A
/// ``StatedClaim`` is some four hundred bytes, kept by every row that writes its texts when read.
struct ClaimWriting: Sendable {
    var text: String
    var decimals: Int
    var unit: String

    init(_ claim: StatedClaim) {
        text = claim.text
        decimals = claim.decimals
        unit = claim.unit
    }

    func show(_ number: Rational) -> String { StatedClaim.show(number, decimals: decimals, unit: unit) }
}

/// The texts of an implied row: a whole count, not stated, over a stated base gives the rate.
struct ImpliedCountTexts: AuditRowTexts {
    /// The rate as written.
    var claim: String
    var base: Measure
    /// The base's value, a whole number.
    var total: Int128
    /// The counts over the base that give the rate, the one the row shows first.
    var fitting: [SolveRow]

    var formula: String? { "\(fitting[0].count) / \(base.id)" }
    var numerators: [String] { [] }
    var denominator: String? { base.id }
    var arithmetic: String? { "\(fitting[0].count)/\(total)" }

    var explanation: String {
        let match = fitting[0]
        var text = "\(claim) ← \(match.text), over \(base.raw) (\(base.id)); the count \(match.count) is not stated"
        if fitting.count > 1 { text += "; " + fitting.dropFirst().map(\.text).joined(separator: ", ") + " also fit" }
        if let restriction = RoundingRule.restriction(match.rules) { text += "; " + restriction }
        return text
    }
}

/// The counts over a base that would give a rate its stated counts do not (`17/23 = 73.9130…% or
/// 18/23 = …`), or `no whole count`. Kept as the counts and their shares, not as solve rows: over a
/// large base there are hundreds, and a row's rounding rules are a dictionary each.
struct NeededCounts: Sendable {
    private var counts: [Int128] = []
    private var shares: [Rational] = []
    private var base: Int128 = 0
    private var decimals = 0
    private var unit = ""

    /// The rows of one base.
    init(rows: [SolveRow]) {
        guard let first = rows.first else { return }
        counts = rows.map(\.count)
        shares = rows.map(\.value)
        (base, decimals, unit) = (first.base, first.decimals, first.unit)
    }

    var text: String {
        guard !counts.isEmpty else { return "no whole count" }
        return zip(counts, shares).map { count, share in
            SolveRow.text(count: count, base: base, value: share, decimals: decimals, unit: unit)
        }.joined(separator: " or ")
    }
}

/// The texts of a rate no stated counts give, with the smallest base that can: the row a corpus's
/// audit has most of. Two references, the rate's text and the answer it shares with every rate
/// alike (``SolveMemo``), so that an existential keeps it in place: a box a row cost more memory
/// than its texts written.
struct SmallestBaseTexts: AuditRowTexts {
    /// The rate as written.
    var raw: String
    var smallest: SmallestBase

    var formula: String? { "\(smallest.row.count) / \(smallest.row.base)" }
    var numerators: [String] { [] }
    var denominator: String? { nil }
    var arithmetic: String? { "\(smallest.row.count)/\(smallest.row.base)" }
    var explanation: String { "no stated counts give \(raw); the smallest base that can is \(smallest.row.text)" }
}

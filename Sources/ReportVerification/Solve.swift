import ReportModel

/// `solve P of N` and `solve P`: which counts and bases can produce a stated share (GRIM for
/// percentages, with exact arithmetic).
public enum Solve {
    /// Every count k whose share k/N the claim allows (`73.9% of 23` → 17), by the claim's
    /// interval or by one of the rounding rules. One-sided claims (50%以上) list counts up to N.
    public static func counts(for claim: StatedClaim, base: Int128) throws(ArithmeticError) -> SolveResult {
        let rows = try candidates(for: claim, base: base)
        var lines: [String]
        if rows.isEmpty {
            lines = ["no count of \(base) gives \(claim.text)" + (try neighbours(of: claim, base: base))]
        } else {
            let counts = rows.prefix(shownCounts).map { String($0.count) }.joined(separator: ", ")
            let more = rows.count > shownCounts ? ", … (\(rows.count) counts)" : ""
            lines = [
                "\(claim.text) of \(base) → \(counts)\(more) ("
                    + rows.prefix(shownCounts).map(\.text).joined(separator: ", ") + more + ")"
            ]
        }
        if let note = try informativeness(of: claim, base: base) { lines.append("  (\(note))") }
        return SolveResult(claim: claim, rows: rows, summary: lines.joined(separator: "\n"))
    }

    /// The smallest bases N (up to `bases` of them) with a count that gives the claim
    /// (`90.24%` → 37/41). The smallest comes from continued fractions, in steps as many as the
    /// claim has digits; more than one are searched base by base up to ``maxSearchedBase``.
    public static func smallestBases(for claim: StatedClaim, bases: Int = 1) throws(ArithmeticError) -> SolveResult {
        let limit = try everyValuePossible(for: claim)
        let smallest = try smallestBase(for: claim)
        var rows: [SolveRow] = []
        if bases == 1, let smallest {
            rows = try candidates(for: claim, base: smallest)
        } else {
            var found = 0
            var base: Int128 = 1
            let noBaseCan = try allowsOnlyNegatives(claim)
            while !noBaseCan, base <= min(limit, maxSearchedBase), found < bases {
                let forBase = try candidates(for: claim, base: base)
                if !forBase.isEmpty {
                    rows += forBase
                    found += 1
                }
                base += 1
            }
            if found == 0, let smallest {
                rows = try candidates(for: claim, base: smallest)
            }
        }
        var lines =
            rows.isEmpty
            ? ["no base up to \(limit) gives \(claim.text)"]
            : ["\(claim.text) ← " + rows.map(\.text).joined(separator: ", ")]
        if claim.isRounded {
            lines.append(
                "  (with \(claim.decimals) decimal\(claim.decimals == 1 ? "" : "s") every value is possible "
                    + "once the base is \(limit) or more)")
        }
        return SolveResult(claim: claim, rows: rows, summary: lines.joined(separator: "\n"))
    }

    /// The first row of ``smallestBases(for:bases:)``, without the summary a `solve` prints: the
    /// audit names it for every rate no counts give, and the rows after it are not made.
    static func firstRowOfSmallestBase(for claim: StatedClaim) throws(ArithmeticError) -> SolveRow? {
        _ = try everyValuePossible(for: claim)
        guard let smallest = try smallestBase(for: claim) else { return try smallestBases(for: claim).rows.first }
        return try candidates(for: claim, base: smallest, upTo: 1).first
    }

    /// Bases are tried one by one up to here when more than the smallest is asked for.
    static let maxSearchedBase: Int128 = 20_000

    /// The smallest base with a count that gives a two-sided claim: the least denominator of the
    /// simplest share in its interval or in what one rounding rule writes as it (truncation
    /// reaches beyond the interval). Nil for a one-sided claim.
    private static func smallestBase(for claim: StatedClaim) throws(ArithmeticError) -> Int128? {
        guard let lower = claim.interval.lower, let upper = claim.interval.upper else { return nil }
        var ranges = [RoundingRange(lower, closed: true, upper, closed: true)]
        // A rule's range within the interval holds no share simpler than the interval's simplest:
        // only those reaching beyond it (truncation's) are searched too.
        if claim.isRounded { ranges += try claim.roundingRanges().map(\.1).filter { $0.lower < lower || $0.upper > upper } }
        var smallest: Int128?
        for range in ranges {
            let shares = RoundingRange(
                try range.lower.divided(by: claim.unitScale), closed: range.lowerClosed,
                try range.upper.divided(by: claim.unitScale), closed: range.upperClosed)
            if let share = try Rational.simplest(in: shares) { smallest = min(smallest ?? share.denominator, share.denominator) }
        }
        return smallest
    }

    /// The base from which every value at the claim's precision has a count: unit scale / step
    /// (1 decimal of a percentage → 100 / 0.1 = 1000). GRIM's limit: from there on a share proves nothing.
    public static func everyValuePossible(for claim: StatedClaim) throws(ArithmeticError) -> Int128 {
        return try claim.unitScale.divided(by: claim.step).ceiling
    }

    /// GRIM ratio (1 − N·step/scale): the share of values at the claim's decimals that no count of
    /// `base` can give. At or below 0 the test cannot detect anything.
    public static func grimRatio(for claim: StatedClaim, base: Int128) throws(ArithmeticError) -> Rational {
        let limit = try everyValuePossible(for: claim)
        return try Rational.one.subtracting(try Rational(numerator: base, denominator: limit))
    }

    /// The most rows one solve returns, and the most counts its summary names.
    static let maxRows: Int128 = 10_000
    private static let shownCounts = 10

    /// Whether everything the claim or a rounding rule accepts is below zero, where no share is:
    /// then no base gives it, as trying every base would find. Only said when the ends fit 64 bits,
    /// so that trying the bases up to ``maxSearchedBase`` could not have overflowed either.
    private static func allowsOnlyNegatives(_ claim: StatedClaim) throws(ArithmeticError) -> Bool {
        let accepted = acceptedInterval(claim, ranges: claim.isRounded ? try claim.roundingRanges() : [])
        guard let upper = accepted.upper, upper.isNegative else { return false }
        return upper.smallParts != nil && (accepted.lower.map { $0.smallParts != nil } ?? true)
            && claim.unitScale.smallParts != nil
    }

    /// The claim's interval widened to what each rounding rule accepts (truncation reaches a step
    /// beyond the figure).
    private static func acceptedInterval(_ claim: StatedClaim, ranges: [(RoundingRule, RoundingRange)]) -> Interval {
        var accepted = claim.interval
        for (_, range) in ranges {
            accepted.lower = accepted.lower.map { min($0, range.lower) }
            accepted.upper = accepted.upper.map { max($0, range.upper) }
        }
        return accepted
    }

    /// The counts of `base` that give the claim, in order, the first `limit` of them.
    static func candidates(
        for claim: StatedClaim, base: Int128, upTo limit: Int = .max
    ) throws(ArithmeticError) -> [SolveRow] {
        guard base > 0 else { throw .divisionByZero }
        let scale = claim.unitScale
        // Counts are searched over what the claim's interval or a rounding rule accepts, from its
        // first share on: over a huge base the rows that fit come first instead of thousands that
        // do not.
        let ranges = claim.isRounded ? try claim.roundingRanges() : []
        let accepted = acceptedInterval(claim, ranges: ranges)
        let counts = try accepted.scaled(by: try Rational(base).divided(by: scale))
        let first = max(counts.lower?.floor ?? 0, 0)
        let last = counts.upper?.ceiling ?? base
        guard first <= last else { return [] }
        var rows: [SolveRow] = []
        // A one-sided claim over a huge base would list millions of counts; the rows stop here.
        for count in first...(last - first >= maxRows ? first + maxRows - 1 : last) {
            let share = try Rational.share(Rational(count), of: Rational(base), scaledBy: scale)
            // Most counts of the range fit no rule: their rules are not written down.
            guard claim.interval.contains(share) || ranges.contains(where: { $0.1.contains(share) }) else { continue }
            // Filled in place: `Dictionary(uniqueKeysWithValues:)` checked every key for a duplicate.
            var rules = [RoundingRule: Bool](minimumCapacity: ranges.count)
            for (rule, range) in ranges { rules[rule] = range.contains(share) }
            rows.append(
                SolveRow(count: count, base: base, value: share, rules: rules, decimals: claim.decimals, unit: claim.unit))
            if rows.count == limit { break }
        }
        return rows
    }

    /// The shares just below and above the claim, to show why no count fits.
    private static func neighbours(of claim: StatedClaim, base: Int128) throws(ArithmeticError) -> String {
        let exact = try claim.value.multiplied(by: Rational(base)).divided(by: claim.unitScale)
        var shown: [String] = []
        for count in [exact.floor, exact.ceiling] where count >= 0 && !shown.contains(where: { $0.hasPrefix("\(count)/") }) {
            let share = try Rational(count).multiplied(by: claim.unitScale).divided(by: Rational(base))
            shown.append("\(count)/\(base) = \(claim.show(share))")
        }
        return shown.isEmpty ? "" : ": " + shown.joined(separator: ", ")
    }

    private static func informativeness(of claim: StatedClaim, base: Int128) throws(ArithmeticError) -> String? {
        guard claim.isRounded else { return nil }
        let limit = try everyValuePossible(for: claim)
        guard base >= limit else { return nil }
        return "not informative: with \(claim.decimals) decimal\(claim.decimals == 1 ? "" : "s") "
            + "every value has a count once the base is \(limit) or more"
    }
}

/// One way to produce a claim: `count` of `base`.
public struct SolveRow: Sendable, Hashable {
    public var count: Int128
    public var base: Int128
    /// The share in the claim's unit (100·17/23 for a percentage), exact.
    public var value: Rational
    /// Whether each rounding rule writes `value` as the claim (empty for a qualified claim).
    public var rules: [RoundingRule: Bool]
    /// How the claim writes numbers (``StatedClaim/show(_:)``): its decimals and unit.
    var decimals: Int
    var unit: String

    /// `17/23 = 73.9130…%`: written when read, since the audit reads it only for the rows it shows
    /// (writing the share's digits cost more than finding the counts).
    public var text: String { Self.text(count: count, base: base, value: value, decimals: decimals, unit: unit) }

    static func text(count: Int128, base: Int128, value: Rational, decimals: Int, unit: String) -> String {
        "\(count)/\(base) = \(StatedClaim.show(value, decimals: decimals, unit: unit))"
    }

    /// `count`, `base`, `value`, `rules`, `text`, for a table renderer.
    public var fields: [(name: String, value: VerificationValue)] {
        [
            ("count", .number(Rational(count))),
            ("base", .number(Rational(base))),
            ("value", .number(value)),
            ("rules", rules.isEmpty ? .null : .text(RoundingRule.summary(rules))),
            ("text", .text(text)),
        ]
    }
}

/// The answer to a `solve`, as rows and as text.
public struct SolveResult: Sendable {
    public var claim: StatedClaim
    public var rows: [SolveRow]
    public var summary: String
}

import ReportModel

/// A figure as a report (or a `check` statement) states it: the side of a check that may have been
/// rounded. Its value and interval are in the figure's own unit (17.4 for 17.4%).
public struct StatedClaim: Sendable, Hashable {
    /// As written: `17.4%`, `m44`, `50%以上`.
    public var text: String
    public var value: Rational
    public var decimals: Int
    /// One step of the last stated digit, in the claim's unit (0.1 for 17.4%, 1000 for 1.8万):
    /// what the rounding rules round to.
    public var step: Rational
    /// `%`, `个百分点`, `成`, `折`, `件`, … (shown after numbers in the claim's unit).
    public var unit: String
    /// How many of the claim's units make 1 in plain arithmetic: 100 for % and 个百分点, 10 for 成 and 折,
    /// else 1. A computed ratio 4/23 is compared with 17.4% as 100·4/23.
    public var unitScale: Rational
    /// What the wording allows, from ``StatedFigure/interval`` (tie-agnostic for plain figures).
    public var interval: Interval
    /// Whether rounding rules apply: a rounded figure without qualifier words. 50%以上 and
    /// 3000多 constrain by their interval only; an exact count (27件) is a point.
    public var isRounded: Bool
    /// What each rounding rule writes as this figure, worked out once: an audit asks for every
    /// candidate count. Kept with the value and step it was worked out for.
    private var preimages: RoundingPreimages?

    public init(
        text: String, value: Rational, decimals: Int, step: Rational, unit: String,
        unitScale: Rational, interval: Interval, isRounded: Bool
    ) {
        self.text = text
        self.value = value
        self.decimals = decimals
        self.step = step
        self.unit = unit
        self.unitScale = unitScale
        self.interval = interval
        self.isRounded = isRounded
        preimages = isRounded ? RoundingPreimages(value: value, step: step) : nil
    }

    /// A literal of the language (`17.4%` is `StatedFigure(value: 17.4, decimals: 1, isRounded: true)`
    /// with unit `%`).
    public init(text: String, figure: StatedFigure, unit: String) {
        self.init(
            text: text, value: figure.value, decimals: figure.decimals, step: figure.lastDigitStep, unit: unit,
            unitScale: Self.unitScale(of: unit), interval: figure.bounds,
            isRounded: figure.isRounded && figure.qualifiers.isEmpty)
    }

    /// A measure of a report; `text` defaults to its raw text.
    public init(measure: Measure, text: String? = nil) {
        // Read once: a measure rebuilds its bounds at every read.
        let bounds = measure.bounds
        let rounded = measure.approx == nil && bounds.lower != bounds.upper
        // A rounded measure's interval is one step wide (1.8万 → 17500…18500); the model keeps no scale.
        let width = bounds.upper.flatMap { upper in bounds.lower.flatMap { try? upper.subtracting($0) } }
        // Loading refuses decimals outside 0…18; a measure made in code is held to them too, for
        // -decimals and decimals + 2 below would trap at the ends of Int.
        let decimals = min(max(measure.decimals, 0), Measure.maximumDecimals)
        let decimalStep = (try? Rational(significand: 1, exponent: -decimals)) ?? .one
        self.init(
            text: text ?? measure.raw, value: measure.value, decimals: decimals,
            step: rounded ? (width ?? decimalStep) : decimalStep,
            unit: measure.unit, unitScale: Self.unitScale(of: measure.unit),
            interval: bounds, isRounded: rounded)
    }

    public static func unitScale(of unit: String) -> Rational {
        switch unit {
        case "%", "个百分点", "百分点": return .hundred
        case "成", "折": return Rational(10)
        default: return .one
        }
    }

    /// The interval in plain arithmetic units (17.4% → 0.1735…0.1745), for a language that
    /// computes with a percentage as its fraction.
    public var arithmeticInterval: Interval {
        get throws(ArithmeticError) {
            try interval.scaled(by: try Rational.one.divided(by: unitScale))
        }
    }

    /// Whether the figure is one-sided (50%以上, 不足10件): it bounds rather than states.
    public var isBound: Bool { interval.lower == nil || interval.upper == nil }

    /// The rules under which `computed` (in the claim's unit) is written as this figure.
    public func rules(for computed: Interval) throws(ArithmeticError) -> [RoundingRule: Bool] {
        try roundingVerdicts(for: computed).rules
    }

    /// ``rules(for:)`` as bits: what the audit keeps for every candidate count.
    func roundingVerdicts(for computed: Interval) throws(ArithmeticError) -> RoundingVerdicts {
        guard isRounded else { return .none }
        // The ranges worked out once are read in place: an array of them for every candidate cost
        // more than comparing.
        if let preimages, preimages.value == value, preimages.step == step {
            var verdicts = RoundingVerdicts.asked(preimages.ranges.count)
            // Most candidates of an audit fall wide of the figure: below or above every range, they
            // meet none, which two comparisons tell.
            if let upper = computed.upper, upper < preimages.lowest { return verdicts }
            if let lower = computed.lower, lower > preimages.highest { return verdicts }
            for (index, range) in preimages.ranges.enumerated() where range.meets(computed) { verdicts.hold(index) }
            return verdicts
        }
        return RoundingVerdicts(holding: try roundingRanges().map { $0.1.meets(computed) })
    }

    /// What each rounding rule writes as this figure, in ``RoundingRule/allCases`` order.
    func roundingRanges() throws(ArithmeticError) -> [(RoundingRule, RoundingRange)] {
        if let preimages, preimages.value == value, preimages.step == step {
            return Array(zip(RoundingRule.allCases, preimages.ranges))
        }
        return Array(zip(RoundingRule.allCases, try RoundingRule.preimages(of: value, step: step)))
    }

    /// A number in the claim's unit as text: `17.3913…%`.
    func show(_ number: Rational) -> String {
        Self.show(number, decimals: decimals, unit: unit)
    }

    static func show(_ number: Rational, decimals: Int, unit: String) -> String {
        number.shortText(fractionDigits: max(decimals + 2, 4)) + (unit == "%" ? "%" : "")
    }
}

/// The preimage of a figure under each rounding rule, in ``RoundingRule/allCases`` order; nil when
/// one cannot be computed exactly, which ``StatedClaim/rules(for:)`` then reports.
private struct RoundingPreimages: Sendable, Hashable {
    var value: Rational
    var step: Rational
    var ranges: [RoundingRange]
    /// The lowest lower end and the highest upper end of the ranges.
    var lowest: Rational
    var highest: Rational

    init?(value: Rational, step: Rational) {
        guard let ranges = try? RoundingRule.preimages(of: value, step: step), let first = ranges.first else { return nil }
        self.value = value
        self.step = step
        self.ranges = ranges
        // Compared in place: arrays of the ends to take their least and greatest cost more than that.
        (lowest, highest) = (first.lower, first.upper)
        for range in ranges.dropFirst() {
            lowest = min(lowest, range.lower)
            highest = max(highest, range.upper)
        }
    }
}

extension Rational {
    /// Up to `fractionDigits` decimals, then `…` when the value goes on (`17.3913…`).
    public func shortText(fractionDigits: Int) -> String {
        let (text, isExact) = decimalDigits(maxFractionDigits: fractionDigits)
        return isExact ? text : text + "…"
    }
}

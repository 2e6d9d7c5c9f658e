/// A figure as the scanner finds it, before it is placed in the outline and given a subject.
struct FoundFigure {
    /// The span of `raw`, qualifiers included.
    var start: Int
    var end: Int
    /// Where the number itself starts (after prefix qualifiers).
    var numberStart: Int
    /// The value in the measure's unit is `significand × 10^-decimals × scale`.
    var significand: Int128
    var decimals: Int
    var scale: Int128
    var kind: MeasureKind
    var unit: String
    /// Qualifier words as written, outermost first.
    var qualifiers: [String]
    /// The table cell's headers, when the figure stands in a table.
    var tableSubject: String?

    var isRounded: Bool {
        decimals > 0 || scale > 1 || kind == .percent || kind == .points || kind == .tenths || kind == .multiple
    }

    var statedFigure: StatedFigure? {
        guard let base = try? Rational(significand: significand, exponent: -decimals),
              let value = try? base.multiplied(by: Rational(scale)) else { return nil }
        return StatedFigure(value: value, decimals: decimals, scale: Rational(scale), isRounded: isRounded,
                            qualifiers: qualifiers)
    }
}

import ReportModel

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
    /// The qualifier words as one (超过近), nil without any. Appended in a loop: the standard
    /// library's `joined()`, unspecialised, looked up its sequence's conformances at every start.
    var joinedQualifiers: String? {
        guard var joined = qualifiers.first else { return nil }
        for word in qualifiers.dropFirst() { joined += word }
        return joined
    }
    /// The table cell's headers, when the figure stands in a table.
    var tableSubject: String?
    /// 三成半: stated to the half (3.5 stands for 3.25…3.75), not to the tenth.
    var statedInHalves = false
    /// 几十, 数百: a few of the unit, anything from one to ten of it.
    var isSeveral = false
    /// The upper end of a range (3至5个 → 5) or of 成百上千 (10000): the lower end is the value.
    var rangeUpper: Rational?
    /// 翻一番: a multiple said in words, with no digit to be rounded.
    var isStatedInWords = false
    /// The X of a fraction X分之Y (三分之二 → 3): the value is divided by it, exactly.
    var denominator: Int128 = 1

    /// A discount (八折) is a price rule, exact; every other rate is a rounding of something finer.
    var isRounded: Bool {
        if isStatedInWords || isDiscount { return false }
        return decimals > 0 || scale > 1 || kind == .percent || kind == .points || kind == .tenths || kind == .multiple
    }

    /// Whether the unit is 折, read as its UTF-8 bytes (E6 8A 98): `unit == "折"` went through the
    /// standard library's normalisation check for every other unit (280 instructions a figure),
    /// and a generic `elementsEqual` over the UTF-8 view cost half that. No other spelling is
    /// canonically 折, so the bytes decide as `==` did.
    private var isDiscount: Bool {
        var unit = unit
        return unit.withUTF8 { $0.count == 3 && $0[0] == 0xE6 && $0[1] == 0x8A && $0[2] == 0x98 }
    }

    var statedFigure: StatedFigure? {
        guard let base = try? Rational(significand: significand, exponent: -decimals),
            let value = try? base.multiplied(by: Rational(scale))
        else { return nil }
        // The step of the last stated digit is 10^-decimals × scale; halves make it five times that.
        let stepScale = statedInHalves ? scale * 5 : scale
        if denominator == 1 {
            return StatedFigure(
                value: value, decimals: decimals, scale: Rational(stepScale), isRounded: isRounded,
                qualifiers: qualifiers)
        }
        // A fraction's step is one part of its denominator (三分之二 → 1/3).
        guard let fraction = try? value.divided(by: Rational(denominator)),
            let step = try? Rational(numerator: stepScale, denominator: denominator)
        else { return nil }
        return StatedFigure(value: fraction, decimals: decimals, scale: step, isRounded: isRounded, qualifiers: qualifiers)
    }

    /// The interval of true values: the stated figure's, except for 几十 / 数百, which the
    /// qualifier words alone cannot say (几 after a number, 十几, is a different range).
    func interval(of stated: StatedFigure) -> (lower: Rational?, upper: Rational?) {
        if let rangeUpper { return (isSeveral ? stated.value : stated.interval.lower, rangeUpper) }
        guard isSeveral else { return stated.interval }
        return (stated.value, try? stated.value.multiplied(by: Rational(10)))
    }
}

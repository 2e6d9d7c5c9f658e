/// A rounding bound kept as a mark: most bounds that differ from their figure's value are the value
/// less or plus half the step of its last digit (17.4% → 17.35…17.45, 1.8万 → 17500…18500), and
/// kept as numbers they gave most such measures bounds and a detail of their own (2.5 MB of a
/// 10,000-report corpus). A mark tells the step; the bound is made again from the value when read.
extension Measure {
    /// The steps 10^e a mark tells, for e in this range: from the finest a figure is written in
    /// (``maximumDecimals``) past 万亿, the largest multiplier a figure's digits carry. A bound at
    /// half another step from its value is kept as a number.
    static let halfStepExponents = -maximumDecimals...13

    /// The first mark of a bound at half a step from its value: the marks after it tell the steps
    /// of ``halfStepExponents`` in order, and the bounds' indices stay below it.
    static let firstHalfStepMark = boundIsValue - UInt16(halfStepExponents.count)

    /// The largest index into the bounds of ``MeasureTexts`` a detail holds: the values above it
    /// are marks.
    static let largestBoundIndex = Int(firstHalfStepMark) - 1

    /// Half of each step of ``halfStepExponents`` (10^e / 2 = 5 × 10^(e-1)), in order.
    private static let halfSteps: [Rational] = halfStepExponents.map { try! Rational(significand: 5, exponent: $0 - 1) }
    private static let halfStepMarks: [Rational: UInt16] = Dictionary(
        uniqueKeysWithValues: halfSteps.enumerated().map { ($0.element, firstHalfStepMark + UInt16($0.offset)) })

    /// The mark of a bound at half a step below the value (a lower bound) or above it (an upper
    /// one), when it is exactly that and reads back as it is; nil for another.
    static func halfStepMark(of bound: Rational, from value: Rational, upward: Bool) -> UInt16? {
        guard let difference = try? (upward ? bound.subtracting(value) : value.subtracting(bound)),
            let mark = halfStepMarks[difference], (try? Self.bound(atHalfStep: mark, from: value, upward: upward)) == bound
        else { return nil }
        return mark
    }

    /// The bound a mark of ``halfStepMark(of:from:upward:)`` tells: it is kept only where this
    /// sum was made without overflow, so it is made again so from the same value. A value of
    /// 64-bit parts whose denominator divides the half step's (one of no more decimals than its
    /// step, nearly every one) is summed over the half step's denominator, which only 2s and 5s
    /// divide, in 64 bits and without the greatest common divisors a sum of fractions finds
    /// (290 instructions a bound, 4 M of a sample's audit, in 128 bits).
    static func bound(atHalfStep mark: UInt16, from value: Rational, upward: Bool) throws(ArithmeticError) -> Rational {
        let halfStep = halfSteps[Int(mark - firstHalfStepMark)]
        guard let (numerator, denominator) = value.smallParts, let (halfNumerator, halfDenominator) = halfStep.smallParts,
            halfDenominator % denominator == 0
        else { return try upward ? value.adding(halfStep) : value.subtracting(halfStep) }
        let (scaled, overflowScaled) = numerator.multipliedReportingOverflow(by: halfDenominator / denominator)
        var (top, overflowSum) =
            upward ? scaled.addingReportingOverflow(halfNumerator) : scaled.subtractingReportingOverflow(halfNumerator)
        guard !overflowScaled, !overflowSum else {
            return try upward ? value.adding(halfStep) : value.subtracting(halfStep)
        }
        var bottom = halfDenominator
        let twos = min(top.trailingZeroBitCount, bottom.trailingZeroBitCount)
        top >>= twos
        bottom >>= twos
        while bottom % 5 == 0, top % 5 == 0 {
            top /= 5
            bottom /= 5
        }
        return Rational(lowestTerms: Int128(top), denominator: Int128(bottom))
    }
}

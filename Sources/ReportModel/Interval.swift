/// The true values a figure or a computation can stand for: `nil` is unbounded on that side.
///
/// An exact count is a point (`27…27`); 17.4% is `17.35…17.45`; 50%以上 is `50…nil`.
public struct Interval: Sendable, Hashable {
    public var lower: Rational?
    public var upper: Rational?

    public init(lower: Rational?, upper: Rational?) {
        self.lower = lower
        self.upper = upper
    }

    public init(exactly value: Rational) {
        self.init(lower: value, upper: value)
    }

    public var isPoint: Bool { lower != nil && lower == upper }

    public func contains(_ value: Rational) -> Bool {
        (lower.map { $0 <= value } ?? true) && (upper.map { value <= $0 } ?? true)
    }
}

extension StatedFigure {
    public var bounds: Interval {
        let (lower, upper) = interval
        return Interval(lower: lower, upper: upper)
    }
}

extension Measure {
    public var bounds: Interval { Interval(lower: lower, upper: upper) }
}

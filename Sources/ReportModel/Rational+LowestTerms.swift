extension Rational {
    /// A fraction already in lowest terms with a positive denominator (read back from a compact
    /// copy of one), without dividing again.
    init(lowestTerms numerator: Int128, denominator: Int128) {
        self.numerator = numerator
        self.denominator = denominator
    }
}

import ReportModel

/// Horizontal bars drawn with Unicode block characters, in eighths of a cell, scaled so the
/// largest magnitude fills `width` cells. Exact arithmetic: a bar's length never depends on
/// floating-point rounding.
public enum BarChart {
    public static let width = 40
    private static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// One bar per value (nil draws nothing); a negative value's bar starts with `-`.
    public static func bars(for values: [Rational?]) -> [String] {
        let magnitudes = values.map { $0.map { $0.isNegative ? $0.negated() : $0 } }
        guard let largest = magnitudes.compactMap({ $0 }).max(), !largest.isZero else {
            return values.map { _ in "" }
        }
        return zip(values, magnitudes).map { value, magnitude in
            guard let value, let magnitude else { return "" }
            let eighths = (try? magnitude.multiplied(by: Rational(width * 8)).divided(by: largest).floor) ?? 0
            let full = Int(eighths / 8), rest = Int(eighths % 8)
            var bar = String(repeating: "█", count: full)
            if rest > 0 { bar.append(partialBlocks[rest - 1]) }
            if bar.isEmpty { bar = "▏" }
            return (value.isNegative ? "-" : "") + bar
        }
    }
}

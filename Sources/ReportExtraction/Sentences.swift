/// The sentence a figure stands in: from the previous 。！？ (or line start) to the next one, its
/// ending mark included. A table row is one sentence.
enum Sentences {
    /// Compared, not looked up in a Set: it runs on every scalar of every figure's sentence, and
    /// hashing them took a tenth of the whole extraction time.
    private static func isEnder(_ unit: UInt16) -> Bool {
        // 。 ！ ？ ! ?
        unit == 0x3002 || unit == 0xFF01 || unit == 0xFF1F || unit == 0x21 || unit == 0x3F
    }

    /// A run-on "sentence" longer than this each way is cut, so that scanning stays linear.
    private static let reach = 300

    static func sentence(in text: ScalarText, around range: Range<Int>, line: Range<Int>) -> Range<Int> {
        let line = max(line.lowerBound, range.lowerBound - reach)..<min(line.upperBound, range.upperBound + reach)
        // Units, not scalars: no ender is beyond the plane, and a surrogate unit is no ender.
        let before = min(line.lowerBound, range.lowerBound)..<range.lowerBound
        var start = text.scalars.lastIndex(in: before, whereUnit: isEnder).map { $0 + 1 } ?? before.lowerBound
        var end =
            range.upperBound < line.upperBound
            ? text.scalars.firstIndex(in: range.upperBound..<line.upperBound, whereUnit: isEnder) : range.upperBound
        if end < line.upperBound { end += 1 }
        while start < end, text.scalars[start].isSpace { start += 1 }
        return start..<end
    }
}

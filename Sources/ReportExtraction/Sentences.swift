/// The sentence a figure stands in: from the previous 。！？ (or line start) to the next one, its
/// ending mark included. A table row is one sentence.
enum Sentences {
    /// A switch, not a Set: it runs on every scalar of every figure's sentence, and hashing them
    /// took a tenth of the whole extraction time.
    private static func isEnder(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?": return true
        default: return false
        }
    }

    /// A run-on "sentence" longer than this each way is cut, so that scanning stays linear.
    private static let reach = 300

    static func sentence(in text: ScalarText, around range: Range<Int>, line: Range<Int>) -> Range<Int> {
        let line = max(line.lowerBound, range.lowerBound - reach)..<min(line.upperBound, range.upperBound + reach)
        var start = range.lowerBound
        while start > line.lowerBound, !isEnder(text.scalars[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < line.upperBound, !isEnder(text.scalars[end]) { end += 1 }
        if end < line.upperBound { end += 1 }
        while start < end, text.scalars[start].isSpace { start += 1 }
        return start..<end
    }
}

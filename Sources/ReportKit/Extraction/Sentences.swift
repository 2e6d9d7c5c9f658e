/// The sentence a figure stands in: from the previous 。！？ (or line start) to the next one, its
/// ending mark included. A table row is one sentence.
enum Sentences {
    private static let enders: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]

    static func sentence(in text: ScalarText, around range: Range<Int>, line: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > line.lowerBound, !enders.contains(text.scalars[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < line.upperBound, !enders.contains(text.scalars[end]) { end += 1 }
        if end < line.upperBound { end += 1 }
        while start < end, text.scalars[start].properties.isWhitespace { start += 1 }
        return start..<end
    }
}

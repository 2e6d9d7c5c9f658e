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

    /// A sentence found with an ender on each side, and a figure in it that holds no ender. A
    /// figure after that one, before the closing ender and on the same line, has the same sentence
    /// while the opening ender is within reach: there is no ender between them. Most figures share
    /// a sentence with the one before: taking it without a search saves more than half of what
    /// finding sentences cost.
    struct Found {
        fileprivate var line: Range<Int>
        fileprivate var figureEnd: Int
        fileprivate var opening: Int
        fileprivate var closing: Int
        fileprivate var sentence: Range<Int>
    }

    /// The sentence around `range`; `found` is the sentence found before (for a figure earlier on
    /// the page), and becomes this one when it can serve the figures after it.
    static func sentence(in text: ScalarText, around range: Range<Int>, line: Range<Int>, after found: inout Found?)
        -> Range<Int>
    {
        if let known = found, known.line == line, range.lowerBound >= known.figureEnd,
            range.upperBound <= known.closing, known.opening >= range.lowerBound - reach
        {
            return known.sentence
        }
        let reachable = max(line.lowerBound, range.lowerBound - reach)..<min(line.upperBound, range.upperBound + reach)
        // Units, not scalars: no ender is beyond the plane, and a surrogate unit is no ender.
        let before = min(reachable.lowerBound, range.lowerBound)..<range.lowerBound
        let opening = text.scalars.lastIndex(in: before, whereUnit: isEnder)
        var start = opening.map { $0 + 1 } ?? before.lowerBound
        var end =
            range.upperBound < reachable.upperBound
            ? text.scalars.firstIndex(in: range.upperBound..<reachable.upperBound, whereUnit: isEnder) : range.upperBound
        let closing = end < reachable.upperBound ? end : nil
        if end < reachable.upperBound { end += 1 }
        while start < end, text.scalars[start].isSpace { start += 1 }
        if let opening, let closing, text.scalars.firstIndex(in: range, whereUnit: isEnder) == range.upperBound {
            found = Found(line: line, figureEnd: range.upperBound, opening: opening, closing: closing, sentence: start..<end)
        } else {
            found = nil
        }
        return start..<end
    }
}

/// A report's text as an array of Unicode scalars: the unit every offset counts in, and cheap to
/// index in the scanner's hot loops (String.Index walking is not).
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// Whether `word` is written starting at `index`.
    func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        for offset in 0..<word.count where scalars[index + offset] != word[offset] { return false }
        return true
    }

    /// Whether `word` is written ending just before `index`.
    func matches(_ word: [Unicode.Scalar], endingAt index: Int) -> Bool {
        matches(word, at: index - word.count)
    }

    /// The first of `words` (longest first) written at `index`.
    func firstMatch(of words: [[Unicode.Scalar]], at index: Int) -> [Unicode.Scalar]? {
        words.first { matches($0, at: index) }
    }

    func firstMatch(of words: [[Unicode.Scalar]], endingAt index: Int) -> [Unicode.Scalar]? {
        words.first { matches($0, endingAt: index) }
    }
}

extension Unicode.Scalar {
    /// 0–9 for ASCII and full-width digits.
    var arabicDigit: Int? {
        switch value {
        case 0x30...0x39: return Int(value - 0x30)
        case 0xFF10...0xFF19: return Int(value - 0xFF10)
        default: return nil
        }
    }

    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }

    var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
}

extension Array where Element == String {
    /// Words as scalar arrays, longest first, for matching at a position.
    var scalarWords: [[Unicode.Scalar]] {
        map { [Unicode.Scalar]($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }
}

/// Words looked for at a position of the text (qualifiers, connectives, set phrases), longest
/// first. They are kept twice more, in order of their first scalar and of their last, longest
/// first within each, so that a match tries only the words that begin (or end) with the scalar
/// written there, found by binary search: trying each word in turn was a twentieth of the
/// extraction.
struct WordList {
    private let byFirst: [[Unicode.Scalar]]
    private let byLast: [[Unicode.Scalar]]
    /// One bit for each value of a scalar's low 7 bits, set for those of the words' first (last)
    /// scalars: most positions of a text are ruled out by one test, before any search.
    private let firstBits: (UInt64, UInt64)
    private let lastBits: (UInt64, UInt64)

    init(_ words: [String]) {
        let longestFirst = words.scalarWords
        byFirst = Self.grouped(longestFirst) { $0[0] }
        byLast = Self.grouped(longestFirst) { $0[$0.count - 1] }
        firstBits = Self.bits(byFirst.map { $0[0] })
        lastBits = Self.bits(byLast.map { $0[$0.count - 1] })
    }

    /// `words` sorted by their key scalar, then by their place, which is kept. The key and place of
    /// each are one integer, so the sort compares integers: sorting the words with a closure over
    /// tuples cost a few thousand instructions a word, at every start.
    private static func grouped(
        _ words: [[Unicode.Scalar]], by key: ([Unicode.Scalar]) -> Unicode.Scalar
    ) -> [[Unicode.Scalar]] {
        var order: [UInt64] = []
        order.reserveCapacity(words.count)
        for (place, word) in words.enumerated() { order.append(UInt64(key(word).value) << 32 | UInt64(place)) }
        return order.sortedKeys.map { words[Int($0 & 0xFFFF_FFFF)] }
    }

    private static func bits(_ scalars: [Unicode.Scalar]) -> (UInt64, UInt64) {
        var bits: (UInt64, UInt64) = (0, 0)
        for scalar in scalars {
            let value = UInt64(scalar.value & 127)
            if value < 64 { bits.0 |= 1 << value } else { bits.1 |= 1 << (value - 64) }
        }
        return bits
    }

    private static func mayHold(_ bits: (UInt64, UInt64), _ scalar: Unicode.Scalar) -> Bool {
        let value = UInt64(scalar.value & 127)
        return (value < 64 ? bits.0 >> value : bits.1 >> (value - 64)) & 1 != 0
    }

    /// The first of the words (longest first) written at `index`.
    func match(in text: ScalarText, at index: Int) -> [Unicode.Scalar]? {
        guard let first = text[index], Self.mayHold(firstBits, first) else { return nil }
        var position = Self.start(of: first, in: byFirst) { $0[0] }
        while position < byFirst.count, byFirst[position][0] == first {
            if text.matches(byFirst[position], at: index) { return byFirst[position] }
            position += 1
        }
        return nil
    }

    /// The first of the words (longest first) written ending just before `index`.
    func match(in text: ScalarText, endingAt index: Int) -> [Unicode.Scalar]? {
        guard let last = text[index - 1], Self.mayHold(lastBits, last) else { return nil }
        var position = Self.start(of: last, in: byLast) { $0[$0.count - 1] }
        while position < byLast.count, byLast[position][byLast[position].count - 1] == last {
            if text.matches(byLast[position], endingAt: index) { return byLast[position] }
            position += 1
        }
        return nil
    }

    /// The index of the first word whose key scalar is `scalar` or greater.
    private static func start(
        of scalar: Unicode.Scalar, in words: [[Unicode.Scalar]], key: ([Unicode.Scalar]) -> Unicode.Scalar
    ) -> Int {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if key(words[middle]).value < scalar.value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

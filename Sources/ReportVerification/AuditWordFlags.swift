import ReportModel

/// Which of the genre's words a count's words name: as each rate family's numerator or base
/// (``RateFamily``), as a total (``TotalWords``), or as a stage of a case (``FunnelOrder``). Every
/// candidate pair asks, so a count's are worked out once, not once per pair, in one pass over its
/// words (审结 names the base of five families).
struct AuditWordFlags {
    /// Bit i for ``vocabulary``[i].
    private let found: UInt64

    init(_ words: String) {
        var words = words
        found = words.withUTF8 { text in
            var found: UInt64 = 0
            // A word starts where a scalar does, at a byte pair some word of the vocabulary starts
            // with: only those places are compared (searching for each word in turn cost more than
            // the rest of reading a count's words). A word of one byte is searched for on its own.
            let startsAWord = Self.startsAWord, starts = Self.starts, vocabulary = Self.vocabulary
            var offset = 0
            while offset + 1 < text.count {
                let lead = text[offset]
                let pair = Int(lead) << 8 | Int(text[offset + 1])
                if startsAWord[pair >> 6] & 1 << (pair & 63) != 0 {
                    for start in starts where start.pair == pair {
                        for index in start.words where found & 1 << index == 0 {
                            let word = vocabulary[index]
                            if offset + word.count <= text.count, text[offset..<(offset + word.count)].elementsEqual(word) {
                                found |= 1 << index
                            }
                        }
                    }
                }
                offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            }
            for index in Self.shortWords {
                let occurs = Self.vocabulary[index].withUnsafeBufferPointer { text.firstOffset(of: $0) != nil }
                if occurs { found |= 1 << index }
            }
            return found
        }
    }

    func namesNumerator(of family: RateFamily) -> Bool { found & Self.numeratorMasks[family.index] != 0 }

    func namesBase(of family: RateFamily) -> Bool { found & Self.baseMasks[family.index] != 0 }

    var namesTotal: Bool { found & Self.totalMask != 0 }

    var namesTableTotal: Bool { found & Self.tableTotalMask != 0 }

    /// Whether the words hold a word of some stage of ``FunnelOrder/stages``: when they do not,
    /// they name none.
    var mayNameAStage: Bool { found & Self.stageMask != 0 }

    /// Every word looked for, once each (at most 64, one bit each).
    private static let words: [String] = {
        var words: [String] = []
        let all = RateFamily.all.flatMap { $0.numeratorWords + $0.baseWords } + TotalWords.words + FunnelOrder.stages.joined()
        for word in all where !words.contains(word) {
            words.append(word)
        }
        precondition(words.count <= 64, "AuditWordFlags keeps one bit a word, 64 at most")
        return words
    }()
    /// ``words`` as UTF-8 bytes.
    private static let vocabulary = words.map { Array($0.utf8) }
    /// The words of two bytes or more by their first two bytes (as one number): a short list, read
    /// in order, which costs less than hashing the pair.
    private static let starts: [(pair: Int, words: [Int])] = Dictionary(
        grouping: vocabulary.indices.filter { vocabulary[$0].count >= 2 }
    ) { Int(vocabulary[$0][0]) << 8 | Int(vocabulary[$0][1]) }.map { (pair: $0.key, words: $0.value) }
    /// A bit for every pair of ``starts``, so that most byte pairs are passed by one test.
    private static let startsAWord: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for start in starts { bits[start.pair >> 6] |= 1 << (start.pair & 63) }
        return bits
    }()
    private static let shortWords = vocabulary.indices.filter { vocabulary[$0].count < 2 }
    private static let numeratorMasks = RateFamily.all.map { mask(of: $0.numeratorWords) }
    private static let baseMasks = RateFamily.all.map { mask(of: $0.baseWords) }
    private static let totalMask = mask(of: TotalWords.words)
    private static let tableTotalMask = mask(of: TotalWords.tableWords)
    private static let stageMask = mask(of: Array(FunnelOrder.stages.joined()))

    private static func mask(of chosen: [String]) -> UInt64 {
        chosen.reduce(0) { mask, word in mask | (words.firstIndex(of: word).map { 1 << $0 } ?? 0) }
    }
}

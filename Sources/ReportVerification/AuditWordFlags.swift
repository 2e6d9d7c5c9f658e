import ReportModel

/// Which of the genre's words a count's words name: as each rate family's numerator or base
/// (``RateFamily``), as a total (``TotalWords``), or as a stage of a case (``FunnelOrder``); and
/// whether a rate's words say it is a change (``GrowthWords``). Every candidate pair asks, so a
/// count's are worked out once, not once per pair, in one pass over its words (审结 names the base
/// of five families); a rate's, in one pass instead of a search for each word.
struct AuditWordFlags {
    /// Bit i for ``vocabulary``[i].
    private let found: UInt64

    init(_ words: String) {
        self = words.withUTF8Bytes { Self(bytes: $0) }
    }

    /// The flags of words given as UTF-8 bytes.
    init(bytes text: UnsafeBufferPointer<UInt8>) {
        var found: UInt64 = 0
        // A word starts where a scalar does, at a byte pair some word of the vocabulary starts
        // with: only those places are compared (searching for each word in turn cost more than
        // the rest of reading a count's words). A word of one byte is searched for on its own.
        let startOfPair = Self.startOfPair, starts = Self.starts, vocabulary = Self.vocabulary
        var offset = 0
        while offset + 1 < text.count {
            let lead = text[offset]
            let slot = startOfPair[Int(lead) << 8 | Int(text[offset + 1])]
            if slot != 0 {
                for index in starts[Int(slot) - 1] where found & 1 << index == 0 {
                    let word = vocabulary[index]
                    if offset + word.count <= text.count, text[offset..<(offset + word.count)].elementsEqual(word) {
                        found |= 1 << index
                    }
                }
            }
            offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }
        for index in Self.shortWords {
            let occurs = Self.vocabulary[index].withUnsafeBufferPointer { text.firstOffset(of: $0) != nil }
            if occurs { found |= 1 << index }
        }
        self.found = found
    }

    func namesNumerator(of family: RateFamily) -> Bool { found & Self.numeratorMasks[family.index] != 0 }

    func namesBase(of family: RateFamily) -> Bool { found & Self.baseMasks[family.index] != 0 }

    var namesTotal: Bool { found & Self.totalMask != 0 }

    var namesTableTotal: Bool { found & Self.tableTotalMask != 0 }

    /// Whether the words hold a word of some stage of ``FunnelOrder/stages``: when they do not,
    /// they name none.
    var mayNameAStage: Bool { found & Self.stageMask != 0 }

    /// Whether the words hold a word of ``FunnelOrder/stages``[`stage`]: when they do not, they
    /// name not that stage.
    func mayName(stage: Int) -> Bool { found & Self.stageMasks[stage] != 0 }

    /// −1 when the words hold a word of ``GrowthWords/decrease``, else +1 when they hold one of
    /// ``GrowthWords/increase``, else nil.
    var growthDirection: Int? {
        if found & Self.decreaseMask != 0 { return -1 }
        return found & Self.increaseMask != 0 ? 1 : nil
    }

    /// Every word looked for, once each (at most 64, one bit each).
    private static let words: [String] = {
        var words: [String] = []
        let all =
            RateFamily.all.flatMap { $0.numeratorWords + $0.baseWords } + TotalWords.words + FunnelOrder.stages.joined()
            + GrowthWords.decrease + GrowthWords.increase
        for word in all where !words.contains(word) {
            words.append(word)
        }
        precondition(words.count <= 64, "AuditWordFlags keeps one bit a word, 64 at most")
        return words
    }()
    /// ``words`` as UTF-8 bytes.
    private static let vocabulary = words.map { Array($0.utf8) }
    /// The words of two bytes or more, grouped by their first two bytes.
    private static let starts: [[Int]] = Array(
        Dictionary(grouping: vocabulary.indices.filter { vocabulary[$0].count >= 2 }) { pair(of: vocabulary[$0]) }.values)
    /// For every byte pair (as one number), 1 + the index in ``starts`` of the words that start
    /// with it, or 0: one load passes most pairs and finds the others' words (a scan of the pairs
    /// for every one that might start a word cost two thirds of reading the words).
    private static let startOfPair: [UInt8] = {
        var slots = [UInt8](repeating: 0, count: 1 << 16)
        for (index, words) in starts.enumerated() { slots[pair(of: vocabulary[words[0]])] = UInt8(index + 1) }
        return slots
    }()

    private static func pair(of word: [UInt8]) -> Int { Int(word[0]) << 8 | Int(word[1]) }
    private static let shortWords = vocabulary.indices.filter { vocabulary[$0].count < 2 }
    private static let numeratorMasks = RateFamily.all.map { mask(of: $0.numeratorWords) }
    private static let baseMasks = RateFamily.all.map { mask(of: $0.baseWords) }
    private static let totalMask = mask(of: TotalWords.words)
    private static let tableTotalMask = mask(of: TotalWords.tableWords)
    private static let stageMasks = FunnelOrder.stages.map(mask)
    private static let stageMask = stageMasks.reduce(0, |)
    private static let decreaseMask = mask(of: GrowthWords.decrease)
    private static let increaseMask = mask(of: GrowthWords.increase)

    private static func mask(of chosen: [String]) -> UInt64 {
        chosen.reduce(0) { mask, word in mask | (words.firstIndex(of: word).map { 1 << $0 } ?? 0) }
    }
}

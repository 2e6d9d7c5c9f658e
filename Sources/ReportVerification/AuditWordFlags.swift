import ReportModel

/// Which of the genre's words a count's words name: as each rate family's numerator or base
/// (``RateFamily``), or as a total (``TotalWords``). Every candidate pair asks, so a count's are
/// worked out once, not once per pair: each word of the families and totals is looked for once
/// (审结 names the base of five families).
struct AuditWordFlags {
    /// Bit i for ``vocabulary``[i].
    private let found: UInt64

    init(_ words: String) {
        var words = words
        found = words.withUTF8 { text in
            var found: UInt64 = 0
            for (index, word) in Self.vocabulary.enumerated() {
                let occurs = word.withUnsafeBufferPointer { text.firstOffset(of: $0) != nil }
                if occurs { found |= 1 << index }
            }
            return found
        }
    }

    func namesNumerator(of family: RateFamily) -> Bool { found & Self.numeratorMasks[family.index] != 0 }

    func namesBase(of family: RateFamily) -> Bool { found & Self.baseMasks[family.index] != 0 }

    var namesTotal: Bool { found & Self.totalMask != 0 }

    var namesTableTotal: Bool { found & Self.tableTotalMask != 0 }

    /// Every word looked for, once each (at most 64, one bit each).
    private static let words: [String] = {
        var words: [String] = []
        for word in RateFamily.all.flatMap({ $0.numeratorWords + $0.baseWords }) + TotalWords.words where !words.contains(word) {
            words.append(word)
        }
        return words
    }()
    /// ``words`` as UTF-8 bytes.
    private static let vocabulary = words.map { Array($0.utf8) }
    private static let numeratorMasks = RateFamily.all.map { mask(of: $0.numeratorWords) }
    private static let baseMasks = RateFamily.all.map { mask(of: $0.baseWords) }
    private static let totalMask = mask(of: TotalWords.words)
    private static let tableTotalMask = mask(of: TotalWords.tableWords)

    private static func mask(of chosen: [String]) -> UInt64 {
        chosen.reduce(0) { mask, word in mask | (words.firstIndex(of: word).map { 1 << $0 } ?? 0) }
    }
}

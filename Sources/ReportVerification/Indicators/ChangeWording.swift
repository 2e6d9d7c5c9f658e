import ReportModel

/// What the words just before a figure say of its year: a change from last year (同比增长15.2%,
/// 较上年增加8件, 比上年下降了2.5个百分点) or last year's own figure (上年为126件, （上年126件）).
/// Read from ``ReportModel/Measure/before``, so a report loaded from its JSON reads alike.
enum ChangeWording {
    /// +1 when the figure is an increase, −1 a decrease, nil when it is no change: the clause ends
    /// in a word of growth or fall (提高到88% is a level reached, not a change).
    /// `clause` is the bytes of the figure's `before` from ``lastClauseStart(of:)``.
    static func direction(lastClause clause: UnsafeBufferPointer<UInt8>) -> Int? {
        // Read as UTF-8 bytes in place: making the clause without its fillers, and each word's
        // comparison its own copy, cost more than the rest of reading a figure's indicator.
        let kept = clause[..<UTF8ScalarSet.changeFillers.endBeforeMembers(of: clause)]
        let endsWith = { (word: [UInt8]) in word.count <= kept.count && kept.suffix(word.count).elementsEqual(word) }
        if decreaseWords.contains(where: endsWith) { return -1 }
        if increaseWords.contains(where: endsWith) { return 1 }
        return nil
    }

    /// The words of a fall and of a rise as UTF-8 bytes.
    private static let decreaseWords = (GrowthWords.decrease + ["降幅"]).map { Array($0.utf8) }
    private static let increaseWords = (GrowthWords.increase + ["增幅", "涨幅"]).map { Array($0.utf8) }

    /// Whether the clause before the figure says it is last year's (上年为, 去年同期, 上一年度).
    /// `lastClause` as ``direction(lastClause:)`` reads it.
    static func recallsLastYear(lastClause: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most clauses name no year anywhere, which their bytes tell without making a string of
        // them or cutting the last 10 characters (grapheme breaking cost more than the rest of the
        // question).
        let namesAYear = lastYearWordBytes.contains { word in
            word.withUnsafeBufferPointer { lastClause.firstOffset(of: $0) != nil }
        }
        guard namesAYear else { return false }
        let clause = String(String(decoding: lastClause, as: UTF8.self).suffix(10))
        return lastYearWords.contains(where: clause.containsWord)
    }

    private static let lastYearWords = ["上年", "去年", "上一年"]
    private static let lastYearWordBytes = lastYearWords.map { Array($0.utf8) }

    /// Where the last clause of `bytes` (a figure's `before`, read in place) starts, past its last
    /// clause break: read once for both questions above, in place.
    static func lastClauseStart(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        UTF8ScalarSet.clauseBreaks.tailStart(of: bytes, atMost: .max)
    }
}

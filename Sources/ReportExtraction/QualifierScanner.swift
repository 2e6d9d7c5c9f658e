import ReportModel

/// Finds the qualifier words around a number (超过近50%, 3000多名, 50%以上); their meanings are in
/// ``Qualifier``.
enum QualifierScanner {
    private static let prefixWords = WordList(Qualifier.prefixWords)
    /// Written between the number and its unit: 3000多名, 2000余人, 十几个, 10来个.
    static let innerWords: ScalarSet = ["多", "余", "几", "来"]
    /// Written after the unit: 50%以上, 3件以下, 15%以内, 100人左右.
    private static let trailingWords = WordList(["以上", "以下", "以内", "左右", "上下"])
    /// Scalars before 近 that make it part of another word (最近, 附近, 临近).
    static let notNearly: ScalarSet = ["最", "附", "临", "靠", "就", "邻", "亲", "远", "接", "将"]
    /// Scalars after 上下 that make it a word of its own (上下游, 上下级, 上下联动).
    private static let notAboutAfter: ScalarSet = ["游", "级", "联", "贯", "一", "功", "班", "协", "同"]

    /// The prefix qualifiers ending at `index`, outermost first (超过近 → ["超过", "近"]), and where
    /// the first begins.
    static func prefixes(in text: ScalarText, before index: Int, notBefore limit: Int) -> (words: [String], start: Int) {
        var words: [String] = []
        var position = index
        while words.count < 3, let word = prefixWords.matchedLength(in: text, endingAt: position),
            position - word >= limit
        {
            if word == 1, text[position - 1] == "近", let before = text[position - 2], notNearly.contains(before) { break }
            // Copied from the text, which holds the word's UTF-8: building a String from its scalars
            // looked up the sequence's conformances at every start.
            words.insert(text.string((position - word)..<position), at: 0)
            position -= word
        }
        return (words, position)
    }

    /// The qualifier written after the unit at `index`, if any.
    static func trailing(in text: ScalarText, at index: Int) -> String? {
        guard let word = trailingWords.matchedLength(in: text, at: index) else { return nil }
        if word == 2, text[index] == "上", text[index + 1] == "下", let next = text[index + 2], notAboutAfter.contains(next) {
            return nil
        }
        return text.string(index..<(index + word))
    }
}

import Testing

@testable import ReportVerification

/// `lastSentencePart()` finds sentence ends on UTF-8 bytes; these texts compare it with splitting
/// by `Character`, where a sentence end joined to its neighbour in one character ends nothing.
struct LastSentencePartTests {
    @Test(arguments: [
        "", "。", "。。", "受理42件", "上年受理。本年受理42件", "本年受理42件。\n", "一是；二是！三是？四",
        "行\n政复议", "行\r\n政复议", "前。\u{301}后", "前\u{301}。后", "前。后\u{301}", "甲！\r\n乙", "🇨🇳。收到",
        "a\u{600}。b",
    ])
    func matchesSplittingByCharacter(_ text: String) {
        #expect(String(text.lastSentencePart()) == Self.byCharacter(text))
    }

    /// What splitting `text` at the sentence-end characters gives last, trailing ends left out.
    private static func byCharacter(_ text: String) -> String {
        let ends: Set<Character> = ["。", "！", "？", "；", "\n"]
        var characters = Array(text)
        while let last = characters.last, ends.contains(last) { characters.removeLast() }
        let start = characters.lastIndex(where: ends.contains).map { $0 + 1 } ?? 0
        return String(characters[start...])
    }
}

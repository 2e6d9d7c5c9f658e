import Testing

@testable import ReportLanguage

/// `~` and `find` search bytes where that answers as the standard library's `String.contains`
/// does (characters under canonical equivalence; the empty text is in every text), and characters
/// elsewhere: every pair here must get that answer, whichever way it is reached.
@Suite struct TextSearchTests {
    private static let texts: [String] = [
        "", "a", "abc", "直接纠错率为17.4%", "纠错", "17.4%", "受理27件,办结23件", "件", "办结", "结23",
        "e", "e\u{301}", "caf\u{E9}", "cafe\u{301}", "\u{E9}", "\u{C5}", "A\u{30A}", "\u{212B}", "\u{8C48}",
        "\u{F900}", "a\r\nb", "\n", "\r", "\u{AC00}", "\u{1100}", "\u{1100}\u{1161}", "\u{304B}\u{3099}",
        "\u{304C}", "\u{304B}", "\u{FF9E}", "人\u{302A}", "人", "👍", "👍\u{1F3FD}", "a\u{200D}b", "a",
        "（一）", "一", "①②", "②", "×100%", "\u{00B7}", "……", "…", "“纠错”", "ＡＢ", "Ｂ",
    ]

    @Test func answersAsContainsDoesForEveryPair() {
        for text in Self.texts {
            let search = TextSearch(text)
            for other in Self.texts {
                #expect(
                    search.isFound(in: other) == Self.containsByCharacters(other, text),
                    "\(other.debugDescription) ~ \(text.debugDescription)")
            }
        }
    }

    /// The reference, written out because Foundation's `contains`, which this file sees, answers
    /// otherwise (it matches inside characters and never finds the empty text).
    private static func containsByCharacters(_ text: String, _ part: String) -> Bool {
        let characters = Array(text), wanted = Array(part)
        guard wanted.count <= characters.count else { return false }
        return (0...(characters.count - wanted.count)).contains { start in
            characters[start..<(start + wanted.count)].elementsEqual(wanted)
        }
    }

    @Test func findsAtTheEndAndNotPastIt() {
        #expect(TextSearch("率").isFound(in: "直接纠错率"))
        #expect(!TextSearch("纠错率为").isFound(in: "直接纠错率"))
        #expect(TextSearch("aab").isFound(in: "aaab"))
    }
}

import Testing

@testable import ReportVerification

/// The byte searches the audit reads its wordings with find what `String`'s own searches find, in
/// texts short enough to be stored inline and long enough to be stored on the heap alike.
struct WordSearchTests {
    static let short = "不予受理3件"
    static let long = "本年度共收到政府信息公开申请1,234件，其中予以公开867件，不予受理12件，受理后转办5件。"
    static let words = ["受理", "申请", "予以公开", "件", "。", "3", "复议", "不予受理12件，受理后"]

    @Test(arguments: [short, long, String(long.dropFirst(7)), long + long])
    func findsWhatStringSearchFinds(_ text: String) {
        for word in Self.words {
            #expect(text.containsWord(word) == text.contains(word), "\(word) in \(text)")
            #expect(text.firstRange(ofWord: word) == text.firstRange(of: word), "\(word) in \(text)")
            #expect(text.removingWord(word) == text.replacing(word, with: ""), "\(word) out of \(text)")
        }
    }

    /// 受理 right after 予 is no 受理; a later one that follows no negation still counts.
    @Test func skipsNegatedWords() {
        #expect(Self.short.containsWord("受理", notAfter: ["予"]) == false)
        #expect(Self.short.containsWord("受理", notAfter: ["开"]))
        #expect(Self.long.containsWord("受理", notAfter: ["予"]))
        #expect(Self.long.containsWord("予以公开", notAfter: ["予"]) == true)
        #expect("不予受理".containsWord("受理", notAfter: ["予"]) == false)
        #expect("受理".containsWord("受理", notAfter: ["予"]))
    }
}

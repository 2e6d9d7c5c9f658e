/// What the metadata readers do with text, on concrete types. The standard library's generic
/// `String(someCharacters)` and _StringProcessing's `contains(_:)` are not specialised for the
/// caller: the first use of each in a process looks its types up by name and scans every
/// conformance record in the binary, which was most of what reading a report's metadata cost at
/// every start (scripts/bench-query).
extension Sequence<Character> {
    /// The characters as one string.
    var joinedText: String {
        var text = ""
        for character in self { text.append(character) }
        return text
    }
}

extension String {
    /// Whether `word` occurs in the text, compared as UTF-8 bytes.
    func containsText(_ word: String) -> Bool {
        var text = self
        var word = word
        return text.withUTF8 { text in
            word.withUTF8 { word in
                guard let first = word.first else { return true }
                guard word.count <= text.count else { return false }
                for start in 0...(text.count - word.count) where text[start] == first {
                    if (1..<word.count).allSatisfy({ text[start + $0] == word[$0] }) { return true }
                }
                return false
            }
        }
    }
}

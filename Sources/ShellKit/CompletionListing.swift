/// How Tab shows several candidates under the line.
enum CompletionListing {
    /// Measures are listed one to a line with their subject and figure (`m41  办结  23件`), since
    /// the id alone says nothing; other words are laid out in columns across `width`.
    static func render(
        _ candidates: [String], vocabulary: CompletionVocabulary, width: Int,
        limit: Int = 100
    ) -> String {
        let shown = candidates.prefix(limit)
        let measures = Dictionary(vocabulary.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [String]
        if shown.contains(where: { measures[$0] != nil }) {
            lines = shown.map { candidate in
                measures[candidate].map { "\($0.id)  \($0.subject)  \($0.raw)" } ?? candidate
            }
        } else {
            let cell = (shown.map(displayWidth).max() ?? 0) + 2
            let perLine = max(1, width / max(1, cell))
            lines = stride(from: 0, to: shown.count, by: perLine).map { start in
                shown[start..<min(start + perLine, shown.count)].map { word in
                    word + String(repeating: " ", count: cell - displayWidth(word))
                }.joined().trimmingTrailingSpaces()
            }
        }
        if candidates.count > limit { lines.append("… \(candidates.count - limit) more") }
        return lines.map { $0 + "\n" }.joined()
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var shared = words.first?.unicodeScalars.map({ $0 }) else { return "" }
        for word in words.dropFirst() {
            let scalars = Array(word.unicodeScalars)
            var length = 0
            while length < min(shared.count, scalars.count) && shared[length] == scalars[length] {
                length += 1
            }
            shared.removeSubrange(length...)
        }
        return String(String.UnicodeScalarView(shared))
    }

    /// Terminal cells: East Asian wide and fullwidth characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var trimmed = self
        while trimmed.hasSuffix(" ") { trimmed.removeLast() }
        return trimmed
    }
}

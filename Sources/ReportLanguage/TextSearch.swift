import ReportModel

/// Whether texts contain one text as `String.contains` answers it (by characters, under canonical
/// equivalence), answered by a byte search where that gives the same answer. It does when both
/// texts hold only scalars that are each a character of their own and that no other sequence of
/// scalars is canonically equivalent to: then characters match exactly where UTF-8 bytes do. That
/// covers the text of the genre (ASCII, Chinese characters, their punctuation and full-width forms);
/// any other text is searched by `contains`, which walks character by character and costs many
/// times more.
struct TextSearch {
    let text: String
    private let isPlain: Bool

    init(_ text: String) {
        self.text = text
        isPlain = !text.isEmpty && text.utf8.withContiguousStorageIfAvailable(Self.isPlain) == true
    }

    func isFound(in other: String) -> Bool {
        guard isPlain else { return other.contains(text) }
        var other = other
        let found = other.withUTF8 { haystack -> Bool? in
            guard Self.isPlain(haystack) else { return nil }
            return text.utf8.withContiguousStorageIfAvailable { needle in
                haystack.firstOffset(of: needle) != nil
            }
        }
        return (found ?? nil) ?? other.contains(text)
    }

    /// Whether every scalar of valid UTF-8 `bytes` is plain: ASCII but carriage return (which joins a
    /// following line feed into one character), Latin-1's letters and signs, general punctuation
    /// without its invisible joiners and marks, circled numbers, shapes, CJK punctuation without its
    /// combining tone marks, CJK ideographs, and full-width ASCII.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= bytes.count else { return false }
            var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
            guard isPlain(scalar) else { return false }
            index += length
        }
        return true
    }

    private static func isPlain(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x2460...0x24FF, 0x2500...0x25FF,
            0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return true
        default: return false
        }
    }
}

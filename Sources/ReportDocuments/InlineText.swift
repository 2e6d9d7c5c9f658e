/// Text as a browser shows it: runs of white space one space, none at the ends, and none where
/// the source broke a line between two Chinese characters (Word's pages wrap their source lines
/// mid-sentence, and a space there would split a figure from what it counts).
enum InlineText {
    static func collapsed(_ raw: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreak = false
        var previous: Unicode.Scalar? = nil
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = true
                if scalar == "\n" || scalar == "\r" { pendingBreak = true }
                continue
            }
            if pendingSpace, let previous {
                let joinsWide = pendingBreak && isWide(previous) && isWide(scalar)
                if !joinsWide { output.append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            output.append(scalar)
            previous = scalar
        }
        return String(output)
    }

    /// Two pieces of one paragraph or cell: nothing between Chinese text, a space between words.
    static func joined(_ pieces: [String]) -> String {
        var result = ""
        for piece in pieces where !piece.isEmpty {
            if let last = result.unicodeScalars.last, let first = piece.unicodeScalars.first,
                !(isWide(last) || isWide(first))
            {
                result += " "
            }
            result += piece
        }
        return result
    }

    /// Han characters, CJK punctuation and full-width forms: scripts written without spaces.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }
}

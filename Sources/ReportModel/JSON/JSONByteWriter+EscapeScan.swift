/// Finding the bytes of a string that JSON needs escaped (control bytes, `"` and `\`), words at
/// a time: most strings written need none, and are then copied whole.
extension JSONByteWriter {
    /// How many bytes from the start need no escape: eight at a time, the last few as the eight
    /// that end the text (overlapping bytes already passed), and a string under eight a byte at a time.
    static func bytesNeedingNoEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        var index = 0
        if utf8.count >= 8 {
            // Sixteen at a time first: one test and one step for two words (most strings are tens
            // of bytes of Chinese text).
            while index + 16 <= utf8.count {
                let first = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let second = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                guard !mayNeedEscaping(first, second) else { break }
                index += 16
            }
            while index + 8 <= utf8.count,
                !mayNeedEscaping(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
            {
                index += 8
            }
            if index == utf8.count { return index }
            if index + 8 > utf8.count,
                !mayNeedEscaping(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self))
            {
                return utf8.count
            }
        }
        while index < utf8.count, !needsEscape(utf8[index]) { index += 1 }
        return index
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of eight bytes is a control byte, `"` or `\` (the classic "has a zero byte" and
    /// "has a byte less than n" bit tricks; exact for "any", which is all that is asked).
    @inline(__always)
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        // Eight bytes of Chinese text (every byte ≥ 0x80) are told in one test.
        if word & highBits == highBits { return false }
        return escapeMarks(word) != 0
    }

    /// Whether any of sixteen bytes may need escaping, as ``mayNeedEscaping(_:)`` with one branch.
    @inline(__always)
    private static func mayNeedEscaping(_ first: UInt64, _ second: UInt64) -> Bool {
        if first & second & highBits == highBits { return false }
        return escapeMarks(first) | escapeMarks(second) != 0
    }

    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// High bits marking bytes that may need escaping: none when no byte is a control byte, `"` or
    /// `\`, some when one is (bytes after it may be marked too).
    @inline(__always)
    private static func escapeMarks(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let control = (word &- ones &* 0x20) & ~word
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let quote = (quotes &- ones) & ~quotes
        let backslash = (backslashes &- ones) & ~backslashes
        return (control | quote | backslash) & highBits
    }
}

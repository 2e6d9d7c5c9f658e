/// Well-formed UTF-8 as RFC 3629 defines it (no overlong form, no surrogate, nothing past
/// U+10FFFF), checked by a loop made for report text: five three-byte characters (the Han
/// characters and punctuation that are most of a report) pass together, tested as two words;
/// else eight bytes are read at once, and a run of ASCII or one or two three-byte characters at
/// their start pass together; anything else is checked a character at a time. The standard
/// library's check, run by `String(validating:)`, took eleven instructions a byte, a thirteenth
/// of the extraction.
enum UTF8Validation {
    /// The offset of the first byte that does not begin a well-formed character, or nil when
    /// every byte is part of one.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            if index &+ 16 <= count, areFiveThreeByteCharacters(base + index) {
                index &+= 15
                continue
            }
            if index &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let highBits = word & 0x8080_8080_8080_8080
                if highBits & 0x80 == 0 {
                    // The ASCII bytes before the first that is not (all eight when none is).
                    index &+= highBits == 0 ? 8 : highBits.trailingZeroBitCount >> 3
                    continue
                }
                // A three-byte character, 1110xxxx 10xxxxxx 10xxxxxx (the bytes little-endian),
                // and often another after it.
                if word & 0xC0_C0F0 == 0x80_80E0 {
                    if isOverlongOrSurrogate(word) { return index }
                    index &+= 3
                    if word & 0xC0C0_F000_0000 == 0x8080_E000_0000 {
                        if isOverlongOrSurrogate(word >> 24) { return index }
                        index &+= 3
                    }
                    continue
                }
            }
            let lead = base[index]
            if lead & 0xF0 == 0xE0 {
                guard index + 2 < count else { return index }
                let (second, third) = (base[index + 1], base[index + 2])
                guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return index }
                // After E0 a second byte below A0 makes an overlong form; after ED one from A0 up, a surrogate.
                if lead == 0xE0 ? second < 0xA0 : lead == 0xED && second >= 0xA0 { return index }
                index += 3
            } else if lead < 0x80 {
                index += 1
            } else if lead >= 0xC2 && lead <= 0xDF {
                guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return index }
                index += 2
            } else if lead >= 0xF0 && lead <= 0xF4 {
                guard index + 3 < count else { return index }
                let (second, third, fourth) = (base[index + 1], base[index + 2], base[index + 3])
                guard second & 0xC0 == 0x80, third & 0xC0 == 0x80, fourth & 0xC0 == 0x80 else { return index }
                // After F0 a second byte below 90 makes an overlong form; after F4 one from 90 up is past U+10FFFF.
                if lead == 0xF0 ? second < 0x90 : lead == 0xF4 && second >= 0x90 { return index }
                index += 4
            } else {
                // A continuation byte with no lead, C0 and C1 (overlong forms only), F5 and up.
                return index
            }
        }
        return nil
    }

    /// Whether the sixteen bytes at `start` begin with five well-formed three-byte characters, read
    /// as two words, eight lanes of a byte each (the last byte is not looked at). A lead whose low
    /// bits are 0 (E0) or D (ED) is left to the check of one character, which reads its second byte.
    @inline(__always)
    private static func areFiveThreeByteCharacters(_ start: UnsafePointer<UInt8>) -> Bool {
        let first = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
        let second = UInt64(littleEndian: UnsafeRawPointer(start + 8).loadUnaligned(as: UInt64.self))
        // Leads (1110xxxx) at bytes 0, 3, 6, 9 and 12, continuations (10xxxxxx) between them.
        guard first & 0xC0F0_C0C0_F0C0_C0F0 == 0x80E0_8080_E080_80E0,
            second & 0x00C0_C0F0_C0C0_F0C0 == 0x0080_80E0_8080_E080
        else { return false }
        // Each lead's low four bits, and a one in every other lane: no lane may be 0 or, XORed with D, 0.
        let firstLeads = first & 0x000F_0000_0F00_000F | 0x0100_0101_0001_0100
        let secondLeads = second & 0x0000_000F_0000_0F00 | 0x0101_0100_0101_0001
        return !hasZeroByte(firstLeads) && !hasZeroByte(firstLeads ^ 0x000D_0000_0D00_000D)
            && !hasZeroByte(secondLeads) && !hasZeroByte(secondLeads ^ 0x0000_000D_0000_0D00)
    }

    /// Whether any of the eight bytes of `lanes` is zero: only a zero byte borrows into its top bit
    /// with that bit clear before (the bytes above it may be marked too, but then one is zero).
    @inline(__always)
    private static func hasZeroByte(_ lanes: UInt64) -> Bool {
        (lanes &- 0x0101_0101_0101_0101) & ~lanes & 0x8080_8080_8080_8080 != 0
    }

    /// Whether the three-byte character in the low bytes of `word` is an overlong form (E0 then a
    /// byte below A0) or a surrogate (ED then a byte from A0 up): told by the lead's low bits and
    /// bit 5 of the second byte.
    @inline(__always)
    private static func isOverlongOrSurrogate(_ word: UInt64) -> Bool {
        let bits = word & 0x200F
        return bits == 0 || bits == 0x200D
    }

    /// `bytes` as a String when they are well-formed UTF-8, checked once: `String(validating:)`
    /// would check them again with the standard library's slower loop.
    static func string(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.withUnsafeBufferPointer(firstInvalidOffset) == nil else { return nil }
        guard #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) else {
            return String(validating: bytes, as: UTF8.self)
        }
        return String(copying: unsafe UTF8Span(unchecked: bytes.span))
    }
}

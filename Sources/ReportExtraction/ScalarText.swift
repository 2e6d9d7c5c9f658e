/// A report's text as an array of Unicode scalars: the unit every offset counts in, and cheap to
/// index in the scanner's hot loops (String.Index walking is not).
package struct ScalarText {
    let scalars: PackedScalars
    /// The text itself: `string(_:)` copies slices of it.
    private let text: String
    /// The UTF-8 offset of every `checkpointStride`-th scalar (and of the end when it falls on
    /// one), so that a scalar's bytes are found by walking at most a stride of scalars. In 32 bits,
    /// as a measure's offsets are (``Measure/maximumOffset``): half the memory of `Int`.
    private let checkpoints: [UInt32]
    private static let checkpointStride = 16

    package init(_ text: String) {
        var text = text
        (scalars, checkpoints) = text.withUTF8(Self.decode)
        self.text = text
    }

    /// A String's storage is valid UTF-8, so each character's length follows from its lead byte
    /// and no check is needed; two passes (count the lead bytes, then decode into exactly that
    /// many) take 40% fewer instructions than `Array(text.unicodeScalars)`.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>) -> (PackedScalars, [UInt32]) {
        // Checked once here, so that each checkpoint is converted without a check of its own.
        precondition(utf8.count <= UInt32.max, "a report text beyond 4 GiB")
        let count = utf8.count - continuationBytes(utf8)
        var checkpoints: [UInt32] = []
        checkpoints.reserveCapacity(count / checkpointStride + 1)
        let scalars = PackedScalars(
            decoding: utf8, count: count, checkpointStride: checkpointStride, checkpoints: &checkpoints)
        if count % checkpointStride == 0 { checkpoints.append(UInt32(truncatingIfNeeded: utf8.count)) }
        return (scalars, checkpoints)
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8 (a String's storage), and `index`
    /// moved past it.
    @inline(__always)
    static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
        let lead = UInt32(utf8[index])
        var value = lead
        if lead >= 0xF0 {
            value =
                (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
            index += 4
        } else if lead >= 0xE0 {
            value = (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
            index += 3
        } else if lead >= 0xC0 {
            value = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
            index += 2
        } else {
            index += 1
        }
        // Valid UTF-8 decodes to valid scalars only: checking each again was a tenth of decoding.
        return unsafeBitCast(value, to: Unicode.Scalar.self)
    }

    /// The bytes 10xxxxxx, eight at a time: a byte's bit 6 shifted into its bit 7 must be clear
    /// where bit 7 is set (a third of the instructions of testing byte by byte). The marks are
    /// summed by one multiplication into the top byte: without a POPCNT instruction in the target,
    /// `nonzeroBitCount` is a dozen instructions.
    private static func continuationBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var count = 0
        var index = 0
        while index + 8 <= utf8.count {
            let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let marks = (word & ~(word << 1) & highBits) >> 7
            count += Int(truncatingIfNeeded: (marks &* 0x0101_0101_0101_0101) >> 56)
            index += 8
        }
        for byte in utf8[index...] where byte & 0xC0 == 0x80 { count += 1 }
        return count
    }

    package var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The text of `range`, copied from the text's own UTF-8 (already valid: nothing to encode or
    /// check again, which building a String from scalars did for every measure).
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return string(utf8: utf8Range(lower..<upper))
    }

    /// The text of the bytes `bytes` of its UTF-8 (which start and end at scalars).
    func string(utf8 bytes: Range<Int>) -> String {
        let utf8 = text.utf8
        // Up to 15 bytes a String is held inline: decoding them (checked again) cost half as much
        // as going through a Substring, which for longer strings costs less than the check.
        if bytes.count <= 15,
            let small = utf8.withContiguousStorageIfAvailable({
                String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self)
            })
        {
            return small
        }
        let from = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let to = utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
        return String(text[from..<to])
    }

    /// Appends the bytes `bytes` of its UTF-8 to `string`: no String of its own is made for them.
    func append(utf8 bytes: Range<Int>, to string: inout String) {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let to = utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
        string.append(contentsOf: text[from..<to])
    }

    /// The text of `range` without the spaces at either end (`string(range).trimmingSpaces`,
    /// trimmed before the copy rather than after it).
    func trimmedString(_ range: Range<Int>) -> String {
        string(trimmedRange(range))
    }

    func trimmedRange(_ range: Range<Int>) -> Range<Int> {
        var (lower, upper) = (max(0, range.lowerBound), min(range.upperBound, scalars.count))
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
        return lower..<max(lower, upper)
    }

    /// The bytes of the text's UTF-8 that `range` of scalars takes.
    func utf8Range(_ range: Range<Int>) -> Range<Int> {
        let lower = utf8Offset(range.lowerBound)
        // A short range is walked from its start rather than from the checkpoint before its end.
        let upper =
            range.count <= range.upperBound % Self.checkpointStride
            ? lower + scalars.utf8Length(range) : utf8Offset(range.upperBound)
        return lower..<upper
    }

    /// Where the scalar at `index` (or the end) begins in the text's UTF-8.
    func utf8Offset(_ index: Int) -> Int {
        let checkpoint = index / Self.checkpointStride
        return Int(checkpoints[checkpoint]) + scalars.utf8Length((checkpoint * Self.checkpointStride)..<index)
    }

    /// Whether `word` is written starting at `index`.
    func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        for offset in 0..<word.count where scalars[index + offset] != word[offset] { return false }
        return true
    }

    /// Whether `word` is written ending just before `index`.
    func matches(_ word: [Unicode.Scalar], endingAt index: Int) -> Bool {
        matches(word, at: index - word.count)
    }
}

extension Unicode.Scalar {
    /// 0–9 for ASCII and full-width digits.
    var arabicDigit: Int? {
        switch value {
        case 0x30...0x39: return Int(value - 0x30)
        case 0xFF10...0xFF19: return Int(value - 0xFF10)
        default: return nil
        }
    }

    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }

    var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }

    /// Unicode's White_Space, spelled out: `properties.isWhitespace` looks the scalar up in the
    /// property tables each time, which was a twentieth of the extraction (a test compares them).
    var isSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

extension Array where Element == String {
    /// Words as scalar arrays, longest first and in their order within a length, for matching at a
    /// position: gathered length by length (the words are short), with no sort to set up at start.
    var scalarWords: [[Unicode.Scalar]] {
        let words = scalarArrays
        var longest = 0
        for word in words where word.count > longest { longest = word.count }
        var ordered: [[Unicode.Scalar]] = []
        ordered.reserveCapacity(words.count)
        for length in stride(from: longest, through: 0, by: -1) {
            for word in words where word.count == length { ordered.append(word) }
        }
        return ordered
    }
}

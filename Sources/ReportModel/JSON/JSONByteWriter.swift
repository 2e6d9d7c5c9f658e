/// Compact JSON written straight into UTF-8 bytes, non-ASCII text as itself (as jq -c does).
///
/// Writing a 10 MB report's model through `JSONValue` trees and `String` appends cost twice the
/// extraction itself; bytes appended in runs cost a small fraction of it. With a sink, the bytes
/// are handed over in chunks of about `chunkSize`, so output of any size needs one chunk of memory.
public struct JSONByteWriter {
    /// The bytes written are `storage[..<count]`; the rest is room already there, so that writing
    /// is a copy into it (`Array.append(contentsOf:)` cost three times a short copy, and a model
    /// is hundreds of thousands of short writes).
    private var storage: [UInt8] = []
    private var count = 0
    private let chunkSize: Int
    private let sink: ((UnsafeRawBufferPointer) -> Void)?
    /// The strings last written in each place of `string(utf8:repeatedIn:)`.
    private var repeated = RepeatedJSONStrings()

    /// Collects the whole document in `bytes`.
    public init() {
        chunkSize = .max
        sink = nil
    }

    /// Hands the bytes to `sink` whenever `flushIfFull()` finds `chunkSize` of them, and at `flush()`.
    public init(chunkSize: Int = 1 << 16, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.chunkSize = chunkSize
        self.sink = sink
        storage = Array(repeating: 0, count: chunkSize + chunkSize / 4)
    }

    /// The bytes written so far (since the last flush, with a sink).
    public var bytes: [UInt8] { Array(storage[..<count]) }

    /// The bytes written so far as text.
    public var text: String { String(decoding: storage[..<count], as: UTF8.self) }

    /// Called between values (a measure, a row), never inside one, so chunks end anywhere but the
    /// memory held stays about `chunkSize`.
    public mutating func flushIfFull() {
        if count >= chunkSize { flush() }
    }

    public mutating func flush() {
        guard let sink, count > 0 else { return }
        storage.withUnsafeBytes { sink(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        count = 0
    }

    /// ASCII punctuation and member names known at compile time (`{"id":`), written as they are.
    /// Inlined: a model is hundreds of thousands of them, and the call cost more than the copy.
    @inline(__always)
    public mutating func raw(_ ascii: StaticString) {
        ascii.withUTF8Buffer { append($0) }
    }

    public mutating func null() { raw("null") }

    public mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    public mutating func integer(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        unsignedInteger(UInt64(value.magnitude))
    }

    /// A string literal: `"` and `\` escaped, \n \r \t by name, other controls as \u00XX.
    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in appendEscaped(utf8) }
    }

    /// A string, given as its UTF-8 bytes, that is often the one last written in `place` (a
    /// measure's heading, sentence, section, report): while it is the same, its escaped bytes are
    /// copied rather than escaped again. Headings and sentences are most of the bytes of a jsonl
    /// extract, and most measures share them, their section and their report with the measure before.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>, repeatedIn place: RepeatedMember) {
        if repeated.appendEscaped(ifHolding: utf8, in: place, to: &storage, count: &count) { return }
        let start = count
        appendEscaped(utf8)
        repeated.keep(utf8, escaped: start..<count, of: storage, in: place)
    }

    /// A string often the one last written in `place`, as ``string(utf8:repeatedIn:)``.
    mutating func string(_ text: String, repeatedIn place: RepeatedMember) {
        var text = text
        text.withUTF8 { string(utf8: $0, repeatedIn: place) }
    }

    /// A string given as its UTF-8 bytes (a measure's, kept as a span), without making it.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        appendEscaped(utf8)
    }

    /// The exact decimal when it ends within 36 digits, otherwise its first 10 decimals cut
    /// (not rounded), as `JSONValue.decimal` writes it.
    public mutating func decimal(_ value: Rational) {
        // Most values are whole and fit a word: written as such, without 128-bit arithmetic.
        if value.denominator == 1, let whole = Int(exactly: value.numerator) { return integer(whole) }
        if value.isNegative { append(UInt8(ascii: "-")) }
        let numerator = value.numerator.magnitude
        let denominator = value.denominator.magnitude
        if denominator == 1 {
            unsignedInteger(numerator)
            return
        }
        unsignedInteger(numerator / denominator)
        var remainder = numerator % denominator
        guard remainder != 0 else { return }
        append(UInt8(ascii: "."))
        let fractionStart = count
        let maximumDigits = value.hasFiniteDecimalExpansion ? 36 : 10
        while remainder != 0 && count - fractionStart < maximumDigits {
            // Reduced fractions from reports never come near this; stop rather than overflow.
            let (shifted, overflow) = remainder.multipliedReportingOverflow(by: 10)
            guard !overflow else { break }
            append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: shifted / denominator))
            remainder = shifted % denominator
        }
        // A finite expansion longer than 36 digits is shown like an endless one: 10 digits.
        if remainder != 0 && count - fractionStart > 10 {
            count = fractionStart + 10
        }
    }

    /// How many bytes have been written since the last flush: where the next value starts.
    var written: Int { count }

    /// `value` as ``decimal(_:)`` writes it. When it is `earlier`, whose bytes are `bytes` (offsets
    /// as ``written`` gives them, with no flush between), those bytes are copied: most figures are
    /// exact, their bounds the value itself, and a copy costs a third of writing the digits again.
    mutating func decimal(_ value: Rational, sameAs earlier: Rational, writtenAt bytes: Range<Int>) {
        guard value == earlier, bytes.upperBound <= count else { return decimal(value) }
        reserve(bytes.count)
        let start = count
        storage.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            Self.copy(UnsafeRawPointer(base + bytes.lowerBound), to: base + start, byteCount: bytes.count)
        }
        count += bytes.count
    }

    /// Text already JSON (a number's digits), written as it is.
    mutating func verbatim(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func unsignedInteger(_ value: UInt128) {
        if let small = UInt64(exactly: value) {
            unsignedInteger(small)
            return
        }
        let (high, low) = value.quotientAndRemainder(dividingBy: 10_000_000_000_000_000_000)
        unsignedInteger(high)
        // The low part is 19 digits wide, zeros included.
        unsignedInteger(UInt64(low), width: 19)
    }

    /// Digits written from the right into room made first (reversing a slice in place cost ten
    /// times as much), two at a time from a table of the hundred pairs (a digit at a time cost two
    /// divisions per digit); zeros on the left up to `width`.
    private mutating func unsignedInteger(_ value: UInt64, width: Int = 1) {
        // Most of a measure's numbers are one digit (decimals, a cell's column).
        if value < 10 && width == 1 { return append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)) }
        let length = max(Self.decimalLength(value), width)
        reserve(length)
        let end = count + length
        count = end
        storage.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            let pairs = UnsafeRawPointer(Self.digitPairs.utf8Start)
            var index = end
            var rest = value
            while rest >= 100 {
                index -= 2
                let pair = pairs.loadUnaligned(fromByteOffset: 2 * Int(rest % 100), as: UInt16.self)
                base.storeBytes(of: pair, toByteOffset: index, as: UInt16.self)
                rest /= 100
            }
            if rest >= 10 {
                index -= 2
                let pair = pairs.loadUnaligned(fromByteOffset: 2 * Int(rest), as: UInt16.self)
                base.storeBytes(of: pair, toByteOffset: index, as: UInt16.self)
            } else {
                index -= 1
                base.storeBytes(of: UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest), toByteOffset: index, as: UInt8.self)
            }
            while index > end - length {
                index -= 1
                base.storeBytes(of: UInt8(ascii: "0"), toByteOffset: index, as: UInt8.self)
            }
        }
    }

    /// How many decimal digits `value` has, by comparisons rather than a division per digit.
    @inline(__always)
    private static func decimalLength(_ value: UInt64) -> Int {
        var length = 1
        var limit: UInt64 = 10
        while value >= limit {
            length += 1
            // 10^19 is the last power of ten a UInt64 holds.
            if length == 20 { break }
            limit &*= 10
        }
        return length
    }

    /// "00", "01", … "99": the two digits of each number under a hundred.
    private static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// Makes room for `extra` more bytes: at least doubles, so that a whole document is written in
    /// a few growths.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        Self.reserve(extra, in: &storage, count: count)
    }

    /// As ``reserve(_:)``, on the stored bytes alone (while another member of the writer is read).
    @inline(__always)
    private static func reserve(_ extra: Int, in storage: inout [UInt8], count: Int) {
        if count + extra > storage.count { grow(extra, in: &storage, count: count) }
    }

    private static func grow(_ extra: Int, in storage: inout [UInt8], count: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(count + extra - storage.count, storage.count, 256)))
    }

    private mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        Self.append(source, to: &storage, count: &count)
    }

    /// As ``append(_:)-(UnsafeBufferPointer<UInt8>)``, on the stored bytes alone (while another
    /// member of the writer is read).
    @inline(__always)
    static func append(_ source: UnsafeBufferPointer<UInt8>, to storage: inout [UInt8], count: inout Int) {
        guard let base = source.baseAddress, !source.isEmpty else { return }
        reserve(source.count, in: &storage, count: count)
        let start = count
        storage.withUnsafeMutableBytes { target in
            guard let destination = target.baseAddress?.advanced(by: start) else { return }
            copy(UnsafeRawPointer(base), to: destination, byteCount: source.count)
        }
        count += source.count
    }

    /// Copies bytes that do not overlap. Up to 16 of them (member names, punctuation, digits: most
    /// of a model's writes) as two words that may overlap each other, which cost a fifth of a call
    /// to memcpy.
    @inline(__always)
    private static func copy(_ source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, byteCount: Int) {
        switch byteCount {
        case 8...16:
            let first = source.loadUnaligned(as: UInt64.self)
            let last = source.loadUnaligned(fromByteOffset: byteCount - 8, as: UInt64.self)
            target.storeBytes(of: first, as: UInt64.self)
            target.storeBytes(of: last, toByteOffset: byteCount - 8, as: UInt64.self)
        case 4..<8:
            let first = source.loadUnaligned(as: UInt32.self)
            let last = source.loadUnaligned(fromByteOffset: byteCount - 4, as: UInt32.self)
            target.storeBytes(of: first, as: UInt32.self)
            target.storeBytes(of: last, toByteOffset: byteCount - 4, as: UInt32.self)
        case 2..<4:
            let first = source.loadUnaligned(as: UInt16.self)
            let last = source.loadUnaligned(fromByteOffset: byteCount - 2, as: UInt16.self)
            target.storeBytes(of: first, as: UInt16.self)
            target.storeBytes(of: last, toByteOffset: byteCount - 2, as: UInt16.self)
        case 1:
            target.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
        case 0:
            break
        default:
            target.copyMemory(from: source, byteCount: byteCount)
        }
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return raw("\"\"") }
        // Most strings need no escape: found first, then written in one copy between their quotes
        // (a byte at a time, and three appends, cost more than the rest of a short string).
        let clean = Self.bytesNeedingNoEscape(utf8)
        if clean == utf8.count { return appendQuoted(utf8) }
        append(UInt8(ascii: "\""))
        var runStart = 0
        var index = clean
        while index < utf8.count {
            // Eight bytes at a time while none needs escaping: most text is a long run.
            if index + 8 <= utf8.count,
                !Self.mayNeedEscaping(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
            {
                index += 8
                continue
            }
            // The last few bytes as the eight that end the text, which overlap bytes already passed:
            // one test, where a byte at a time cost more than the rest of most short strings.
            if index + 8 > utf8.count, utf8.count >= 8,
                !Self.mayNeedEscaping(UnsafeRawPointer(base).loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self))
            {
                break
            }
            let byte = utf8[index]
            index += 1
            // Only ASCII bytes need escaping; bytes of multi-byte characters are all ≥ 0x80.
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
            runStart = index
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "\r"): raw("\\r")
            case UInt8(ascii: "\t"): raw("\\t")
            default:
                raw("\\u00")
                append(Self.hexDigit(byte >> 4))
                append(Self.hexDigit(byte & 0x0F))
            }
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        append(UInt8(ascii: "\""))
    }

    /// `utf8` between quotes, with room made once.
    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return raw("\"\"") }
        reserve(utf8.count + 2)
        storage.withUnsafeMutableBytes { target in
            guard let destination = target.baseAddress?.advanced(by: count) else { return }
            destination.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
            Self.copy(UnsafeRawPointer(base), to: destination + 1, byteCount: utf8.count)
            destination.storeBytes(of: UInt8(ascii: "\""), toByteOffset: utf8.count + 1, as: UInt8.self)
        }
        count += utf8.count + 2
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}

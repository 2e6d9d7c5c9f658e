/// Where the strings of measures are kept: the report text, which a figure's `raw`, `sentence` and
/// `before` are spans of, and a pool of the strings that are not in it (subjects, section paths,
/// headings), each kept once for the whole report. A measure holds spans or indices; its strings
/// are made when they are read. Also the names a measure reads as they are (units, qualifiers,
/// report and table ids), the bounds that are not the value, and values too large to keep inline.
///
/// A measure made on its own has texts of its own (no text, its strings in the pool); a report's
/// measures share one, made by ``Report/compact()``. Never changed once made, so measures that
/// share it stay values.
final class MeasureTexts: Sendable {
    /// The report text (the same storage as ``Report/text``), or empty.
    let text: String
    let pool: [UInt8]
    /// The longer strings measures share (sentences, subjects, sections, headings), by index.
    let strings: [TextSpan]
    /// Units, qualifiers, ids, report and table ids, by index.
    let names: [String]
    /// Bounds that are not the value, and values a ``CompactValue`` cannot hold, by index.
    let numbers: [Rational]

    init(text: String, pool: [UInt8], strings: [TextSpan], names: [String], numbers: [Rational]) {
        self.text = text
        self.pool = pool
        self.strings = strings
        self.names = names
        self.numbers = numbers
    }

    static let empty = MeasureTexts(text: "", pool: [], strings: [], names: [], numbers: [])

    func string(_ span: TextSpan) -> String {
        if span.count == 0 { return "" }
        return withUTF8(span) { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a span, for as long as `body` runs.
    func withUTF8<Result>(_ span: TextSpan, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = span.offset..<span.offset + span.count
        if span.isInPool {
            return pool.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        var text = text
        return text.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Writes a span as a JSON string, without making a `String` of it.
    func write(_ span: TextSpan, to writer: inout JSONByteWriter) {
        withUTF8(span) { writer.string(utf8: $0) }
    }

    /// ``write(_:to:)`` of a span often the same as the one last written in `place`
    /// (``JSONByteWriter/string(utf8:repeatedIn:)``).
    func write(_ span: TextSpan, to writer: inout JSONByteWriter, repeatedIn place: Int) {
        withUTF8(span) { writer.string(utf8: $0, repeatedIn: place) }
    }

    func string(at index: UInt32) -> String {
        string(strings[Int(index)])
    }
}

/// A string of ``MeasureTexts``: its UTF-8 bytes in the report text, or in the pool.
struct TextSpan: Sendable, Hashable {
    private var start: UInt32
    private var length: UInt32

    private static let poolFlag: UInt32 = 1 << 31

    init(textOffset: Int, count: Int) {
        start = UInt32(textOffset)
        length = UInt32(count)
    }

    init(poolOffset: Int, count: Int) {
        start = UInt32(poolOffset) | TextSpan.poolFlag
        length = UInt32(count)
    }

    var isInPool: Bool { start & TextSpan.poolFlag != 0 }
    var offset: Int { Int(start & ~TextSpan.poolFlag) }
    var count: Int { Int(length) }

    static let empty = TextSpan(poolOffset: 0, count: 0)
}

/// A measure's value in 16 bytes when its numerator and denominator fit 64 bits (every figure a
/// report states), else the index of the value among the numbers of its texts.
struct CompactValue: Sendable {
    private var numerator: Int64
    /// 0 when the value is kept among the numbers, `numerator` being its index.
    private var denominator: Int64

    init?(_ value: Rational) {
        guard let numerator = Int64(exactly: value.numerator), let denominator = Int64(exactly: value.denominator) else {
            return nil
        }
        self.numerator = numerator
        self.denominator = denominator
    }

    init(numberIndex: Int) {
        numerator = Int64(numberIndex)
        denominator = 0
    }

    func value(in texts: MeasureTexts) -> Rational {
        denominator == 0
            ? texts.numbers[Int(numerator)] : Rational(lowestTerms: Int128(numerator), denominator: Int128(denominator))
    }
}

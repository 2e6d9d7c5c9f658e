/// Where the strings of measures are kept: the report text, which a figure's `raw`, `sentence` and
/// `before` are spans of, and a pool of the strings that are not in it (subjects, section paths,
/// headings), each kept once for the whole report. A measure holds spans or indices; its strings
/// are made when they are read. Also the names a measure reads as they are (the report id first,
/// then units, qualifiers, ids and table ids), the bounds that are not the value, and values too
/// large to keep inline.
///
/// A measure made on its own has texts of its own that hold its fields whole (``alone``); a
/// report's measures share one, made by ``Report/compact()``. Never changed once made, so measures
/// that share it stay values.
final class MeasureTexts: Sendable {
    /// The report text (the same storage as ``Report/text``), or empty.
    let text: String
    let pool: [UInt8]
    /// The sentences and subjects measures share, by index.
    let strings: [TextSpan]
    /// The section paths and headings measures share, by index.
    let outline: [TextSpan]
    /// The parts of each joined string (``TextSpan/isJoined``), one after the other.
    let joins: [TextSpan]
    /// The report id (first), units, qualifiers, ids and table ids, by index.
    let names: [String]
    /// Values and bounds a ``CompactValue`` cannot hold, by index.
    let numbers: [Rational]
    /// The bounds that are neither the value nor half a step from it, by index.
    let bounds: [CompactValue]
    /// The bounds, qualifiers and tables measures share, by index.
    let details: [MeasureDetail]
    /// The sections, headings and units measures share, by index.
    let settings: [MeasureSetting]
    /// The places in their tables of the figures of tables, by index: the same place in each table
    /// of a report is kept once.
    let cells: [MeasureCell]
    /// The line each measure's figure stands on.
    let lines: LineMarks
    /// The fields of a measure made on its own, which it reads from here; nil for a report's.
    var alone: MeasureFields? { aloneFields?.fields }
    /// Boxed: held inline, a lone measure's optional fields were 457 bytes of every report's texts.
    private let aloneFields: AloneFields?
    /// Whether these are a measure's own texts that hold its fields whole, told without copying
    /// the fields out.
    var holdsFieldsAlone: Bool { aloneFields != nil }

    init(
        text: String, pool: [UInt8], strings: [TextSpan], outline: [TextSpan], joins: [TextSpan], names: [String],
        numbers: [Rational], bounds: [CompactValue], details: [MeasureDetail], settings: [MeasureSetting],
        cells: [MeasureCell], lines: LineMarks
    ) {
        self.text = text
        self.pool = pool
        self.strings = strings
        self.outline = outline
        self.joins = joins
        self.names = names
        self.numbers = numbers
        self.bounds = bounds
        self.details = details
        self.settings = settings
        self.cells = cells
        self.lines = lines
        aloneFields = nil
    }

    init(alone fields: MeasureFields) {
        text = ""
        pool = []
        strings = []
        outline = []
        joins = []
        names = []
        numbers = []
        bounds = []
        details = []
        settings = []
        cells = []
        lines = .none
        aloneFields = AloneFields(fields)
    }

    /// What a measure of a report holds until the texts of its report are made.
    static let pending = MeasureTexts(
        text: "", pool: [], strings: [], outline: [], joins: [], names: [], numbers: [], bounds: [], details: [],
        settings: [], cells: [], lines: .none)

    func string(_ span: TextSpan) -> String {
        if span.count == 0 && !span.isJoined { return "" }
        return withUTF8(span) { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a span, for as long as `body` runs.
    func withUTF8<Result>(_ span: TextSpan, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if span.isJoined {
            var bytes: [UInt8] = []
            append(span, to: &bytes)
            return bytes.withUnsafeBufferPointer(body)
        }
        return span.withUTF8(text: text, pool: pool, body)
    }

    /// Appends the bytes of a span to `bytes`: a joined one's parts (a pair's two strings) with
    /// their separator between them.
    private func append(_ span: TextSpan, to bytes: inout [UInt8]) {
        guard span.isJoined else {
            if span.count > 0 { span.withUTF8(text: text, pool: pool) { bytes.append(contentsOf: $0) } }
            return
        }
        let separator = TextSpan.separatorBytes[span.separator]
        if span.isPair {
            append(strings[span.firstOfPair], to: &bytes)
            bytes.append(contentsOf: separator)
            append(strings[span.secondOfPair], to: &bytes)
            return
        }
        for (index, part) in joins[span.offset..<span.offset + span.parts].enumerated() {
            if index > 0 { bytes.append(contentsOf: separator) }
            append(part, to: &bytes)
        }
    }

    func string(at index: UInt32) -> String {
        string(strings[Int(index)])
    }
}

/// What most figures of a report have alike (the same bounds as their value, no qualifier, no
/// table, or one table, a kind and a few decimals), kept once for all that have it: indices into
/// the bounds and names of ``MeasureTexts``, or marks (``Measure/noBound``, ``Measure/boundIsValue``,
/// a half step's (``Measure/halfStepMark(of:from:upward:)``), ``Measure/noName``). Kind and decimals
/// are here, not in each measure, so that a measure fits 40 bytes.
struct MeasureDetail: Sendable, Hashable {
    var lower: UInt16
    var upper: UInt16
    var approx: UInt16
    var table: UInt16
    /// ``MeasureKind/ordinal``.
    var kindOrdinal: UInt8
    var decimals: Int8
    /// The bits of an id's number above the 15 a measure keeps (``Measure/idParts(number:)``).
    var idBlock: UInt16

    var kind: MeasureKind { MeasureKind(ordinal: kindOrdinal) }

    /// Two words hashed, not six: a report's measures look theirs up one by one.
    func hash(into hasher: inout Hasher) {
        hasher.combine(UInt64(lower) << 48 | UInt64(upper) << 32 | UInt64(approx) << 16 | UInt64(table))
        hasher.combine(UInt32(idBlock) << 16 | UInt32(kindOrdinal) << 8 | UInt32(UInt8(bitPattern: decimals)))
    }
}

/// A table figure's row and column, kept once for the figures at that place in each table.
struct MeasureCell: Sendable, Hashable {
    var row: UInt16
    var col: UInt16

    /// One word hashed, not two.
    func hash(into hasher: inout Hasher) {
        hasher.combine(UInt32(row) << 16 | UInt32(col))
    }
}

/// Where a figure stands and what it counts in (alike for the figures of a section, mostly), kept
/// once for all that have it: indices into the outline and the names of ``MeasureTexts``.
struct MeasureSetting: Sendable, Hashable {
    var section: UInt16
    var heading: UInt16
    var unit: UInt16

    /// One word hashed, not three, as for ``MeasureDetail``.
    func hash(into hasher: inout Hasher) {
        hasher.combine(UInt64(section) << 32 | UInt64(heading) << 16 | UInt64(unit))
    }
}

/// The fields of a measure made on its own.
private final class AloneFields: Sendable {
    let fields: MeasureFields

    init(_ fields: MeasureFields) {
        self.fields = fields
    }
}

/// A string of ``MeasureTexts``: its UTF-8 bytes in the report text, or in the pool, or parts of
/// them joined.
struct TextSpan: Sendable, Hashable {
    private var start: UInt32
    private var length: UInt32

    private static let poolFlag: UInt32 = 1 << 31
    private static let joinFlag: UInt32 = 1 << 31
    private static let pairFlag: UInt32 = 1 << 30

    init(textOffset: Int, count: Int) {
        start = UInt32(textOffset)
        length = UInt32(count)
    }

    init(poolOffset: Int, count: Int) {
        start = UInt32(poolOffset) | TextSpan.poolFlag
        length = UInt32(count)
    }

    /// The span of `string`'s bytes appended to `pool`; ``empty`` for the empty string.
    init(appending string: String, to pool: inout [UInt8]) {
        guard !string.isEmpty else {
            self = .empty
            return
        }
        self.init(poolOffset: pool.count, count: string.utf8.count)
        pool.append(contentsOf: string.utf8)
    }

    /// A string of parts: `parts` spans from `index` in the joins, joined by the separator at
    /// `separator` in ``separators``. The separator is marked, not kept: a joined string of a table's
    /// figure has two parts, and a span of the separator was a third of what it kept.
    init(joinedAt index: Int, parts: Int, separator: Int) {
        start = UInt32(index)
        length = UInt32(parts) | UInt32(separator) << TextSpan.separatorShift | TextSpan.joinFlag
    }

    /// A string of two strings of ``MeasureTexts/strings``, by index, joined by the separator at
    /// `separator` in ``separators``: a table figure's subject as the labels before its last `·`
    /// and the one after it, each kept once for the figures that share it (a column's, a row's).
    /// `second` is at most ``maximumParts``.
    init(pairOf first: UInt32, and second: UInt32, separator: Int) {
        start = first
        length = second | UInt32(separator) << TextSpan.separatorShift | TextSpan.pairFlag | TextSpan.joinFlag
    }

    /// What joins the parts of a joined string: a table figure's column and row labels (`·`), or the
    /// titles along a heading's path (` › `).
    static let separators = ["·", " › "]
    static let separatorBytes = separators.map { Array($0.utf8) }
    private static let separatorShift: UInt32 = 24
    /// The most parts a joined string has.
    static let maximumParts = Int(1 << separatorShift - 1)

    /// A span from its start as ``encodedStart`` gives it.
    init(encodedStart: UInt32, count: Int) {
        start = encodedStart
        length = UInt32(count)
    }

    /// The offset with the mark of the pool: what a measure keeps of its `raw`.
    var encodedStart: UInt32 { start }

    /// The largest offset a span holds in the text or in the pool.
    static let maximumOffset = Int(poolFlag - 1)

    var isInPool: Bool { length & TextSpan.joinFlag == 0 && start & TextSpan.poolFlag != 0 }
    var isJoined: Bool { length & TextSpan.joinFlag != 0 }
    /// Whether a joined string is a pair of two strings (``init(pairOf:and:separator:)``).
    var isPair: Bool { isJoined && length & TextSpan.pairFlag != 0 }
    /// How many spans of the joins a joined string takes, and the index of its separator.
    var parts: Int { Int(length & UInt32(TextSpan.maximumParts)) }
    var separator: Int { Int((length & ~(TextSpan.joinFlag | TextSpan.pairFlag)) >> TextSpan.separatorShift) }
    /// The indices among the strings of a pair's two strings.
    var firstOfPair: Int { Int(start) }
    var secondOfPair: Int { parts }
    var offset: Int { Int(start & ~TextSpan.poolFlag) }
    var count: Int { Int(length) }

    static let empty = TextSpan(poolOffset: 0, count: 0)

    /// The bytes of a span that is not joined, in `text` or in `pool`, for as long as `body` runs.
    func withUTF8<Result>(text: String, pool: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = offset..<offset + count
        if isInPool {
            return pool.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
        var text = text
        return text.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}

/// A measure's value in 8 bytes when it is a fraction whose denominator divides a power of ten
/// (every figure a report states, and the bounds of its rounding) and whose numerator fits 54
/// bits, else the index of the value among the numbers of its texts.
struct CompactValue: Sendable {
    /// The numerator shifted left by 10, then the powers of 2 and 5 of the denominator in 5 bits
    /// each; ``indexMark`` in both for an index into the numbers.
    private var bits: Int64

    private static let indexMark: Int64 = 31
    private static let numerators = -(Int64(1) << 53)..<(Int64(1) << 53)
    /// 5^0 … 5^30: with 2^30, a denominator up to 10^30, well within 128 bits.
    private static let powersOfFive: [Int128] = (0..<31).reduce(into: []) { powers, _ in
        powers.append(powers.last.map { $0 * 5 } ?? 1)
    }

    static let zero = CompactValue(bits: 0)

    private init(bits: Int64) {
        self.bits = bits
    }

    init?(_ value: Rational) {
        guard let numerator = Int64(exactly: value.numerator), CompactValue.numerators.contains(numerator) else {
            return nil
        }
        var rest = value.denominator
        var twos: Int64 = 0
        var fives: Int64 = 0
        while rest % 2 == 0, twos < CompactValue.indexMark {
            rest /= 2
            twos += 1
        }
        while rest % 5 == 0, fives < CompactValue.indexMark {
            rest /= 5
            fives += 1
        }
        guard rest == 1, twos < CompactValue.indexMark, fives < CompactValue.indexMark else { return nil }
        bits = numerator << 10 | twos << 5 | fives
    }

    init(numberIndex: Int) {
        bits = Int64(numberIndex) << 10 | CompactValue.indexMark << 5 | CompactValue.indexMark
    }

    /// The index among the numbers of its texts of a value kept there, nil for one kept here.
    var numberIndex: Int? {
        bits >> 5 & 31 == CompactValue.indexMark ? Int(bits >> 10) : nil
    }

    func value(in texts: MeasureTexts) -> Rational {
        let twos = bits >> 5 & 31
        if twos == CompactValue.indexMark { return texts.numbers[Int(bits >> 10)] }
        return Rational(
            lowestTerms: Int128(bits >> 10),
            denominator: (Int128(1) << Int(twos)) * CompactValue.powersOfFive[Int(bits & 31)])
    }
}

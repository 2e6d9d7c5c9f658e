/// One figure stated in a report: what it says, how exact it is, and where it stands.
///
/// A corpus holds hundreds of thousands of these, so a measure is about a hundred bytes: its
/// strings are spans of the report text or indices into strings its report's measures share
/// (``MeasureTexts``, see ``Report/compact()``), made when read; numbers and offsets are kept in
/// 32 or 64 bits; a bound equal to the value is not kept twice. A change to one measure gives it
/// texts of its own and leaves every other as it was.
public struct Measure: Sendable {
    var texts: MeasureTexts
    private var storedValue: CompactValue
    var rawSpan: TextSpan
    var beforeSpan: TextSpan
    /// Indices into the strings of ``texts``.
    var sentenceIndex: UInt32
    var subjectIndex: UInt32
    var sectionIndex: UInt32
    var headingIndex: UInt32
    /// ``lower`` and ``upper``: an index into the numbers of ``texts``, ``noBound`` or ``boundIsValue``.
    var lowerIndex: Int32
    var upperIndex: Int32
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedParagraph: Int32
    /// ``cell``'s row and column, or ``noCell``.
    private var cellRow: Int32
    private var cellCol: Int32
    /// `m` and this number (high bit clear), or an index into the names of ``texts`` (high bit set).
    var idCode: UInt32
    /// Indices into the names of ``texts``; ``noName`` for nil.
    var reportIndex: UInt32
    var unitIndex: UInt32
    var approxIndex: UInt32
    var tableIndex: UInt32
    public var kind: MeasureKind
    private var storedDecimals: Int8

    static let noBound: Int32 = -1
    static let boundIsValue: Int32 = -2
    static let noName = UInt32.max
    static let idIsName: UInt32 = 1 << 31
    private static let noCell = Int32.min

    public init(
        id: String, value: Rational, unit: String, raw: String, kind: MeasureKind,
        approx: String?, lower: Rational?, upper: Rational?, decimals: Int,
        subject: String, section: String, heading: String, sentence: String,
        paragraph: Int, before: String, start: Int, end: Int, report: String,
        table: String? = nil, cell: CellPosition? = nil
    ) {
        self.init(
            alone: MeasureFields(
                id: id, value: value, unit: unit, raw: raw, kind: kind, approx: approx, lower: lower, upper: upper,
                decimals: decimals, subject: subject, section: section, heading: heading, sentence: sentence,
                paragraph: paragraph, before: before, start: start, end: end, report: report, table: table,
                cell: cell))
    }

    /// A measure with texts of its own: its strings one after another in the pool, its names and
    /// numbers in lists of their own (what extraction makes for every figure, so nothing is looked
    /// up).
    init(alone fields: MeasureFields) {
        let longer = [fields.sentence, fields.subject, fields.section, fields.heading]
        var pool: [UInt8] = []
        pool.reserveCapacity(longer.reduce(fields.raw.utf8.count + fields.before.utf8.count) { $0 + $1.utf8.count })
        func kept(_ string: String) -> TextSpan {
            defer { pool.append(contentsOf: string.utf8) }
            return TextSpan(poolOffset: pool.count, count: string.utf8.count)
        }
        let raw = kept(fields.raw)
        let before = kept(fields.before)
        let strings = longer.map(kept)
        var names = [fields.report, fields.unit]
        func named(_ name: String?) -> UInt32 {
            guard let name else { return Measure.noName }
            names.append(name)
            return UInt32(names.count - 1)
        }
        let id = Measure.number(ofID: fields.id) ?? named(fields.id) | Measure.idIsName
        let approx = named(fields.approx)
        let table = named(fields.table)
        var numbers: [Rational] = []
        func numbered(_ number: Rational) -> Int32 {
            numbers.append(number)
            return Int32(numbers.count - 1)
        }
        let value = CompactValue(fields.value) ?? CompactValue(numberIndex: Int(numbered(fields.value)))
        func bound(_ bound: Rational?) -> Int32 {
            guard let bound else { return Measure.noBound }
            return bound == fields.value ? Measure.boundIsValue : numbered(bound)
        }
        let lower = bound(fields.lower)
        let upper = bound(fields.upper)
        self.init(
            fields: fields, value: value, rawSpan: raw, beforeSpan: before, sentenceIndex: 0, subjectIndex: 1,
            sectionIndex: 2, headingIndex: 3, lowerIndex: lower, upperIndex: upper, idCode: id, reportIndex: 0,
            unitIndex: 1, approxIndex: approx, tableIndex: table)
        texts = MeasureTexts(text: "", pool: pool, strings: strings, names: names, numbers: numbers)
    }

    /// N of an id `mN` (N from 1, no leading zero and below ``idIsName``), nil for another id.
    /// Reads the digits as bytes: writing the number back to compare cost a thousand instructions
    /// an id, twice for each measure loaded.
    static func number(ofID id: String) -> UInt32? {
        var id = id
        return id.withUTF8 { bytes -> UInt32? in
            // 10 digits hold every number below ``idIsName``.
            guard (2...11).contains(bytes.count), bytes[0] == UInt8(ascii: "m"), bytes[1] != UInt8(ascii: "0") else {
                return nil
            }
            var number: UInt64 = 0
            for byte in bytes.dropFirst() {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                number = number * 10 + UInt64(byte - UInt8(ascii: "0"))
            }
            return number < UInt64(Measure.idIsName) ? UInt32(number) : nil
        }
    }

    /// A measure whose fields are in place and whose strings ``MeasureTextsBuilder`` has kept;
    /// its texts are set when the builder is done.
    init(
        fields: MeasureFields, value: CompactValue, rawSpan: TextSpan, beforeSpan: TextSpan, sentenceIndex: UInt32,
        subjectIndex: UInt32, sectionIndex: UInt32, headingIndex: UInt32, lowerIndex: Int32, upperIndex: Int32,
        idCode: UInt32, reportIndex: UInt32, unitIndex: UInt32, approxIndex: UInt32, tableIndex: UInt32
    ) {
        texts = .empty
        storedValue = value
        self.rawSpan = rawSpan
        self.beforeSpan = beforeSpan
        self.sentenceIndex = sentenceIndex
        self.subjectIndex = subjectIndex
        self.sectionIndex = sectionIndex
        self.headingIndex = headingIndex
        self.lowerIndex = lowerIndex
        self.upperIndex = upperIndex
        storedStart = Int32(clamping: fields.start)
        storedEnd = Int32(clamping: fields.end)
        storedParagraph = Int32(clamping: fields.paragraph)
        cellRow = fields.cell.map { Int32(clamping: $0.row) } ?? Measure.noCell
        cellCol = fields.cell.map { Int32(clamping: $0.col) } ?? Measure.noCell
        self.idCode = idCode
        self.reportIndex = reportIndex
        self.unitIndex = unitIndex
        self.approxIndex = approxIndex
        self.tableIndex = tableIndex
        kind = fields.kind
        storedDecimals = Int8(clamping: fields.decimals)
    }

    /// `m1`, `m2`, … in reading order, stable for the same text.
    public var id: String {
        get { idCode & Measure.idIsName == 0 ? "m\(idCode)" : texts.names[Int(idCode & ~Measure.idIsName)] }
        set { change { $0.id = newValue } }
    }

    /// N of an id `mN` (N from 1, no leading zero), without making the id; nil for another id.
    package var idNumber: Int? {
        idCode & Measure.idIsName == 0 ? Int(idCode) : nil
    }

    /// The number in `unit`, with 万/亿/千 multiplied out (`1.8万项` → 18000).
    public var value: Rational {
        get { storedValue.value(in: texts) }
        set { change { $0.value = newValue } }
    }

    /// `件`, `个`, `元` (money in yuan is always in 元; other money in its currency, `美元`), `%`,
    /// `个百分点`, `成`, `倍`, …
    public var unit: String {
        get { texts.names[Int(unitIndex)] }
        set { change { $0.unit = newValue } }
    }

    /// The text as written, qualifier included (`3000多名`, `50%以上`).
    public var raw: String {
        get { texts.string(rawSpan) }
        set { change { $0.raw = newValue } }
    }

    /// The qualifier as written (余, 多, 以上, 近, 超过近, …), nil for a plain figure.
    public var approx: String? {
        get { approxIndex == Measure.noName ? nil : texts.names[Int(approxIndex)] }
        set { change { $0.approx = newValue } }
    }

    /// The interval of true values the wording allows; nil is unbounded on that side.
    public var lower: Rational? {
        get { bound(lowerIndex) }
        set { change { $0.lower = newValue } }
    }

    public var upper: Rational? {
        get { bound(upperIndex) }
        set { change { $0.upper = newValue } }
    }

    /// Decimal places as written (`17.4%` → 1, `1.8万` → 1, `27件` → 0).
    public var decimals: Int {
        get { Int(storedDecimals) }
        set { storedDecimals = Int8(clamping: newValue) }
    }

    /// The most decimal places a figure can have: its rounding step, 10^-decimals, and the
    /// values around it must still fit the 128-bit fractions of ``Rational`` with room to spare.
    public static let maximumDecimals = 18

    /// The largest offset or paragraph index a measure holds (offsets are kept in 32 bits; a
    /// report file is far smaller).
    public static let maximumOffset = Int(Int32.max)

    /// The phrase the figure counts (`办结`, `收到行政复议申请`, `直接纠错率`).
    public var subject: String {
        get { texts.string(at: subjectIndex) }
        set { change { $0.subject = newValue } }
    }

    /// Outline path (`一/(五)/一是`) and the titles along it joined by ` › `.
    public var section: String {
        get { texts.string(at: sectionIndex) }
        set { change { $0.section = newValue } }
    }

    public var heading: String {
        get { texts.string(at: headingIndex) }
        set { change { $0.heading = newValue } }
    }

    /// The sentence the figure stands in.
    public var sentence: String {
        get { texts.string(at: sentenceIndex) }
        set { change { $0.sentence = newValue } }
    }

    /// The paragraph the figure stands in: the index of its line in the report text, from 0.
    public var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(clamping: newValue) }
    }

    /// The text just before the figure in its paragraph (at most ``beforeLength`` scalars): the
    /// clause that names what it counts (`撤销、确认违法、责令履行案件共` before 4件) and the words
    /// that make it a change (同比增长) or last year's figure (上年为). Verification reads these
    /// from the model, never from the report's text, so a report loaded from its JSON audits
    /// exactly as its text does.
    public var before: String {
        get { texts.string(beforeSpan) }
        set { change { $0.before = newValue } }
    }

    /// Offsets of `raw` in the report text, in Unicode scalars.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }

    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    /// The id of the report the figure belongs to.
    public var report: String {
        get { texts.names[Int(reportIndex)] }
        set { change { $0.report = newValue } }
    }

    /// The table the figure is a cell of (``ReportTable/id``), and its cell there; nil in prose.
    public var table: String? {
        get { tableIndex == Measure.noName ? nil : texts.names[Int(tableIndex)] }
        set { change { $0.table = newValue } }
    }

    public var cell: CellPosition? {
        get { cellRow == Measure.noCell ? nil : CellPosition(row: Int(cellRow), col: Int(cellCol)) }
        set {
            cellRow = newValue.map { Int32(clamping: $0.row) } ?? Measure.noCell
            cellCol = newValue.map { Int32(clamping: $0.col) } ?? Measure.noCell
        }
    }

    private func bound(_ index: Int32) -> Rational? {
        switch index {
        case Measure.noBound: return nil
        case Measure.boundIsValue: return value
        default: return texts.numbers[Int(index)]
        }
    }

    /// Every field as a plain value.
    var fields: MeasureFields {
        MeasureFields(
            id: id, value: value, unit: unit, raw: raw, kind: kind, approx: approx, lower: lower, upper: upper,
            decimals: decimals, subject: subject, section: section, heading: heading, sentence: sentence,
            paragraph: paragraph, before: before, start: start, end: end, report: report, table: table, cell: cell)
    }

    /// A field kept in ``texts`` changes: the measure gets texts of its own.
    private mutating func change(_ body: (inout MeasureFields) -> Void) {
        var fields = fields
        body(&fields)
        self = Measure(alone: fields)
    }
}

/// The fields of a ``Measure`` as plain values: what it is made from and what it reads as.
struct MeasureFields: Equatable {
    var id: String
    var value: Rational
    var unit: String
    var raw: String
    var kind: MeasureKind
    var approx: String?
    var lower: Rational?
    var upper: Rational?
    var decimals: Int
    var subject: String
    var section: String
    var heading: String
    var sentence: String
    var paragraph: Int
    var before: String
    var start: Int
    var end: Int
    var report: String
    var table: String?
    var cell: CellPosition?
}

extension Measure: Hashable {
    public static func == (left: Measure, right: Measure) -> Bool {
        left.fields == right.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(report)
        hasher.combine(value)
        hasher.combine(start)
        hasher.combine(end)
    }
}

extension Measure {
    /// How much of the paragraph before a figure ``before`` keeps: more than any clause that
    /// verification reads (16 scalars) with the fillers between a change word and its figure.
    public static let beforeLength = 24
}

/// What sort of quantity a measure is; the JSON name is the raw value.
public enum MeasureKind: String, Sendable, Hashable, CaseIterable {
    /// Things counted with a measure word: 27件, 两级, 3000多名, 1.8万项.
    case count
    /// Money, in 元 or in the currency written: 9296万元 → 92960000 元, 3000万美元 → 30000000 美元.
    case amount
    /// A percentage, in `%`: 17.4%, 百分之十七点四.
    case percent
    /// A difference of percentages, in `个百分点`.
    case points
    /// Tenths, in `成`: 七成, 超六成.
    case tenths
    /// A multiple, in `倍`: 一倍, 近3倍.
    case multiple
    /// A fraction in words, exact and with no unit: 三分之二 → 2/3, 占比近三分之一 → 1/3 (approx 近).
    /// Over 百, 千, 万, … it is a percent instead (百分之五, 千分之三 → 0.3 %).
    case fraction
}

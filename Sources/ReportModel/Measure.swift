/// One figure stated in a report: what it says, how exact it is, and where it stands.
///
/// A corpus holds hundreds of thousands of these, so a measure of a report is 40 bytes: its
/// strings are spans of the report text or indices into strings its report's measures share
/// (``MeasureTexts``, see ``Report/compact()``), made when read; its numbers are kept in 8, 16, 24
/// or 32 bits, the report id once for all of them, a bound equal to the value not twice and one at
/// half a step from it as that step (``halfStepMark(of:from:upward:)``); its bounds, qualifier,
/// table, kind and decimals (alike for most figures of a report) once for all that have them, as
/// are its section, heading and unit and its cell's place, its paragraph told from where it
/// stands in the text (``LineMarks``), and its end as the scalars of ``raw`` after its start. A
/// measure made on its own, or one whose fields do not fit these, keeps its fields whole in texts
/// of its own. A change to one measure gives it texts of its own and leaves every other as it was.
public struct Measure: Sendable {
    var texts: MeasureTexts
    var storedValue: CompactValue
    /// Where ``raw`` starts, in the report text or the pool (``TextSpan/encodedStart``); ``before``
    /// ends there.
    var rawStart: UInt32
    /// An index into the strings of ``texts`` (the low ``codeShift`` bits), with the UTF-8 length of
    /// ``before`` above it.
    private var sentenceCode: UInt32
    /// An index into the strings of ``texts``, or (``subjectInSentence`` set) where the subject
    /// stands in the sentence: its offset there above the 15 bits of its length. Most subjects
    /// stand there, and a span of each among the strings was a sixth of what a report kept. Or
    /// (``subjectIsPair`` set) a pair of two strings (``TextSpan/init(pairOf:and:separator:)``): the
    /// first's index above the 15 bits of the second's, as a table figure's subject is kept.
    var subjectIndex: UInt32
    /// ``start`` (the low ``codeShift`` bits), with the UTF-8 length of ``raw`` above it.
    private var startCode: UInt32
    /// `m` and this number's low 15 bits (high bit clear), or an index into the names of ``texts``.
    var idCode: UInt16
    /// ``section``, ``heading`` and ``unit``: an index into the settings of ``texts``.
    var settingIndex: UInt16
    /// ``lower``, ``upper``, ``approx``, ``table``, ``kind``, ``decimals``: an index into the details.
    var detailIndex: UInt16
    /// ``cell``: its row above the 7 bits of its column (``cellCode(_:)``), or (``cellIsShared``
    /// set) an index into the cells of ``texts``, or ``noCell``.
    var cellIndex: UInt16

    static let noBound = UInt16.max
    static let boundIsValue = UInt16.max - 1
    /// The largest index a 16-bit field holds; the values above it are the marks above.
    static let largestShortIndex = Int(UInt16.max - 2)
    static let noName = UInt16.max
    static let idIsName: UInt16 = 1 << 15
    static let subjectInSentence: UInt32 = 1 << 31
    /// Below it, an index into the strings: a report's strings are of its figures and cells, far
    /// fewer than 2^30 in any report memory holds.
    static let subjectIsPair: UInt32 = 1 << 30
    static let noCell = UInt16.max
    static let cellIsShared: UInt16 = 1 << 15
    /// The bits of ``sentenceCode`` and ``startCode`` below the length kept above them: a sentence
    /// index or a start up to 2^24 (a report of 16 million scalars); a figure past it is kept alone.
    private static let codeShift: UInt32 = 24
    private static let codeMask: UInt32 = 1 << codeShift - 1
    /// The largest sentence index or ``start`` a measure of a report keeps.
    static let largestCoded = Int(codeMask)

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

    /// A measure with texts of its own, holding its fields whole (what extraction makes for every
    /// figure, so nothing is looked up or copied apart).
    init(alone fields: MeasureFields) {
        var fields = fields
        // As a measure of a report keeps them (``MeasureDetail``).
        fields.decimals = Int(Int8(clamping: fields.decimals))
        texts = MeasureTexts(alone: fields)
        storedValue = .zero
        rawStart = 0
        sentenceCode = 0
        subjectIndex = 0
        startCode = 0
        idCode = 0
        settingIndex = 0
        detailIndex = 0
        cellIndex = Measure.noCell
    }

    /// A measure of a report whose fields ``MeasureTextsBuilder`` has kept, each checked to fit
    /// (its end the scalars of its `raw` after its start, its paragraph the line its texts tell, its
    /// start and sentence index ``largestCoded`` at most); its texts are set when the builder is done.
    init(
        start: Int, value: CompactValue, raw: TextSpan, beforeCount: Int, sentenceIndex: UInt32,
        subjectIndex: UInt32, idCode: UInt16, kept: (setting: Int, detail: Int, cell: Int)
    ) {
        texts = .pending
        storedValue = value
        rawStart = raw.encodedStart
        sentenceCode = sentenceIndex | UInt32(beforeCount) << Measure.codeShift
        self.subjectIndex = subjectIndex
        startCode = UInt32(start) | UInt32(raw.count) << Measure.codeShift
        self.idCode = idCode
        settingIndex = UInt16(kept.setting)
        detailIndex = UInt16(kept.detail)
        cellIndex = UInt16(kept.cell)
    }

    /// Whether a cell position fits the 16 bits each that the cells of a report's texts keep.
    static func fits(_ cell: CellPosition?) -> Bool {
        guard let cell else { return true }
        return (0..<Int(noCell)).contains(cell.row) && (0..<Int(noCell)).contains(cell.col)
    }

    /// The ``cellIndex`` of a cell kept in place: a row below 255 and a column below 128, as nearly
    /// every table's are (looking each up among the shared ones cost 1% of a load); nil for another.
    static func cellCode(_ cell: CellPosition) -> UInt16? {
        guard (0..<255).contains(cell.row), (0..<128).contains(cell.col) else { return nil }
        return UInt16(cell.row) << 7 | UInt16(cell.col)
    }

    /// The ``cellIndex`` of a cell kept among the cells of ``texts`` at `index`, nil past 15 bits.
    static func cellCode(sharedAt index: Int) -> UInt16? {
        index < Int(cellIsShared - 1) ? UInt16(index) | cellIsShared : nil
    }

    /// Whether a start fits what a measure of a report keeps.
    static func fits(start: Int) -> Bool {
        (0...largestCoded).contains(start)
    }

    /// The ``idCode`` of an id kept among the names at `index`, nil past 15 bits.
    static func idCode(ofName index: UInt32) -> UInt16? {
        index < UInt32(idIsName) ? UInt16(index) | idIsName : nil
    }

    /// The index of the sentence among the strings of ``texts``, set only to one that fits.
    var sentenceIndex: UInt32 {
        get { sentenceCode & Measure.codeMask }
        set { sentenceCode = sentenceCode & ~Measure.codeMask | newValue }
    }

    /// The UTF-8 lengths of ``raw`` and ``before``.
    private var rawCount: Int { Int(startCode >> Measure.codeShift) }
    private var beforeCount: Int { Int(sentenceCode >> Measure.codeShift) }

    /// `m1`, `m2`, … in reading order, stable for the same text.
    public var id: String {
        get {
            if let alone = texts.alone { return alone.id }
            return idCode & Measure.idIsName == 0
                ? Measure.id(number: codedIDNumber) : texts.names[Int(idCode & ~Measure.idIsName)]
        }
        set { change { $0.id = newValue } }
    }

    /// The number in `unit`, with 万/亿/千 multiplied out (`1.8万项` → 18000).
    public var value: Rational {
        get { texts.alone?.value ?? storedValue.value(in: texts) }
        set { change { $0.value = newValue } }
    }

    /// `件`, `个`, `元` (money in yuan is always in 元; other money in its currency, `美元`), `%`,
    /// `个百分点`, `成`, `倍`, …
    public var unit: String {
        get { texts.alone?.unit ?? texts.names[Int(unitIndex)] }
        set { change { $0.unit = newValue } }
    }

    /// The text as written, qualifier included (`3000多名`, `50%以上`).
    public var raw: String {
        get { texts.alone?.raw ?? texts.string(rawSpan) }
        set { change { $0.raw = newValue } }
    }

    /// The qualifier as written (余, 多, 以上, 近, 超过近, …), nil for a plain figure.
    public var approx: String? {
        get {
            if let alone = texts.alone { return alone.approx }
            return approxIndex == Measure.noName ? nil : texts.names[Int(approxIndex)]
        }
        set { change { $0.approx = newValue } }
    }

    /// The interval of true values the wording allows; nil is unbounded on that side.
    public var lower: Rational? {
        get {
            if let alone = texts.alone { return alone.lower }
            return bound(lowerIndex, upward: false)
        }
        set { change { $0.lower = newValue } }
    }

    public var upper: Rational? {
        get {
            if let alone = texts.alone { return alone.upper }
            return bound(upperIndex, upward: true)
        }
        set { change { $0.upper = newValue } }
    }

    /// What sort of quantity the figure is.
    public var kind: MeasureKind {
        get { texts.alone?.kind ?? texts.details[Int(detailIndex)].kind }
        set { change { $0.kind = newValue } }
    }

    /// Decimal places as written (`17.4%` → 1, `1.8万` → 1, `27件` → 0).
    public var decimals: Int {
        get { texts.alone?.decimals ?? Int(texts.details[Int(detailIndex)].decimals) }
        set { change { $0.decimals = newValue } }
    }

    /// The most decimal places a figure can have: its rounding step, 10^-decimals, and the
    /// values around it must still fit the 128-bit fractions of ``Rational`` with room to spare.
    public static let maximumDecimals = 18

    /// The largest offset or paragraph index a measure holds (offsets are kept in 32 bits; a
    /// report file is far smaller).
    public static let maximumOffset = Int(Int32.max)

    /// The phrase the figure counts (`办结`, `收到行政复议申请`, `直接纠错率`).
    public var subject: String {
        get { texts.alone?.subject ?? texts.string(subjectSpan) }
        set { change { $0.subject = newValue } }
    }

    /// Outline path (`一/(五)/一是`) and the titles along it joined by ` › `.
    public var section: String {
        get { texts.alone?.section ?? texts.string(texts.outline[Int(sectionIndex)]) }
        set { change { $0.section = newValue } }
    }

    public var heading: String {
        get { texts.alone?.heading ?? texts.string(texts.outline[Int(headingIndex)]) }
        set { change { $0.heading = newValue } }
    }

    /// The sentence the figure stands in.
    public var sentence: String {
        get { texts.alone?.sentence ?? texts.string(at: sentenceIndex) }
        set { change { $0.sentence = newValue } }
    }

    /// The paragraph the figure stands in: the index of its line in the report text, from 0.
    public var paragraph: Int {
        get { texts.alone?.paragraph ?? texts.lines.line(ofRawAt: rawStart, in: texts.text) }
        set { change { $0.paragraph = newValue } }
    }

    /// The text just before the figure in its paragraph (at most ``beforeLength`` scalars): the
    /// clause that names what it counts (`撤销、确认违法、责令履行案件共` before 4件) and the words
    /// that make it a change (同比增长) or last year's figure (上年为). Verification reads these
    /// from the model, never from the report's text, so a report loaded from its JSON audits
    /// exactly as its text does.
    public var before: String {
        get { texts.alone?.before ?? texts.string(beforeSpan) }
        set { change { $0.before = newValue } }
    }

    /// Offsets of `raw` in the report text, in Unicode scalars.
    public var start: Int {
        get { texts.alone?.start ?? Int(startCode & Measure.codeMask) }
        set { change { $0.start = newValue } }
    }

    public var end: Int {
        get { texts.alone?.end ?? Int(startCode & Measure.codeMask) + texts.withUTF8(rawSpan, Self.scalarCount) }
        set { change { $0.end = newValue } }
    }

    /// How many scalars UTF-8 bytes hold: those that do not continue one.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// The id of the report the figure belongs to.
    public var report: String {
        get { texts.alone?.report ?? texts.names[0] }
        set { change { $0.report = newValue } }
    }

    /// The table the figure is a cell of (``ReportTable/id``), and its cell there; nil in prose.
    public var table: String? {
        get {
            if let alone = texts.alone { return alone.table }
            return tableIndex == Measure.noName ? nil : texts.names[Int(tableIndex)]
        }
        set { change { $0.table = newValue } }
    }

    public var cell: CellPosition? {
        get {
            if let alone = texts.alone { return alone.cell }
            guard cellIndex != Measure.noCell else { return nil }
            guard cellIndex & Measure.cellIsShared != 0 else {
                return CellPosition(row: Int(cellIndex >> 7), col: Int(cellIndex & 0x7F))
            }
            let cell = texts.cells[Int(cellIndex & ~Measure.cellIsShared)]
            return CellPosition(row: Int(cell.row), col: Int(cell.col))
        }
        set { change { $0.cell = newValue } }
    }

    /// The indices of a measure of a report's bounds (into the bounds of ``texts``, or ``noBound``,
    /// ``boundIsValue`` or a mark of half a step), qualifier and table (into the names of ``texts``, or ``noName``).
    var lowerIndex: UInt16 { texts.details[Int(detailIndex)].lower }
    var upperIndex: UInt16 { texts.details[Int(detailIndex)].upper }
    var approxIndex: UInt16 { texts.details[Int(detailIndex)].approx }
    var tableIndex: UInt16 { texts.details[Int(detailIndex)].table }

    /// The indices of a measure of a report's section and heading (into the outline of ``texts``)
    /// and unit (into its names).
    var sectionIndex: UInt16 { texts.settings[Int(settingIndex)].section }
    var headingIndex: UInt16 { texts.settings[Int(settingIndex)].heading }
    var unitIndex: UInt16 { texts.settings[Int(settingIndex)].unit }

    /// Where ``subject`` stands: in the sentence, or among the strings of ``texts`` (a measure of a
    /// report).
    var subjectSpan: TextSpan {
        guard subjectIndex & Measure.subjectInSentence != 0 else {
            guard subjectIndex & Measure.subjectIsPair != 0 else { return texts.strings[Int(subjectIndex)] }
            return TextSpan(pairOf: subjectIndex >> 15 & 0x7FFF, and: subjectIndex & 0x7FFF, separator: 0)
        }
        return TextSpan(
            textOffset: texts.strings[Int(sentenceIndex)].offset + Int(subjectIndex >> 15 & 0xFFFF),
            count: Int(subjectIndex & 0x7FFF))
    }

    /// The ``subjectIndex`` of a subject that stands within its sentence, both spans of the text;
    /// nil for another, or one whose offset in the sentence or length does not fit.
    static func subjectCode(_ subject: TextSpan, in sentence: TextSpan) -> UInt32? {
        guard !subject.isInPool, !subject.isJoined, !sentence.isInPool, !sentence.isJoined,
            subject.offset >= sentence.offset, subject.offset + subject.count <= sentence.offset + sentence.count,
            subject.offset - sentence.offset <= 0xFFFF, subject.count <= 0x7FFF
        else { return nil }
        return subjectInSentence | UInt32(subject.offset - sentence.offset) << 15 | UInt32(subject.count)
    }

    /// The ``subjectIndex`` of a subject kept as a pair joined by `·` whose strings' indices fit 15
    /// bits each; nil for another.
    static func subjectCode(pair: TextSpan) -> UInt32? {
        guard pair.isPair, pair.separator == 0, pair.firstOfPair <= 0x7FFF, pair.secondOfPair <= 0x7FFF else {
            return nil
        }
        return subjectIsPair | UInt32(pair.firstOfPair) << 15 | UInt32(pair.secondOfPair)
    }

    /// Where ``raw`` and ``before`` stand in the report text or the pool (a measure of a report).
    var rawSpan: TextSpan { TextSpan(encodedStart: rawStart, count: rawCount) }
    var beforeSpan: TextSpan { TextSpan(encodedStart: rawStart - UInt32(beforeCount), count: beforeCount) }

    /// A bound below the value (`upward` false) or above it, from its index or mark.
    private func bound(_ index: UInt16, upward: Bool) -> Rational? {
        switch index {
        case Measure.noBound: return nil
        case Measure.boundIsValue: return value
        case Measure.firstHalfStepMark...: return try! Measure.bound(atHalfStep: index, from: value, upward: upward)
        default: return texts.bounds[Int(index)].value(in: texts)
        }
    }

    /// Every field as a plain value.
    var fields: MeasureFields {
        if let alone = texts.alone { return alone }
        return MeasureFields(
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

extension Report {
    /// Keeps the report's measures and tables small, for a corpus held in memory: the measures
    /// share one ``MeasureTexts``, where `raw`, `sentence` and `before` are spans of the report
    /// text when they stand in it, every other string is kept once, and bounds equal to the value
    /// are not kept again; the labels and captions of tables share one copy each. Nothing a reader
    /// sees changes. Called once the report is whole.
    public mutating func compact() {
        let text = text
        var bytes = text
        measures = bytes.withUTF8 { [measures] bytes in
            var builder = MeasureTextsBuilder(text: bytes)
            builder.reserve(measures.count)
            let compacted = measures.map { builder.add($0.fields) }
            let texts = builder.texts(text: text)
            return compacted.map { measure in
                var measure = measure
                measure.texts = texts
                return measure
            }
        }
        sections = trimmed(sections)
        var labels = SharedStrings()
        tables = tables.map { table in
            var table = table
            table.section = labels.shared(table.section)
            table.title = labels.shared(table.title)
            table.cells = table.cells.map { cell in
                var cell = cell
                cell.text = labels.shared(cell.text)
                cell.rowPath = labels.shared(cell.rowPath)
                cell.colPath = labels.shared(cell.colPath)
                return cell
            }
            return table
        }
    }
}

/// One copy of each string that does not fit inside a `String` (longer than 15 UTF-8 bytes).
private struct SharedStrings {
    private var kept: Set<ExactString> = []

    mutating func shared(_ string: String) -> String {
        guard string.utf8.count > 15 else { return string }
        return kept.insert(ExactString(string)).memberAfterInsert.string
    }
}

/// A string told apart from others by its UTF-8 bytes: what is kept must read back byte for byte
/// (`String`'s own equality takes canonically equivalent strings as equal), and hashing bytes
/// needs no normalisation.
private struct ExactString: Hashable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (left: ExactString, right: ExactString) -> Bool {
        left.string.hasSameBytes(as: right.string)
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Gathers the ``MeasureTexts`` of measures added one by one (a report's, in reading order, or
/// one alone): where their strings stand in the text, and each other string, name and number once.
struct MeasureTextsBuilder {
    private let text: UnsafeBufferPointer<UInt8>
    private var pool: [UInt8] = []
    private var strings: [TextSpan] = []
    private var names: [String] = []
    private var numbers: [Rational] = []
    private var stringIndex: [ExactString: UInt32] = [:]
    private var nameIndex: [ExactString: UInt32] = [:]
    private var numberIndex: [Rational: Int32] = [:]
    /// A scalar offset and its byte offset: measures come in reading order, so offsets are found
    /// by walking on from the last one.
    private var cursor = (scalar: 0, byte: 0)
    /// The sentence of the last measure: the figures of a sentence come together.
    private var lastSentence: (string: String, index: UInt32)?
    /// The section, heading, report and unit of the last measure: most measures share them with
    /// the one before, and comparing bytes costs less than hashing them to look them up.
    private var lastSection = LastKept()
    private var lastHeading = LastKept()
    private var lastReport = LastKept()
    private var lastUnit = LastKept()

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    mutating func reserve(_ measures: Int) {
        strings.reserveCapacity(measures)
    }

    /// The measure, its strings kept here; its texts are set from ``texts(text:)`` when all are added.
    mutating func add(_ fields: MeasureFields) -> Measure {
        let start = byteOffset(ofScalar: fields.start)
        let end = byteOffset(ofScalar: fields.end)
        let figure = start.flatMap { start in end.map { start..<$0 } }
        let value = CompactValue(fields.value) ?? CompactValue(numberIndex: Int(numberIndex(fields.value)))
        let id = Measure.number(ofID: fields.id) ?? name(fields.id) | Measure.idIsName
        let sentence = sentenceIndex(fields.sentence, around: figure)
        let section = lastSection.index(ifSameAs: fields.section) ?? stringIndex(fields.section)
        let heading = lastHeading.index(ifSameAs: fields.heading) ?? stringIndex(fields.heading)
        let report = lastReport.index(ifSameAs: fields.report) ?? name(fields.report)
        let unit = lastUnit.index(ifSameAs: fields.unit) ?? name(fields.unit)
        lastSection = LastKept(fields.section, index: section)
        lastHeading = LastKept(fields.heading, index: heading)
        lastReport = LastKept(fields.report, index: report)
        lastUnit = LastKept(fields.unit, index: unit)
        return Measure(
            fields: fields, value: value, rawSpan: span(of: fields.raw, at: start),
            beforeSpan: span(of: fields.before, at: start.map { $0 - fields.before.utf8.count }),
            sentenceIndex: sentence, subjectIndex: subjectIndex(fields.subject, in: strings[Int(sentence)]),
            sectionIndex: section, headingIndex: heading,
            lowerIndex: boundIndex(fields.lower, value: fields.value), upperIndex: boundIndex(fields.upper, value: fields.value),
            idCode: id, reportIndex: report, unitIndex: unit,
            approxIndex: fields.approx.map { name($0) } ?? Measure.noName,
            tableIndex: fields.table.map { name($0) } ?? Measure.noName)
    }

    /// What the added measures share, with `text` the text they were added against.
    func texts(text: String) -> MeasureTexts {
        MeasureTexts(
            text: text, pool: trimmed(pool), strings: trimmed(strings), names: trimmed(names), numbers: trimmed(numbers))
    }

    private mutating func byteOffset(ofScalar scalar: Int) -> Int? {
        if scalar < cursor.scalar { cursor = (0, 0) }
        var (scalars, byte) = cursor
        while scalars < scalar, byte < text.count {
            byte += 1
            while byte < text.count, text[byte] & 0xC0 == 0x80 { byte += 1 }
            scalars += 1
        }
        guard scalars == scalar else { return nil }
        cursor = (scalars, byte)
        return byte
    }

    private func stands(_ string: String, at offset: Int) -> Bool {
        var string = string
        return string.withUTF8 { stands($0, at: offset) }
    }

    private func stands(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + bytes.count <= text.count, let base = text.baseAddress else { return false }
        for index in 0..<bytes.count where base[offset + index] != bytes[index] { return false }
        return true
    }

    /// Where the string stands in the text at `offset`, else where it is in the pool.
    private mutating func span(of string: String, at offset: Int?) -> TextSpan {
        if let offset, stands(string, at: offset) { return TextSpan(textOffset: offset, count: string.utf8.count) }
        return pooledSpan(string)
    }

    private mutating func pooledSpan(_ string: String) -> TextSpan {
        if string.isEmpty { return .empty }
        let span = TextSpan(poolOffset: pool.count, count: string.utf8.count)
        pool.append(contentsOf: string.utf8)
        return span
    }

    /// The sentence as it stands around the figure in the text, else in the pool.
    private mutating func sentenceIndex(_ sentence: String, around figure: Range<Int>?) -> UInt32 {
        if let lastSentence, ExactString(lastSentence.string) == ExactString(sentence) { return lastSentence.index }
        var found: TextSpan?
        let count = sentence.utf8.count
        if let figure, count >= figure.count, let first = sentence.utf8.first {
            for offset in max(0, figure.upperBound - count)...figure.lowerBound
            where offset < text.count && text[offset] == first && stands(sentence, at: offset) {
                found = TextSpan(textOffset: offset, count: count)
                break
            }
        }
        let index: UInt32
        if let found {
            index = UInt32(strings.count)
            strings.append(found)
        } else {
            index = stringIndex(sentence)
        }
        lastSentence = (sentence, index)
        return index
    }

    /// The subject where it stands in the sentence (the words before the figure, mostly), else
    /// in the pool.
    private mutating func subjectIndex(_ subject: String, in sentence: TextSpan) -> UInt32 {
        var subject = subject
        let found = subject.withUTF8 { bytes -> Int? in
            guard !sentence.isInPool, !bytes.isEmpty, bytes.count <= sentence.count else { return nil }
            // From the end: the subject mostly ends just before the figure.
            return stride(from: sentence.offset + sentence.count - bytes.count, through: sentence.offset, by: -1).first {
                stands(bytes, at: $0)
            }
        }
        guard let found else { return stringIndex(subject) }
        strings.append(TextSpan(textOffset: found, count: subject.utf8.count))
        return UInt32(strings.count - 1)
    }

    private mutating func stringIndex(_ string: String) -> UInt32 {
        if let index = stringIndex[ExactString(string)] { return index }
        let index = UInt32(strings.count)
        strings.append(pooledSpan(string))
        stringIndex[ExactString(string)] = index
        return index
    }

    private mutating func name(_ name: String) -> UInt32 {
        if let index = nameIndex[ExactString(name)] { return index }
        let index = UInt32(names.count)
        names.append(name)
        nameIndex[ExactString(name)] = index
        return index
    }

    private mutating func numberIndex(_ number: Rational) -> Int32 {
        if let index = numberIndex[number] { return index }
        let index = Int32(numbers.count)
        numbers.append(number)
        numberIndex[number] = index
        return index
    }

    private mutating func boundIndex(_ bound: Rational?, value: Rational) -> Int32 {
        guard let bound else { return Measure.noBound }
        return bound == value ? Measure.boundIsValue : numberIndex(bound)
    }
}

/// A string kept for the last measure and its index, for the next measure that has it too.
private struct LastKept {
    private var string = ExactString("")
    private var index: UInt32?

    init() {}

    init(_ string: String, index: UInt32) {
        self.string = ExactString(string)
        self.index = index
    }

    func index(ifSameAs other: String) -> UInt32? {
        guard let index, string == ExactString(other) else { return nil }
        return index
    }
}

/// A copy without the room an array grows into as it is appended to.
private func trimmed<Element>(_ array: [Element]) -> [Element] {
    [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
        _ = buffer.initialize(fromContentsOf: array)
        count = array.count
    }
}

extension Report {
    /// Keeps the report's measures and tables small, for a corpus held in memory: the measures
    /// share one ``MeasureTexts``, where `raw`, `sentence` and `before` are spans of the report
    /// text when they stand in it, every other string is kept once, and bounds equal to the value
    /// are not kept again; the cells of its tables share one ``TableCellLabels``, their captions one
    /// copy each; its sections are kept as a ``CompactOutline``. Nothing a reader sees changes.
    /// Called once the report is whole.
    public mutating func compact() {
        let text = text
        var bytes = text
        (measures, tables) = bytes.withUTF8 { [measures, tables] bytes in
            var builder = MeasureTextsBuilder(text: bytes)
            builder.reserve(measures.count)
            let compacted = measures.map { builder.add($0.fields) }
            var captions = SharedStrings()
            var compactedTables = tables.map { table in
                var table = table
                table.section = captions.shared(table.section)
                table.title = captions.shared(table.title)
                table.cells = table.cells.map { builder.add($0) }
                return table
            }
            let texts = builder.texts(text: text)
            let cellLabels = TableCellLabels(texts: texts)
            let measures = compacted.map { measure in
                guard measure.texts === MeasureTexts.pending else { return measure }
                var measure = measure
                measure.texts = texts
                return measure
            }
            for table in compactedTables.indices {
                for cell in compactedTables[table].cells.indices
                where compactedTables[table].cells[cell].labels === TableCellLabels.pending {
                    compactedTables[table].cells[cell].labels = cellLabels
                }
            }
            return (measures, compactedTables)
        }
        if compactOutline == nil {
            if let outline = CompactOutline(plainSections, text: text) {
                compactOutline = outline
                plainSections = []
            } else {
                plainSections = trimmed(plainSections)
            }
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
struct ExactString: Hashable {
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
    private var outline: [TextSpan] = []
    private var names: [String] = []
    private var numbers: [Rational] = []
    private var stringIndex: [ExactString: UInt32] = [:]
    private var outlineIndex: [ExactString: Int] = [:]
    private var joins: [TextSpan] = []
    private var partSpans: [ExactString: TextSpan?] = [:]
    private var separators: [String: TextSpan] = [:]
    private var nameIndex: [ExactString: UInt32] = [:]
    private var numberIndex: [Rational: Int32] = [:]
    private var bounds: [CompactValue] = []
    private var boundIndex: [Rational: Int] = [:]
    /// Measures come in reading order, so offsets are found by walking on from the last one.
    private var offsets: ScalarOffsets
    /// The sentence of the last measure: the figures of a sentence come together.
    private var lastSentence: (string: String, index: UInt32)?
    /// The section, heading, report and unit of the last measure: most measures share them with
    /// the one before, and comparing bytes costs less than hashing them to look them up.
    private var lastSection = LastKept()
    private var lastHeading = LastKept()
    private var lastUnit = LastKept()

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        offsets = ScalarOffsets(text)
    }

    mutating func reserve(_ measures: Int) {
        strings.reserveCapacity(measures)
    }

    /// The measure, its strings kept here and its texts set from ``texts(text:)`` when all are
    /// added; or, when a field does not fit what a measure of a report keeps, the measure alone
    /// (rare: a report id other than the first measure's, numbers or offsets out of range).
    mutating func add(_ fields: MeasureFields) -> Measure {
        guard let measure = compacted(fields) else { return Measure(alone: fields) }
        return measure
    }

    private mutating func compacted(_ fields: MeasureFields) -> Measure? {
        guard (0...Int(UInt32.max)).contains(fields.start), (0...Int(UInt32.max)).contains(fields.paragraph),
            (0...Int(UInt8.max)).contains(fields.end - fields.start), fields.raw.utf8.count <= Int(UInt8.max),
            fields.before.utf8.count <= Int(UInt8.max), Measure.fits(fields.cell)
        else { return nil }
        let start = byteOffset(ofScalar: fields.start)
        let raw: TextSpan
        if let start, stands(fields.raw, at: start), stands(fields.before, at: start - fields.before.utf8.count) {
            raw = TextSpan(textOffset: start, count: fields.raw.utf8.count)
        } else {
            // `before` just before `raw` in the pool too, as a measure keeps them.
            pool.append(contentsOf: fields.before.utf8)
            raw = TextSpan(poolOffset: pool.count, count: fields.raw.utf8.count)
            pool.append(contentsOf: fields.raw.utf8)
        }
        guard raw.offset <= TextSpan.maximumOffset else { return nil }
        if names.isEmpty {
            names.append(fields.report)
        } else if !fields.report.hasSameBytes(as: names[0]) {
            return nil
        }
        let figure = start.flatMap { start in byteOffset(ofScalar: fields.end).map { start..<$0 } }
        let value = CompactValue(fields.value) ?? CompactValue(numberIndex: Int(numberIndex(fields.value)))
        let id = Measure.number(ofID: fields.id) ?? name(fields.id) | Measure.idIsName
        let section = lastSection.index(ifSameAs: fields.section) ?? outlineIndex(fields.section)
        let heading = lastHeading.index(ifSameAs: fields.heading) ?? outlineIndex(fields.heading)
        let unit = lastUnit.index(ifSameAs: fields.unit) ?? Int(name(fields.unit))
        lastSection = LastKept(fields.section, index: section)
        lastHeading = LastKept(fields.heading, index: heading)
        lastUnit = LastKept(fields.unit, index: unit)
        let approx = fields.approx.map { Int(name($0)) }
        let table = fields.table.map { Int(name($0)) }
        let lower = boundIndex(fields.lower, value: fields.value)
        let upper = boundIndex(fields.upper, value: fields.value)
        guard
            [section, heading, unit, approx ?? 0, table ?? 0].allSatisfy({ $0 <= Measure.largestShortIndex }),
            lower <= Int(Measure.noBound), upper <= Int(Measure.noBound)
        else { return nil }
        let sentence = sentenceIndex(fields.sentence, around: figure)
        return Measure(
            fields: fields, value: value, raw: raw, beforeCount: fields.before.utf8.count, sentenceIndex: sentence,
            subjectIndex: subjectIndex(fields.subject, in: strings[Int(sentence)]), sectionIndex: section,
            headingIndex: heading, lowerIndex: UInt16(lower), upperIndex: UInt16(upper), idCode: id,
            unitIndex: unit, approxIndex: approx.map(UInt16.init) ?? Measure.noName,
            tableIndex: table.map(UInt16.init) ?? Measure.noName)
    }

    /// The cell, its strings kept here (each once, a path as its labels where they stand in the
    /// text) and its labels set from ``texts(text:)`` when all are added; or the cell as it was
    /// when its spans do not fit what a cell of a report keeps.
    mutating func add(_ cell: TableCell) -> TableCell {
        guard TableCell.fits(span: cell.rowSpan), TableCell.fits(span: cell.colSpan) else { return cell }
        return TableCell(
            cell, textIndex: stringIndex(cell.text, joining: true),
            rowPathIndex: stringIndex(cell.rowPath, joining: true),
            colPathIndex: stringIndex(cell.colPath, joining: true))
    }

    /// What the added measures and cells share, with `text` the text they were added against.
    func texts(text: String) -> MeasureTexts {
        MeasureTexts(
            text: text, pool: trimmed(pool), strings: trimmed(strings), outline: trimmed(outline),
            joins: trimmed(joins), names: trimmed(names), numbers: trimmed(numbers),
            bounds: trimmed(bounds))
    }

    private mutating func byteOffset(ofScalar scalar: Int) -> Int? {
        offsets.byte(ofScalar: scalar)
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

    private mutating func pooledSpan(_ string: String) -> TextSpan {
        TextSpan(appending: string, to: &pool)
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
        guard let found else { return stringIndex(subject, joining: true) }
        strings.append(TextSpan(textOffset: found, count: subject.utf8.count))
        return UInt32(strings.count - 1)
    }

    /// A string kept once; with `joining`, as its parts where they stand in the text when it is
    /// made of them (``joinedSpan(_:)``).
    private mutating func stringIndex(_ string: String, joining: Bool = false) -> UInt32 {
        if let index = stringIndex[ExactString(string)] { return index }
        let index = UInt32(strings.count)
        strings.append(joining ? joinedSpan(string) ?? pooledSpan(string) : pooledSpan(string))
        stringIndex[ExactString(string)] = index
        return index
    }

    /// A section path or heading, kept once.
    private mutating func outlineIndex(_ string: String) -> Int {
        if let index = outlineIndex[ExactString(string)] { return index }
        let index = outline.count
        outline.append(joinedSpan(string) ?? pooledSpan(string))
        outlineIndex[ExactString(string)] = index
        return index
    }

    /// A string made of parts that stand in the text, joined by one separator: the subject of a
    /// table's figure (its column's label `·` its row's, `自然人·一、本年新收政府信息公开申请数量`) or
    /// a heading (the titles along its path joined by ` › `). Each part where it first stands in
    /// the text, else in the pool; nil when the string has one part or none of them is in the text.
    private mutating func joinedSpan(_ string: String) -> TextSpan? {
        let bytes = Array(string.utf8)
        guard
            let (separator, parts) = ["·", " › "].lazy.map({ ($0, Self.parts(of: bytes, separatedBy: $0)) }).first(where: {
                $0.1.count > 1
            })
        else { return nil }
        let spans = bytes.withUnsafeBufferPointer { bytes in
            parts.map { part in textSpan(of: UnsafeBufferPointer(rebasing: bytes[part])) }
        }
        guard spans.contains(where: { $0 != nil }) else { return nil }
        let joined = TextSpan(joinedAt: joins.count, entries: spans.count + 1)
        joins.append(separatorSpan(separator))
        for (span, part) in zip(spans, parts) {
            if let span {
                joins.append(span)
            } else {
                joins.append(TextSpan(poolOffset: pool.count, count: part.count))
                pool.append(contentsOf: bytes[part])
            }
        }
        return joined
    }

    /// The ranges of the bytes between separators, empty ones included.
    private static func parts(of bytes: [UInt8], separatedBy separator: String) -> [Range<Int>] {
        var separator = separator
        guard !separator.isEmpty else { return [0..<bytes.count] }
        return separator.withUTF8 { separator in
            bytes.withUnsafeBufferPointer { bytes in
                var parts: [Range<Int>] = []
                var partStart = 0
                while let found = bytes.firstOffset(of: separator, from: partStart) {
                    parts.append(partStart..<found)
                    partStart = found + separator.count
                }
                parts.append(partStart..<bytes.count)
                return parts
            }
        }
    }

    /// Where the bytes first stand in the text, found once for each part.
    private mutating func textSpan(of part: UnsafeBufferPointer<UInt8>) -> TextSpan? {
        if part.isEmpty { return .empty }
        let key = ExactString(String(decoding: part, as: UTF8.self))
        if let found = partSpans[key] { return found }
        let span = text.firstOffset(of: part).map { TextSpan(textOffset: $0, count: part.count) }
        partSpans[key] = span
        return span
    }

    /// The separator of joined strings, in the pool once.
    private mutating func separatorSpan(_ separator: String) -> TextSpan {
        if let span = separators[separator] { return span }
        let span = pooledSpan(separator)
        separators[separator] = span
        return span
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

    /// An index into the bounds, or ``Measure/noBound`` or ``Measure/boundIsValue``; above
    /// ``Measure/largestShortIndex`` the bound does not fit a measure of a report.
    private mutating func boundIndex(_ bound: Rational?, value: Rational) -> Int {
        guard let bound else { return Int(Measure.noBound) }
        if bound == value { return Int(Measure.boundIsValue) }
        if let index = boundIndex[bound] { return index }
        let index = bounds.count
        guard index <= Measure.largestShortIndex else { return Int.max }
        bounds.append(CompactValue(bound) ?? CompactValue(numberIndex: Int(numberIndex(bound))))
        boundIndex[bound] = index
        return index
    }
}

/// A string kept for the last measure and its index, for the next measure that has it too.
private struct LastKept {
    private var string = ExactString("")
    private var index: Int?

    init() {}

    init(_ string: String, index: Int) {
        self.string = ExactString(string)
        self.index = index
    }

    func index(ifSameAs other: String) -> Int? {
        guard let index, string == ExactString(other) else { return nil }
        return index
    }
}

/// A copy without the room an array grows into as it is appended to.
func trimmed<Element>(_ array: [Element]) -> [Element] {
    [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
        _ = buffer.initialize(fromContentsOf: array)
        count = array.count
    }
}

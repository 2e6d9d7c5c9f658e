/// Gathers the ``MeasureTexts`` of measures added one by one (a report's, in reading order, or
/// one alone): where their strings stand in the text, and each other string, name and number once.
struct MeasureTextsBuilder {
    let text: UnsafeBufferPointer<UInt8>
    private var pool: [UInt8] = []
    var strings: [TextSpan] = []
    private var outline: [TextSpan] = []
    var names: [String] = []
    private var numbers: [Rational] = []
    private var stringIndex: [ExactString: UInt32] = [:]
    private var outlineIndex: [ExactString: Int] = [:]
    private var joins: [TextSpan] = []
    /// The parts of joined strings looked for in the text, by the hash of their bytes: where each
    /// stands (nil where it does not, its bytes then kept in ``missingParts`` to compare).
    private var partSpans: [Int: [(span: TextSpan?, missing: Range<Int>)]] = [:]
    private var missingParts: [UInt8] = []
    /// The parts of the string ``joinedSpan(_:)`` is joining, and where each stands in the text.
    private var partRanges: [Range<Int>] = []
    private var partPlaces: [TextSpan?] = []
    /// The strings kept as parts of pairs (``pairSpan(_:)``), by the hash of their bytes, with
    /// where those bytes are in ``pairPartBytes`` to compare.
    var pairParts: [Int: (index: UInt32, bytes: Range<Int>)] = [:]
    var pairPartBytes: [UInt8] = []
    private var nameIndex: [ExactString: UInt32] = [:]
    private var numberIndex: [Rational: Int32] = [:]
    private var bounds: [CompactValue] = []
    private var boundIndex: [Rational: Int] = [:]
    var details = SharedRecords<MeasureDetail>()
    var settings = SharedRecords<MeasureSetting>()
    var cells = SharedRecords<MeasureCell>()
    /// The lines of the text, walked as the measures are added.
    var lines: LineMarksBuilder
    /// Measures come in reading order, so offsets are found by walking on from the last one; the
    /// outline's are found with the same walk.
    var offsets: ScalarOffsets
    /// The sentence of the last measure: the figures of a sentence come together.
    private var lastSentence: (string: String, index: UInt32)?
    /// The section, heading, report and unit of the last measure: most measures share them with
    /// the one before, and comparing bytes costs less than hashing them to look them up.
    var lastSection = LastKept()
    var lastHeading = LastKept()
    var lastUnit = LastKept()
    /// The table of the last measure in one, and the labels of the last cell and of the last cell
    /// of each column: a table's figures come together, a row's cells share its path, and a
    /// column's cells row after row share its path.
    var lastTable = LastKept()
    private var lastRowPath = LastKept()
    private var lastColumnPaths: [LastKept] = []
    /// The same for measures added with their spans: the sentence as a span of the text, and the
    /// section and heading as spans of the texts of the last measure.
    var lastSentenceSpan: (span: TextSpan, index: UInt32)?
    var lastSectionSpan: LastSpan?
    var lastHeadingSpan: LastSpan?

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        offsets = ScalarOffsets(text)
        lines = LineMarksBuilder(text)
    }

    /// Room for a report's measures and their strings: tables grown as they came were rehashed at
    /// each growth, 6 M instructions of a load of 100 reports.
    mutating func reserve(_ measures: Int) {
        strings.reserveCapacity(measures)
        stringIndex.reserveCapacity(measures)
        settings.reserve(forMeasures: measures)
        details.reserve(forMeasures: measures)
    }

    /// The measure, its strings kept here and its texts set from ``texts(text:)`` when all are
    /// added; or, when a field does not fit what a measure of a report keeps, the measure alone
    /// (rare: a report id other than the first measure's, numbers or offsets out of range).
    mutating func add(_ measure: Measure) -> Measure {
        if let compacted = compacted(spansOf: measure) { return compacted }
        return add(measure.fields)
    }

    mutating func add(_ fields: MeasureFields) -> Measure {
        guard let measure = compacted(fields) else { return Measure(alone: fields) }
        return measure
    }
    private mutating func compacted(_ fields: MeasureFields) -> Measure? {
        guard Measure.fits(start: fields.start), (0...Int(UInt32.max)).contains(fields.paragraph),
            fields.raw.utf8.count <= Int(UInt8.max), fields.raw.unicodeScalars.count == fields.end - fields.start,
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
        guard isOfThisReport(fields.report) else { return nil }
        let figure = start.flatMap { start in byteOffset(ofScalar: fields.end).map { start..<$0 } }
        let value = CompactValue(fields.value) ?? CompactValue(numberIndex: Int(numberIndex(fields.value)))
        let (section, heading, unit) = keptPlace(section: fields.section, heading: fields.heading, unit: fields.unit)
        let approx = fields.approx.map { Int(name($0)) }
        let table = fields.table.map { Int(name($0)) }
        let lower = boundIndex(fields.lower, value: fields.value, upward: false)
        let upper = boundIndex(fields.upper, value: fields.value, upward: true)
        guard let id = idCode(fields.id),
            let kept = keptRecords(
                section: section, heading: heading, unit: unit, approx: approx, table: table, lower: lower, upper: upper,
                kind: fields.kind, decimals: fields.decimals, idBlock: id.block, cell: fields.cell),
            lines.keeps(fields.paragraph, of: raw)
        else { return nil }
        let sentence = sentenceIndex(fields.sentence, around: figure)
        guard sentence <= Measure.largestCoded else { return nil }
        return Measure(
            start: fields.start, value: value, raw: raw, beforeCount: fields.before.utf8.count, sentenceIndex: sentence,
            subjectIndex: subjectIndex(fields.subject, in: strings[Int(sentence)]), idCode: id.code, kept: kept)
    }

    /// The cell, its strings kept here (each once, a path as its labels where they stand in the
    /// text) and its labels set from ``texts(text:)`` when all are added; or the cell as it was
    /// when its place or indices do not fit what a cell of a report keeps.
    mutating func add(_ cell: TableCell) -> TableCell {
        guard TableCell.fits(row: cell.row, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan) else {
            return cell
        }
        let rowPath = cell.rowPath
        let rowPathIndex = lastRowPath.index(ifSameAs: rowPath) ?? Int(stringIndex(rowPath, joining: true))
        lastRowPath = LastKept(rowPath, index: rowPathIndex)
        let textIndex = stringIndex(cell.text, joining: true)
        let colPathIndex = columnPathIndex(cell.colPath, column: cell.col)
        // Checked once kept: a string kept as a pair keeps its parts after it.
        guard TableCell.fits(index: max(rowPathIndex, Int(textIndex), Int(colPathIndex))) else { return cell }
        return TableCell(
            cell, textIndex: textIndex, rowPathIndex: UInt32(rowPathIndex), colPathIndex: colPathIndex)
    }

    /// A column path kept once: the last one of its column when the same.
    private mutating func columnPathIndex(_ path: String, column: Int) -> UInt32 {
        guard (0..<Self.columnsRemembered).contains(column) else { return stringIndex(path, joining: true) }
        if column >= lastColumnPaths.count {
            lastColumnPaths.append(contentsOf: repeatElement(LastKept(), count: column + 1 - lastColumnPaths.count))
        }
        let index = lastColumnPaths[column].index(ifSameAs: path) ?? Int(stringIndex(path, joining: true))
        lastColumnPaths[column] = LastKept(path, index: index)
        return UInt32(index)
    }

    /// The columns whose last path is remembered, more than the tables of these reports have; the
    /// paths of a wider table's later columns are looked up each time.
    private static let columnsRemembered = 64

    /// What the added measures and cells share, with `text` the text they were added against.
    func texts(text: String) -> MeasureTexts {
        MeasureTexts(
            text: text, pool: trimmed(pool), strings: trimmed(strings), outline: trimmed(outline),
            joins: trimmed(joins), names: trimmed(names), numbers: trimmed(numbers),
            bounds: trimmed(bounds), details: trimmed(details.records), settings: trimmed(settings.records),
            cells: trimmed(cells.records), lines: lines.lines())
    }

    private mutating func byteOffset(ofScalar scalar: Int) -> Int? {
        offsets.byte(ofScalar: scalar)
    }

    func stands(_ string: String, at offset: Int) -> Bool {
        var string = string
        return string.withUTF8 { stands($0, at: offset) }
    }

    func stands(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + bytes.count <= text.count else { return false }
        return UnsafeBufferPointer(rebasing: text[offset..<offset + bytes.count]).hasSameBytes(as: bytes)
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
        guard let found else { return keptSubjectCode(subject) }
        let span = TextSpan(textOffset: found, count: subject.utf8.count)
        return Measure.subjectCode(span, in: sentence) ?? appended(span)
    }

    /// The index of a span appended to the strings.
    /// Whether a measure of `report` belongs with those kept so far: a builder keeps one report's,
    /// whose id is the first name kept.
    mutating func isOfThisReport(_ report: String) -> Bool {
        if names.isEmpty {
            names.append(report)
            return true
        }
        return report.hasSameBytes(as: names[0])
    }

    /// The indices of a measure's section, heading and unit, each looked up only when it is not the
    /// last measure's.
    mutating func keptPlace(section: String, heading: String, unit: String) -> (section: Int, heading: Int, unit: Int) {
        let sectionIndex = lastSection.index(ifSameAs: section) ?? outlineIndex(section)
        let headingIndex = lastHeading.index(ifSameAs: heading) ?? outlineIndex(heading)
        let unitIndex = lastUnit.index(ifSameAs: unit) ?? Int(name(unit))
        lastSection = LastKept(section, index: sectionIndex)
        lastHeading = LastKept(heading, index: headingIndex)
        lastUnit = LastKept(unit, index: unitIndex)
        return (sectionIndex, headingIndex, unitIndex)
    }

    /// A sentence kept as its span, once for the figures of a sentence in a row.
    mutating func sentenceIndex(ofSpan span: TextSpan) -> UInt32 {
        if let lastSentenceSpan, lastSentenceSpan.span == span { return lastSentenceSpan.index }
        let index = appended(span)
        lastSentenceSpan = (span, index)
        return index
    }

    mutating func appended(_ span: TextSpan) -> UInt32 {
        strings.append(span)
        return UInt32(strings.count - 1)
    }

    /// A string kept once; with `joining`, as its parts where they stand in the text when it is
    /// made of them (``joinedSpan(_:)``).
    mutating func stringIndex(_ string: String, joining: Bool = false) -> UInt32 {
        let index = stringIndex.valueKept(for: ExactString(string), orNew: UInt32(strings.count))
        guard index == strings.count else { return index }
        // Its place first: a pair's strings are kept after it.
        strings.append(.empty)
        strings[Int(index)] = joining ? joinedSpan(string) ?? pooledSpan(string) : pooledSpan(string)
        return index
    }

    /// A section path or heading, kept once.
    mutating func outlineIndex(_ string: String) -> Int {
        let index = outlineIndex.valueKept(for: ExactString(string), orNew: outline.count)
        if index == outline.count { outline.append(joinedSpan(string) ?? pooledSpan(string)) }
        return index
    }

    /// A string made of parts that stand in the text, joined by one separator: the subject of a
    /// table's figure (its column's label `·` its row's, `自然人·一、本年新收政府信息公开申请数量`) or
    /// a heading (the titles along its path joined by ` › `). Each part where it first stands in
    /// the text, else in the pool; nil when the string has one part or none of them is in the text.
    /// The parts and their places are gathered in buffers the builder keeps: arrays made for each
    /// string cost twice what finding its parts did. A string with a `·` is kept as a pair instead
    /// (``pairSpan(_:)``).
    private mutating func joinedSpan(_ string: String) -> TextSpan? {
        var string = string
        return string.withUTF8 { joinedSpan(bytes: $0) }
    }

    /// The span of bytes ``joinedSpan(_:)`` keeps: a pair where they hold a `·`.
    mutating func joinedSpan(bytes: UnsafeBufferPointer<UInt8>) -> TextSpan? {
        if let pair = pairSpan(bytes) { return pair }
        guard
            let separator = TextSpan.separatorBytes.firstIndex(where: { separator in
                separator.withUnsafeBufferPointer { bytes.firstOffset(of: $0) != nil }
            })
        else { return nil }
        partRanges.removeAll(keepingCapacity: true)
        partPlaces.removeAll(keepingCapacity: true)
        TextSpan.separatorBytes[separator].withUnsafeBufferPointer { separatorBytes in
            var partStart = 0
            while let found = bytes.firstOffset(of: separatorBytes, from: partStart) {
                partRanges.append(partStart..<found)
                partStart = found + separatorBytes.count
            }
            partRanges.append(partStart..<bytes.count)
        }
        for part in partRanges {
            let place = textSpan(of: UnsafeBufferPointer(rebasing: bytes[part]))
            partPlaces.append(place)
        }
        guard partPlaces.contains(where: { $0 != nil }), partPlaces.count <= TextSpan.maximumParts else {
            return nil
        }
        let joined = TextSpan(joinedAt: joins.count, parts: partPlaces.count, separator: separator)
        for (span, part) in zip(partPlaces, partRanges) {
            if let span {
                joins.append(span)
            } else {
                joins.append(TextSpan(poolOffset: pool.count, count: part.count))
                pool.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[part]))
            }
        }
        return joined
    }

    /// Where the bytes first stand in the text (``textSpan(of:)``), else appended to the pool.
    mutating func placedSpan(_ bytes: UnsafeBufferPointer<UInt8>) -> TextSpan {
        if let span = textSpan(of: bytes) { return span }
        pool.append(contentsOf: bytes)
        return TextSpan(poolOffset: pool.count - bytes.count, count: bytes.count)
    }

    /// Where the bytes first stand in the text, found once for each part. Known parts are told
    /// apart by their bytes, not by a String made of them, which cost more than the lookup.
    private mutating func textSpan(of part: UnsafeBufferPointer<UInt8>) -> TextSpan? {
        if part.isEmpty { return .empty }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(part))
        let hash = hasher.finalize()
        if let known = partSpans[hash]?.first(where: { isPart($0, part) }) { return known.span }
        let span = text.firstOffset(of: part).map { TextSpan(textOffset: $0, count: part.count) }
        let missing = span == nil ? missingParts.count..<missingParts.count + part.count : 0..<0
        if span == nil { missingParts.append(contentsOf: part) }
        partSpans[hash, default: []].append((span, missing))
        return span
    }

    /// Whether a part looked for before has these bytes.
    private func isPart(_ known: (span: TextSpan?, missing: Range<Int>), _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let span = known.span else {
            return missingParts.withUnsafeBufferPointer {
                UnsafeBufferPointer(rebasing: $0[known.missing]).hasSameBytes(as: bytes)
            }
        }
        return UnsafeBufferPointer(rebasing: text[span.offset..<span.offset + span.count]).hasSameBytes(as: bytes)
    }

    mutating func name(_ name: String) -> UInt32 {
        let index = nameIndex.valueKept(for: ExactString(name), orNew: UInt32(names.count))
        if index == names.count { names.append(name) }
        return index
    }

    mutating func numberIndex(_ number: Rational) -> Int32 {
        let index = numberIndex.valueKept(for: number, orNew: Int32(numbers.count))
        if index == numbers.count { numbers.append(number) }
        return index
    }

    /// An index into the bounds of a bound below the value (`upward` false) or above it, or
    /// ``Measure/noBound``, ``Measure/boundIsValue`` or the mark of half a step; above
    /// ``Measure/noBound`` the bound does not fit a measure of a report.
    mutating func boundIndex(_ bound: Rational?, value: Rational, upward: Bool) -> Int {
        guard let bound else { return Int(Measure.noBound) }
        if bound == value { return Int(Measure.boundIsValue) }
        if let mark = Measure.halfStepMark(of: bound, from: value, upward: upward) { return Int(mark) }
        if let index = boundIndex[bound] { return index }
        let index = bounds.count
        guard index <= Measure.largestBoundIndex else { return Int.max }
        bounds.append(CompactValue(bound) ?? CompactValue(numberIndex: Int(numberIndex(bound))))
        boundIndex[bound] = index
        return index
    }
}

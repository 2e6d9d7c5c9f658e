extension Measure {
    /// A measure as extraction finds it, made without copying what the report text holds:
    /// `raw`, `before` and `sentence` are spans of the report text (which the measure's texts refer
    /// to, as compacted ones do), and its id is `m` and `number`. Only the subject, section and
    /// heading are copied, into a pool of the measure's own. Making Strings of the spans only to
    /// copy their bytes into the pool was a fifth of `extract`. A measure whose fields do not fit
    /// a measure of a report's narrow fields (or whose `before` does not end where `raw` starts) is
    /// made alone from Strings of the spans.
    init(_ extracted: consuming ExtractedMeasure) {
        let text = extracted.text
        let (value, number, subject, section, heading) = (
            extracted.value, extracted.number, extracted.subject, extracted.section, extracted.heading
        )
        let (rawBytes, beforeBytes, sentenceBytes) = (extracted.rawBytes, extracted.beforeBytes, extracted.sentenceBytes)
        var names = [extracted.report, extracted.unit]
        var numbers: [Rational] = []
        var bounds: [CompactValue] = []
        func bound(_ bound: Rational?) -> UInt16 {
            guard let bound else { return Measure.noBound }
            if bound == value { return Measure.boundIsValue }
            bounds.append(CompactValue(bound) ?? CompactValue(numberIndex: Self.numbered(bound, in: &numbers)))
            return UInt16(bounds.count - 1)
        }
        guard extracted.fitsNarrowFields else {
            var text = text
            let strings = text.withUTF8 { bytes in
                [rawBytes, beforeBytes, sentenceBytes].map {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
                }
            }
            self.init(
                alone: MeasureFields(
                    id: "m" + String(number), value: value, unit: extracted.unit, raw: strings[0],
                    kind: extracted.kind, approx: extracted.approx, lower: extracted.lower, upper: extracted.upper,
                    decimals: extracted.decimals, subject: subject, section: section, heading: heading,
                    sentence: strings[2], paragraph: extracted.paragraph, before: strings[1], start: extracted.start,
                    end: extracted.end, report: extracted.report, table: extracted.table, cell: extracted.cell))
            return
        }
        var pool: [UInt8] = []
        pool.reserveCapacity(subject.utf8.count + section.utf8.count + heading.utf8.count)
        let strings = [
            TextSpan(textOffset: sentenceBytes.lowerBound, count: sentenceBytes.count), Self.kept(subject, in: &pool),
        ]
        let outline = [Self.kept(section, in: &pool), Self.kept(heading, in: &pool)]
        let compactValue = CompactValue(value) ?? CompactValue(numberIndex: Self.numbered(value, in: &numbers))
        let id: (code: UInt16, block: UInt16)
        if let parts = Measure.idParts(number: number) {
            id = parts
        } else {
            id = (UInt16(names.count) | Measure.idIsName, 0)
            names.append("m" + String(number))
        }
        let approxIndex = extracted.approx.map { Self.named($0, in: &names) } ?? Measure.noName
        let tableIndex = extracted.table.map { Self.named($0, in: &names) } ?? Measure.noName
        let detail = MeasureDetail(
            lower: bound(extracted.lower), upper: bound(extracted.upper), approx: approxIndex, table: tableIndex,
            kindOrdinal: extracted.kind.ordinal, decimals: Int8(clamping: extracted.decimals), idBlock: id.block)
        let cell = extracted.cell.map { Measure.cellCode($0) ?? Measure.cellIsShared } ?? Measure.noCell
        let cells =
            cell == Measure.cellIsShared
            ? extracted.cell.map { [MeasureCell(row: UInt16($0.row), col: UInt16($0.col))] } ?? [] : []
        let raw = TextSpan(textOffset: rawBytes.lowerBound, count: rawBytes.count)
        self.init(
            start: extracted.start, value: compactValue, raw: raw, beforeCount: beforeBytes.count, sentenceIndex: 0,
            subjectIndex: 1, idCode: id.code, kept: (setting: 0, detail: 0, cell: Int(cell)))
        texts = MeasureTexts(
            text: text, pool: pool, strings: strings, outline: outline, joins: [], names: names, numbers: numbers,
            bounds: bounds, details: [detail], settings: Self.ownSettings, cells: cells,
            lines: LineMarks(only: LineMarks.PlacedLine(start: raw.encodedStart, line: UInt32(extracted.paragraph))))
    }

    /// The setting of a measure made so: the first section and the heading after it, and the unit
    /// after the report id. One array for all, as a copy costs no allocation.
    private static let ownSettings = [MeasureSetting(section: 0, heading: 1, unit: 1)]

    private static func kept(_ string: String, in pool: inout [UInt8]) -> TextSpan {
        var string = string
        let span = TextSpan(poolOffset: pool.count, count: string.utf8.count)
        string.withUTF8 { pool.append(contentsOf: $0) }
        return span
    }

    private static func named(_ name: String, in names: inout [String]) -> UInt16 {
        names.append(name)
        return UInt16(names.count - 1)
    }

    private static func numbered(_ number: Rational, in numbers: inout [Rational]) -> Int {
        numbers.append(number)
        return numbers.count - 1
    }
}

extension Measure {
    /// A measure as extraction finds it, handed over without copying what the report text holds:
    /// `raw`, `before` and `sentence` are given as ranges of the UTF-8 of `text` (the report
    /// text, which the measure's texts refer to, as compacted ones do), and its id is `m` and
    /// `number`. Only the subject, section and heading are copied, into a pool of the measure's
    /// own. Making Strings of the spans only to copy their bytes into the pool was a fifth of
    /// `extract`. A measure whose fields do not fit a measure of a report's narrow fields (or
    /// whose `before` does not end where `raw` starts) is made alone from Strings of the spans.
    package init(
        number: Int, value: Rational, unit: String, kind: MeasureKind, approx: String?, lower: Rational?,
        upper: Rational?, decimals: Int, subject: String, section: String, heading: String, paragraph: Int,
        start: Int, end: Int, report: String, table: String?, cell: CellPosition?,
        text: String, rawBytes: Range<Int>, beforeBytes: Range<Int>, sentenceBytes: Range<Int>
    ) {
        var names = [report, unit]
        var numbers: [Rational] = []
        var bounds: [CompactValue] = []
        func bound(_ bound: Rational?) -> UInt16 {
            guard let bound else { return Measure.noBound }
            if bound == value { return Measure.boundIsValue }
            bounds.append(CompactValue(bound) ?? CompactValue(numberIndex: Self.numbered(bound, in: &numbers)))
            return UInt16(bounds.count - 1)
        }
        let fits =
            beforeBytes.upperBound == rawBytes.lowerBound && rawBytes.count <= Int(UInt8.max)
            && beforeBytes.count <= Int(UInt8.max) && rawBytes.lowerBound <= TextSpan.maximumOffset
            && (0...Int(UInt32.max)).contains(start) && (0...Int(UInt32.max)).contains(paragraph) && Measure.fits(cell)
            && Self.isScalars(end - start, of: rawBytes, in: text)
        guard fits else {
            var text = text
            let strings = text.withUTF8 { bytes in
                [rawBytes, beforeBytes, sentenceBytes].map {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
                }
            }
            self.init(
                alone: MeasureFields(
                    id: "m" + String(number), value: value, unit: unit, raw: strings[0], kind: kind, approx: approx,
                    lower: lower, upper: upper, decimals: decimals, subject: subject, section: section,
                    heading: heading, sentence: strings[2], paragraph: paragraph, before: strings[1], start: start,
                    end: end, report: report, table: table, cell: cell))
            return
        }
        var pool: [UInt8] = []
        pool.reserveCapacity(subject.utf8.count + section.utf8.count + heading.utf8.count)
        let strings = [
            TextSpan(textOffset: sentenceBytes.lowerBound, count: sentenceBytes.count), Self.kept(subject, in: &pool),
        ]
        let outline = [Self.kept(section, in: &pool), Self.kept(heading, in: &pool)]
        let compactValue = CompactValue(value) ?? CompactValue(numberIndex: Self.numbered(value, in: &numbers))
        let idCode: UInt32
        if number > 0, number < Int(Measure.idIsName) {
            idCode = UInt32(number)
        } else {
            idCode = UInt32(names.count) | Measure.idIsName
            names.append("m" + String(number))
        }
        let approxIndex = approx.map { Self.named($0, in: &names) } ?? Measure.noName
        let tableIndex = table.map { Self.named($0, in: &names) } ?? Measure.noName
        let detail = MeasureDetail(lower: bound(lower), upper: bound(upper), approx: approxIndex, table: tableIndex)
        // Only the plain numbers are read from these fields; the strings are in the spans.
        let fields = MeasureFields(
            id: "", value: value, unit: "", raw: "", kind: kind, approx: nil, lower: nil, upper: nil, decimals: decimals,
            subject: "", section: "", heading: "", sentence: "", paragraph: paragraph, before: "", start: start, end: end,
            report: "", table: nil, cell: cell)
        self.init(
            fields: fields, value: compactValue, raw: TextSpan(textOffset: rawBytes.lowerBound, count: rawBytes.count),
            beforeCount: beforeBytes.count, sentenceIndex: 0, subjectIndex: 1, sectionIndex: 0, headingIndex: 1,
            idCode: idCode, unitIndex: 1, detailIndex: 0)
        texts = MeasureTexts(
            text: text, pool: pool, strings: strings, outline: outline, joins: [], names: names, numbers: numbers,
            bounds: bounds, details: [detail])
    }

    /// Whether the bytes of the text hold that many scalars (a measure keeps its end so).
    private static func isScalars(_ count: Int, of bytes: Range<Int>, in text: String) -> Bool {
        guard count >= 0 else { return false }
        var text = text
        return text.withUTF8 { Measure.scalarCount(UnsafeBufferPointer(rebasing: $0[bytes])) == count }
    }

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

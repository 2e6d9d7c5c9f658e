extension Measure {
    /// A measure as extraction finds it, handed over without copying what the report text holds:
    /// `raw`, `before` and `sentence` are given as ranges of the UTF-8 of `text` (the report
    /// text, which the measure's texts refer to, as compacted ones do), and its id is `m` and
    /// `number`. Only the subject, section and heading are copied, into a pool of the measure's
    /// own. Making Strings of the spans only to copy their bytes into the pool was a fifth of
    /// `extract`.
    package init(
        number: Int, value: Rational, unit: String, kind: MeasureKind, approx: String?, lower: Rational?,
        upper: Rational?, decimals: Int, subject: String, section: String, heading: String, paragraph: Int,
        start: Int, end: Int, report: String, table: String?, cell: CellPosition?,
        text: String, rawBytes: Range<Int>, beforeBytes: Range<Int>, sentenceBytes: Range<Int>
    ) {
        var pool: [UInt8] = []
        pool.reserveCapacity(subject.utf8.count + section.utf8.count + heading.utf8.count)
        let strings = [
            TextSpan(textOffset: sentenceBytes.lowerBound, count: sentenceBytes.count),
            Self.kept(subject, in: &pool), Self.kept(section, in: &pool), Self.kept(heading, in: &pool),
        ]
        var names = [report, unit]
        var numbers: [Rational] = []
        let compactValue: CompactValue
        if let inline = CompactValue(value) {
            compactValue = inline
        } else {
            compactValue = CompactValue(numberIndex: numbers.count)
            numbers.append(value)
        }
        let idCode: UInt32
        if number > 0, number < Int(Measure.idIsName) {
            idCode = UInt32(number)
        } else {
            idCode = UInt32(names.count) | Measure.idIsName
            names.append("m" + String(number))
        }
        let approxIndex = approx.map { Self.named($0, in: &names) } ?? Measure.noName
        let tableIndex = table.map { Self.named($0, in: &names) } ?? Measure.noName
        let lowerIndex = Self.boundIndex(lower, value: value, in: &numbers)
        let upperIndex = Self.boundIndex(upper, value: value, in: &numbers)
        // Only the plain numbers are read from these fields; the strings are in the spans.
        let fields = MeasureFields(
            id: "", value: value, unit: "", raw: "", kind: kind, approx: nil, lower: nil, upper: nil, decimals: decimals,
            subject: "", section: "", heading: "", sentence: "", paragraph: paragraph, before: "", start: start, end: end,
            report: "", table: nil, cell: cell)
        self.init(
            fields: fields, value: compactValue,
            rawSpan: TextSpan(textOffset: rawBytes.lowerBound, count: rawBytes.count),
            beforeSpan: TextSpan(textOffset: beforeBytes.lowerBound, count: beforeBytes.count),
            sentenceIndex: 0, subjectIndex: 1, sectionIndex: 2, headingIndex: 3, lowerIndex: lowerIndex,
            upperIndex: upperIndex, idCode: idCode, reportIndex: 0, unitIndex: 1, approxIndex: approxIndex,
            tableIndex: tableIndex)
        texts = MeasureTexts(text: text, pool: pool, strings: strings, names: names, numbers: numbers)
    }

    private static func kept(_ string: String, in pool: inout [UInt8]) -> TextSpan {
        var string = string
        let span = TextSpan(poolOffset: pool.count, count: string.utf8.count)
        string.withUTF8 { pool.append(contentsOf: $0) }
        return span
    }

    private static func named(_ name: String, in names: inout [String]) -> UInt32 {
        names.append(name)
        return UInt32(names.count - 1)
    }

    private static func boundIndex(_ bound: Rational?, value: Rational, in numbers: inout [Rational]) -> Int32 {
        guard let bound else { return Measure.noBound }
        if bound == value { return Measure.boundIsValue }
        numbers.append(bound)
        return Int32(numbers.count - 1)
    }
}

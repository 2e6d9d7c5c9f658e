extension MeasureTextsBuilder {
    /// A measure as extraction found it, against this text: its `raw`, `before` and sentence are
    /// spans of the text already, and its other strings are kept as ``compacted(spansOf:)`` keeps
    /// those of a measure made of it, without the texts of its own such a measure was made with
    /// and freed with. A measure whose fields do not fit goes the way of the measure made of it.
    mutating func add(_ extracted: ExtractedMeasure) -> Measure {
        guard extracted.fitsNarrowFields, refersToThisText(extracted.text),
            let measure = compacted(extracted)
        else { return add(extracted.measure) }
        return measure
    }

    private mutating func compacted(_ extracted: ExtractedMeasure) -> Measure? {
        guard isOfThisReport(extracted.report) else { return nil }
        let (section, heading, unit) = keptPlace(
            section: extracted.section, heading: extracted.heading, unit: extracted.unit)
        let approx = extracted.approx.map { Int(name($0)) }
        let table = extracted.table.map { table in
            let index = lastTable.index(ifSameAs: table) ?? Int(name(table))
            lastTable = LastKept(table, index: index)
            return index
        }
        let value = CompactValue(extracted.value) ?? CompactValue(numberIndex: Int(numberIndex(extracted.value)))
        let lower = boundIndex(extracted.lower, value: extracted.value, upward: false)
        let upper = boundIndex(extracted.upper, value: extracted.value, upward: true)
        let raw = TextSpan(textOffset: extracted.rawBytes.lowerBound, count: extracted.rawBytes.count)
        guard
            let id = Measure.idParts(number: extracted.number) ?? idCode(ofName: "m" + String(extracted.number)),
            let kept = keptRecords(
                section: section, heading: heading, unit: unit, approx: approx, table: table, lower: lower, upper: upper,
                kind: extracted.kind, decimals: extracted.decimals, idBlock: id.block, cell: extracted.cell),
            lines.keeps(extracted.paragraph, of: raw)
        else { return nil }
        let sentenceSpan = TextSpan(textOffset: extracted.sentenceBytes.lowerBound, count: extracted.sentenceBytes.count)
        let sentence = sentenceIndex(ofSpan: sentenceSpan)
        guard sentence <= Measure.largestCoded else { return nil }
        return Measure(
            start: extracted.start, value: value, raw: raw, beforeCount: extracted.beforeBytes.count,
            sentenceIndex: sentence, subjectIndex: keptSubject(extracted.subject, in: sentenceSpan, before: raw),
            idCode: id.code, kept: kept)
    }

    /// A subject as ``keptSubject(_:of:in:before:)`` keeps one from a pool: where its bytes stand
    /// in the sentence, else kept by ``stringIndex(_:joining:)``.
    private mutating func keptSubject(_ subject: String, in sentence: TextSpan, before figure: TextSpan) -> UInt32 {
        var subject = subject
        let found = subject.withUTF8 { bytes in
            offset(of: bytes, in: sentence, endingAt: figure.offset).map { TextSpan(textOffset: $0, count: bytes.count) }
        }
        guard let found else { return keptSubjectCode(subject) }
        return Measure.subjectCode(found, in: sentence) ?? appended(found)
    }
}

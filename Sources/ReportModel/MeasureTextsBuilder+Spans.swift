extension MeasureTextsBuilder {
    /// A measure whose texts refer to this text, as extraction hands them over (each with a pool
    /// of its own for its subject, section and heading) or a compacted report's: its `raw`,
    /// `before` and sentence are spans of the text already and are kept as they are, and its
    /// other strings are read as bytes, so nothing is looked for but a pooled subject and no String
    /// is made but one new to the report. Making every field a String to find it in the text again
    /// was a third of a load. Nil for a measure with texts of another text or of its own.
    mutating func compacted(spansOf measure: Measure) -> Measure? {
        let own = measure.texts
        guard own.alone == nil, own !== MeasureTexts.pending, !measure.rawSpan.isInPool,
            refersToThisText(own)
        else { return nil }
        let sentenceSpan = own.strings[Int(measure.sentenceIndex)]
        guard !sentenceSpan.isInPool, !sentenceSpan.isJoined else { return nil }
        guard isOfThisReport(own.names[0]) else { return nil }
        let sectionSpan = own.outline[Int(measure.sectionIndex)]
        let section = kept(sectionSpan, of: own, last: lastSectionSpan)
        lastSectionSpan = LastSpan(texts: own, span: sectionSpan, index: section)
        let headingSpan = own.outline[Int(measure.headingIndex)]
        let heading = kept(headingSpan, of: own, last: lastHeadingSpan)
        lastHeadingSpan = LastSpan(texts: own, span: headingSpan, index: heading)
        let unitName = own.names[Int(measure.unitIndex)]
        let unit = lastUnit.index(ifSameAs: unitName) ?? Int(name(unitName))
        lastUnit = LastKept(unitName, index: unit)
        let approx = measure.approxIndex == Measure.noName ? nil : Int(name(own.names[Int(measure.approxIndex)]))
        let table = measure.tableIndex == Measure.noName ? nil : Int(name(own.names[Int(measure.tableIndex)]))
        let value =
            measure.storedValue.numberIndex.map { CompactValue(numberIndex: Int(numberIndex(own.numbers[$0]))) }
            ?? measure.storedValue
        let lower = keptBound(measure.lowerIndex, of: own, value: measure, upward: false)
        let upper = keptBound(measure.upperIndex, of: own, value: measure, upward: true)
        guard
            let id = measure.idCode & Measure.idIsName == 0
                ? (measure.idCode, own.details[Int(measure.detailIndex)].idBlock)
                : idCode(ofName: own.names[Int(measure.idCode & ~Measure.idIsName)]),
            let kept = keptRecords(
                section: section, heading: heading, unit: unit, approx: approx, table: table, lower: lower, upper: upper,
                kind: measure.kind, decimals: measure.decimals, idBlock: id.block, cell: measure.cell),
            lines.keeps(measure.paragraph, of: measure.rawSpan)
        else { return nil }
        let sentence = sentenceIndex(ofSpan: sentenceSpan)
        guard sentence <= Measure.largestCoded else { return nil }
        let subject = keptSubject(measure.subjectSpan, of: own, in: sentenceSpan, before: measure.rawSpan)
        var compacted = measure
        compacted.texts = .pending
        compacted.storedValue = value
        compacted.sentenceIndex = sentence
        compacted.subjectIndex = subject
        compacted.idCode = id.code
        compacted.settingIndex = UInt16(kept.setting)
        compacted.detailIndex = UInt16(kept.detail)
        compacted.cellIndex = UInt16(kept.cell)
        return compacted
    }

    /// Whether the texts' text is this text, the same bytes in the same storage (a report's
    /// measures are made against the text the report keeps).
    private func refersToThisText(_ texts: MeasureTexts) -> Bool {
        refersToThisText(texts.text)
    }

    /// Whether `other` is this text, the same bytes in the same storage.
    func refersToThisText(_ other: String) -> Bool {
        var other = other
        return other.withUTF8 { $0.baseAddress == text.baseAddress && $0.count == text.count }
    }

    /// The index of a section path or heading of `texts` among those kept here: the last one's
    /// when the bytes are the same, else found or kept by ``outlineIndex(_:)``.
    private mutating func kept(_ span: TextSpan, of texts: MeasureTexts, last: LastSpan?) -> Int {
        if let last,
            last.texts === texts && last.span == span
                || texts.withUTF8(span, { bytes in last.texts.withUTF8(last.span) { $0.hasSameBytes(as: bytes) } })
        {
            return last.index
        }
        return outlineIndex(texts.string(span))
    }

    /// A subject of `texts`: as it is when it stands in the text, else where its bytes stand in the
    /// sentence (the words just before the figure, mostly), else kept by ``stringIndex(_:joining:)``.
    private mutating func keptSubject(_ span: TextSpan, of texts: MeasureTexts, in sentence: TextSpan, before figure: TextSpan)
        -> UInt32
    {
        // A joined subject (a table figure's labels) stands in no sentence: it is kept as it reads.
        if span.isJoined { return keptSubjectCode(texts.string(span)) }
        if !span.isInPool { return Measure.subjectCode(span, in: sentence) ?? appended(span) }
        let found = texts.withUTF8(span) { bytes -> TextSpan? in
            guard let offset = offset(of: bytes, in: sentence, endingAt: figure.offset) else { return nil }
            return TextSpan(textOffset: offset, count: bytes.count)
        }
        guard let found else { return keptSubjectCode(texts.string(span)) }
        return Measure.subjectCode(found, in: sentence) ?? appended(found)
    }

    /// Where the bytes stand in the sentence (a span of the text): just before `end` if they do,
    /// else the last place before it, else the first after it.
    func offset(of bytes: UnsafeBufferPointer<UInt8>, in sentence: TextSpan, endingAt end: Int) -> Int? {
        guard let first = bytes.first, bytes.count <= sentence.count else { return nil }
        let last = sentence.offset + sentence.count - bytes.count
        let before = min(end - bytes.count, last)
        if before >= sentence.offset {
            for offset in stride(from: before, through: sentence.offset, by: -1)
            where text[offset] == first && stands(bytes, at: offset) {
                return offset
            }
        }
        guard before + 1 <= last else { return nil }
        for offset in max(before + 1, sentence.offset)...last where text[offset] == first && stands(bytes, at: offset) {
            return offset
        }
        return nil
    }

    /// A bound of `texts` (an index into its bounds, or a mark, which tells it from the value the
    /// measure keeps as it is) as an index into the bounds kept here, or a mark.
    private mutating func keptBound(_ index: UInt16, of texts: MeasureTexts, value measure: Measure, upward: Bool) -> Int {
        guard Int(index) <= Measure.largestBoundIndex else { return Int(index) }
        return boundIndex(texts.bounds[Int(index)].value(in: texts), value: measure.value, upward: upward)
    }
}

/// A string of the texts of the last measure added and its index, for the next measure that has it too.
struct LastSpan {
    let texts: MeasureTexts
    let span: TextSpan
    let index: Int
}

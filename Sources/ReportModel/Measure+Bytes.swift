extension Measure {
    /// ``subject``'s and ``before``'s UTF-8 bytes, read in place for as long as `body` runs: a
    /// reader that only looks at the bytes (the audit reads every figure's) makes no string of
    /// them, and making one (validating its bytes) cost more than reading them. Not generic: a
    /// generic reader called from another module ran unspecialized there, through the texts'
    /// generic readers and their run-time metadata (25 M instructions of an audit of 100 reports).
    package func withSubjectAndBeforeBytes(
        _ body: (_ subject: UnsafeBufferPointer<UInt8>, _ before: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard !texts.holdsFieldsAlone else {
            return subject.withUTF8Bytes { subject in before.withUTF8Bytes { body(subject, $0) } }
        }
        withBytes(of: subjectSpan) { subject in withBytes(of: beforeSpan) { body(subject, $0) } }
    }

    /// ``before``'s UTF-8 bytes, read in place as ``withSubjectAndBeforeBytes(_:)`` reads them.
    package func withBeforeBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !texts.holdsFieldsAlone else { return before.withUTF8Bytes(body) }
        withBytes(of: beforeSpan, body)
    }

    /// ``sentence``'s UTF-8 bytes, read in place as ``withSubjectAndBeforeBytes(_:)`` reads them.
    package func withSentenceBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !texts.holdsFieldsAlone else { return sentence.withUTF8Bytes(body) }
        withBytes(of: texts.strings[Int(sentenceIndex)], body)
    }

    /// ``raw``'s UTF-8 bytes, read in place as ``withSubjectAndBeforeBytes(_:)`` reads them.
    package func withRawBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !texts.holdsFieldsAlone else { return raw.withUTF8Bytes(body) }
        withBytes(of: rawSpan, body)
    }

    /// Whether ``section`` reads as `text`, told without making it: a table's section is found
    /// among the figures without making every figure's.
    package func sectionReads(as text: String) -> Bool {
        guard !texts.holdsFieldsAlone else { return section.hasSameBytes(as: text) }
        return text.withUTF8Bytes { texts.span(texts.outline[Int(sectionIndex)], reads: $0) }
    }

    /// A span's bytes in ``texts``; an empty span's are no bytes, wherever it points (as
    /// ``MeasureTexts/string(_:)`` reads it).
    private func withBytes(of span: TextSpan, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if span.count == 0 && !span.isJoined { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        texts.withUTF8(span, body)
    }
}

extension MeasureTexts {
    /// Whether `span` holds `bytes`, its parts and separators compared in place where it is joined.
    func span(_ span: TextSpan, reads bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        end(of: span, readFrom: 0, in: bytes) == bytes.count
    }

    /// Where `span`'s bytes end in `bytes` when they stand there from `start`; nil when they do not.
    private func end(of span: TextSpan, readFrom start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard span.isJoined else {
            guard bytes.count - start >= span.count else { return nil }
            let partBytes = UnsafeBufferPointer(rebasing: bytes[start..<start + span.count])
            let same = span.count == 0 || span.withUTF8(text: text, pool: pool) { $0.hasSameBytes(as: partBytes) }
            return same ? start + span.count : nil
        }
        let separator = TextSpan.separatorBytes[span.separator]
        if span.isPair {
            guard let first = end(of: strings[span.firstOfPair], readFrom: start, in: bytes),
                let second = end(of: separator, readFrom: first, in: bytes)
            else { return nil }
            return end(of: strings[span.secondOfPair], readFrom: second, in: bytes)
        }
        var start = start
        for (index, part) in joins[span.offset..<span.offset + span.parts].enumerated() {
            if index > 0 {
                guard let end = end(of: separator, readFrom: start, in: bytes) else { return nil }
                start = end
            }
            guard let end = end(of: part, readFrom: start, in: bytes) else { return nil }
            start = end
        }
        return start
    }

    /// Where a separator's bytes end in `bytes` when they stand there from `start`; nil when not.
    private func end(of separator: [UInt8], readFrom start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count - start >= separator.count else { return nil }
        let held = separator.withUnsafeBufferPointer {
            $0.hasSameBytes(as: UnsafeBufferPointer(rebasing: bytes[start..<start + separator.count]))
        }
        return held ? start + separator.count : nil
    }
}

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

    /// A span's bytes in ``texts``; an empty span's are no bytes, wherever it points (as
    /// ``MeasureTexts/string(_:)`` reads it).
    private func withBytes(of span: TextSpan, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if span.count == 0 && !span.isJoined { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        texts.withUTF8(span, body)
    }
}

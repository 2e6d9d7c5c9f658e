extension Measure {
    /// ``subject``'s UTF-8 bytes, read in place for as long as `body` runs: a reader that only
    /// looks at the bytes (the audit reads every figure's) makes no string of them, and making
    /// one (validating its bytes) cost more than reading them.
    package func withSubjectBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard !texts.holdsFieldsAlone else { return subject.withUTF8Bytes(body) }
        return withBytes(of: subjectSpan, body)
    }

    /// ``before``'s UTF-8 bytes, read in place as ``withSubjectBytes(_:)`` reads the subject's.
    package func withBeforeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard !texts.holdsFieldsAlone else { return before.withUTF8Bytes(body) }
        return withBytes(of: beforeSpan, body)
    }

    /// A span's bytes in ``texts``; an empty span's are no bytes, wherever it points (as
    /// ``MeasureTexts/string(_:)`` reads it).
    private func withBytes<Result>(of span: TextSpan, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if span.count == 0 && !span.isJoined { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return texts.withUTF8(span, body)
    }
}

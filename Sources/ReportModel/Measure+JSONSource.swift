extension Measure: MeasureJSONSource {
    /// The measure's model JSON, the members of ``json`` written straight into bytes.
    public func writeJSON(to writer: inout JSONByteWriter) {
        writeModelJSON(to: &writer)
    }

    var jsonID: MeasureJSONID {
        if let idNumber { return .number(idNumber) }
        return .name(id)
    }

    /// A measure opens its texts member by member (``MeasureTexts/withUTF8(_:_:)``).
    func withOpenText(_ body: (()) -> Void) {
        body(())
    }

    func writeJSONString(
        _ member: MeasureTextMember, from text: (), to writer: inout JSONByteWriter, repeatedIn place: RepeatedMember?
    ) {
        switch member {
        case .raw: write({ $0.raw }, rawSpan, to: &writer, repeatedIn: place)
        case .subject: write({ $0.subject }, texts.holdsFieldsAlone ? .empty : subjectSpan, to: &writer, repeatedIn: place)
        case .section:
            let span = texts.holdsFieldsAlone ? .empty : texts.outline[Int(sectionIndex)]
            write({ $0.section }, span, to: &writer, repeatedIn: place)
        case .heading:
            let span = texts.holdsFieldsAlone ? .empty : texts.outline[Int(headingIndex)]
            write({ $0.heading }, span, to: &writer, repeatedIn: place)
        case .sentence:
            let span = texts.holdsFieldsAlone ? .empty : texts.strings[Int(sentenceIndex)]
            write({ $0.sentence }, span, to: &writer, repeatedIn: place)
        case .before: write({ $0.before }, beforeSpan, to: &writer, repeatedIn: place)
        }
    }

    /// Writes a string field as a JSON string from its bytes: those of `span` for a measure of a
    /// report, those of the field of a measure alone.
    private func write(
        _ field: (MeasureFields) -> String, _ span: TextSpan, to writer: inout JSONByteWriter, repeatedIn place: RepeatedMember?
    ) {
        func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            if let place { writer.string(utf8: bytes, repeatedIn: place) } else { writer.string(utf8: bytes) }
        }
        // Tested before it is read: binding the fields of a measure alone copied them all (360
        // bytes) for every string of every measure of a report.
        guard texts.holdsFieldsAlone, var string = texts.alone.map(field) else {
            return texts.withUTF8(span, write)
        }
        string.withUTF8(write)
    }
}

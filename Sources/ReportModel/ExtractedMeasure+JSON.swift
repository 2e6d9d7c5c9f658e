extension ExtractedMeasure: MeasureJSONSource {
    /// Writes the measure's JSON straight from the fields and spans extraction found, byte for byte
    /// what ``Measure/writeJSON(to:)`` writes of the measure made of them (both write
    /// ``MeasureJSONSource/writeModelJSON(to:)``; a test compares the two on every fixture).
    /// `extract --format jsonl` lets each measure go once written: making it a ``Measure`` first,
    /// texts object, pools and all, and freeing it again, cost more than writing it.
    public func writeJSON(to writer: inout JSONByteWriter) {
        writeModelJSON(to: &writer)
    }

    var jsonID: MeasureJSONID { .number(number) }

    /// The report text's UTF-8, which `raw`, `before` and `sentence` are ranges of.
    func withOpenText(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8(body)
    }

    func writeJSONString(
        _ member: MeasureTextMember, from text: UnsafeBufferPointer<UInt8>, to writer: inout JSONByteWriter,
        repeatedIn place: RepeatedMember?
    ) {
        func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            if let place { writer.string(utf8: bytes, repeatedIn: place) } else { writer.string(utf8: bytes) }
        }
        func write(_ string: String) {
            var string = string
            string.withUTF8 { write($0) }
        }
        switch member {
        case .raw: write(UnsafeBufferPointer(rebasing: text[rawBytes]))
        case .subject: write(subject)
        case .section: write(section)
        case .heading: write(heading)
        case .sentence: write(UnsafeBufferPointer(rebasing: text[sentenceBytes]))
        case .before: write(UnsafeBufferPointer(rebasing: text[beforeBytes]))
        }
    }
}

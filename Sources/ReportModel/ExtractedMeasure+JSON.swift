extension ExtractedMeasure {
    /// Writes the measure's JSON straight from the fields and spans extraction found, byte for byte
    /// what ``Measure/writeJSON(to:)`` writes of the measure made of them (a test compares the two
    /// on every fixture). `extract --format jsonl` lets each measure go once written: making it a
    /// ``Measure`` first, texts object, pools and all, and freeing it again, cost more than writing it.
    public func writeJSON(to writer: inout JSONByteWriter) {
        var text = text
        text.withUTF8 { text in
            writer.raw("{\"id\":\"m")
            writer.integer(number)
            writer.raw("\",\"value\":")
            writer.decimal(value)
            writer.raw(",\"unit\":")
            writer.string(unit)
            writer.raw(",\"raw\":")
            writer.string(utf8: UnsafeBufferPointer(rebasing: text[rawBytes]))
            writer.raw(kind.jsonMember)
            writer.raw(",\"approx\":")
            if let approx { writer.string(approx) } else { writer.null() }
            writer.raw(",\"lower\":")
            if let lower { writer.decimal(lower) } else { writer.null() }
            writer.raw(",\"upper\":")
            if let upper { writer.decimal(upper) } else { writer.null() }
            writer.raw(",\"decimals\":")
            writer.integer(decimals)
            writer.raw(",\"subject\":")
            writer.string(subject)
            writer.raw(",\"section\":")
            writer.string(section)
            writer.raw(",\"heading\":")
            var heading = heading
            heading.withUTF8 { writer.string(utf8: $0, repeatedIn: RepeatedMember.heading) }
            writer.raw(",\"sentence\":")
            writer.string(utf8: UnsafeBufferPointer(rebasing: text[sentenceBytes]), repeatedIn: RepeatedMember.sentence)
            writer.raw(",\"paragraph\":")
            writer.integer(paragraph)
            writer.raw(",\"before\":")
            writer.string(utf8: UnsafeBufferPointer(rebasing: text[beforeBytes]))
            writer.raw(",\"start\":")
            writer.integer(start)
            writer.raw(",\"end\":")
            writer.integer(end)
            writer.raw(",\"report\":")
            writer.string(report)
            writer.raw(",\"table\":")
            if let table { writer.string(table) } else { writer.null() }
            writer.raw(",\"cell\":")
            if let cell { cell.writeJSON(to: &writer) } else { writer.null() }
            writer.raw("}")
        }
    }
}

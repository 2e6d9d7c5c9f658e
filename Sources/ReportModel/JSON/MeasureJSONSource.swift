/// A measure's fields as its model JSON reads them, the same from a ``Measure`` and from an
/// ``ExtractedMeasure`` (which `extract --format jsonl` writes without making the measure).
/// ``writeModelJSON(to:)`` is the one member list both write: generic, so that each source's copy
/// is specialized (an existential or closures would cost on every member of every figure).
protocol MeasureJSONSource {
    /// What the texts are read from while they are open: the report text's bytes, or nothing.
    associatedtype OpenText

    var jsonID: MeasureJSONID { get }
    var value: Rational { get }
    var unit: String { get }
    var kind: MeasureKind { get }
    var approx: String? { get }
    var lower: Rational? { get }
    var upper: Rational? { get }
    var decimals: Int { get }
    var paragraph: Int { get }
    var start: Int { get }
    var end: Int { get }
    var report: String { get }
    var table: String? { get }
    var cell: CellPosition? { get }

    /// Calls `body` with the texts open, once for all the members of a measure.
    func withOpenText(_ body: (OpenText) -> Void)
    /// Writes `member` as a JSON string; `place` as in ``JSONByteWriter/string(utf8:repeatedIn:)``.
    func writeJSONString(
        _ member: MeasureTextMember, from text: OpenText, to writer: inout JSONByteWriter,
        repeatedIn place: RepeatedMember?)
}

/// A measure's id as the model JSON writes it: `m` and its number, written without making the id,
/// or the id as it is.
enum MeasureJSONID {
    case number(Int)
    case name(String)
}

/// The members of a measure that its source writes from text it may keep as spans.
enum MeasureTextMember {
    case raw, subject, section, heading, sentence, before
}

extension MeasureJSONSource {
    func writeModelJSON(to writer: inout JSONByteWriter) {
        withOpenText { text in
            switch jsonID {
            case .number(let number):
                writer.raw("{\"id\":\"m")
                writer.integer(number)
                writer.raw("\",\"value\":")
            case .name(let id):
                writer.raw("{\"id\":")
                writer.string(id)
                writer.raw(",\"value\":")
            }
            let valueStart = writer.written
            writer.decimal(value)
            let valueBytes = valueStart..<writer.written
            writer.raw(",\"unit\":")
            writer.string(unit)
            writer.raw(",\"raw\":")
            writeJSONString(.raw, from: text, to: &writer, repeatedIn: nil)
            writer.raw(kind.jsonMember)
            let (approx, lower, upper) = (approx, lower, upper)
            // Most figures are exact: three nulls written as one literal.
            if approx == nil && lower == nil && upper == nil {
                writer.raw(",\"approx\":null,\"lower\":null,\"upper\":null,\"decimals\":")
            } else {
                writer.raw(",\"approx\":")
                if let approx { writer.string(approx) } else { writer.null() }
                writer.raw(",\"lower\":")
                if let lower { writer.decimal(lower, sameAs: value, writtenAt: valueBytes) } else { writer.null() }
                writer.raw(",\"upper\":")
                if let upper { writer.decimal(upper, sameAs: value, writtenAt: valueBytes) } else { writer.null() }
                writer.raw(",\"decimals\":")
            }
            writer.integer(decimals)
            writer.raw(",\"subject\":")
            writeJSONString(.subject, from: text, to: &writer, repeatedIn: nil)
            writer.raw(",\"section\":")
            writeJSONString(.section, from: text, to: &writer, repeatedIn: .section)
            writer.raw(",\"heading\":")
            writeJSONString(.heading, from: text, to: &writer, repeatedIn: .heading)
            writer.raw(",\"sentence\":")
            writeJSONString(.sentence, from: text, to: &writer, repeatedIn: .sentence)
            writer.raw(",\"paragraph\":")
            writer.integer(paragraph)
            writer.raw(",\"before\":")
            writeJSONString(.before, from: text, to: &writer, repeatedIn: nil)
            writer.raw(",\"start\":")
            writer.integer(start)
            writer.raw(",\"end\":")
            writer.integer(end)
            writer.raw(",\"report\":")
            writer.string(report, repeatedIn: .report)
            let (table, cell) = (table, cell)
            // Figures of prose, most of them, are in no table: two nulls written as one literal.
            if table == nil && cell == nil {
                writer.raw(",\"table\":null,\"cell\":null}")
            } else {
                writer.raw(",\"table\":")
                if let table { writer.string(table) } else { writer.null() }
                writer.raw(",\"cell\":")
                if let cell { cell.writeJSON(to: &writer) } else { writer.null() }
                writer.raw("}")
            }
        }
    }
}

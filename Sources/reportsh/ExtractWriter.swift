import ReportModel

/// Writes `extract --format json` or `jsonl` as the reports are extracted: a report's model up to
/// its measures as soon as its outline and tables are known, then each measure as it is found, so
/// that output starts before a big report or a corpus is done and memory holds one chunk of it.
struct ExtractWriter: ReportConsumer {
    /// One line of model JSON per report, or one line of JSON per measure.
    enum Form {
        case model, measureLines
    }

    private var json: JSONByteWriter
    private let form: Form
    private var measuresWritten = 0

    init(form: Form, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.form = form
        json = JSONByteWriter(sink: sink)
    }

    mutating func begin(_ report: Report) {
        measuresWritten = 0
        guard form == .model else { return }
        report.writeJSONBeforeMeasures(to: &json)
        json.flushIfFull()
    }

    mutating func add(_ measure: Measure) {
        write(measure.writeJSON)
    }

    /// Written from the fields extraction found: a ``Measure`` made of them, only to be written and
    /// let go, cost more than writing it.
    mutating func add(extracted measure: consuming ExtractedMeasure) {
        write(measure.writeJSON)
    }

    private mutating func write(_ measure: (inout JSONByteWriter) -> Void) {
        if form == .model && measuresWritten > 0 { json.raw(",") }
        measure(&json)
        if form == .measureLines { json.raw("\n") }
        measuresWritten += 1
        json.flushIfFull()
    }

    mutating func end() {
        if form == .model { json.raw("]}\n") }
        json.flush()
    }
}

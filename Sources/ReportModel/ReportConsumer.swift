/// Takes reports as they are read, a part at a time: the report without its measures as soon as
/// its outline and tables are known, then each measure in reading order, then its end. Output can
/// start before a big report or a corpus is done, and memory need hold neither all the reports nor
/// a report's measures.
public protocol ReportConsumer {
    /// A report whose `measures` are still to come.
    mutating func begin(_ report: Report)
    mutating func add(_ measure: Measure)
    /// A measure as extraction finds it; made a ``Measure`` and added, unless the consumer takes
    /// it as it is.
    mutating func add(extracted: consuming ExtractedMeasure)
    mutating func end()
}

extension ReportConsumer {
    public mutating func add(extracted: consuming ExtractedMeasure) { add(Measure(extracted)) }

    /// A report read whole (model JSON, the built-in report) handed over as extraction would.
    public mutating func consume(_ report: Report) {
        var header = report
        header.measures = []
        begin(header)
        for measure in report.measures { add(measure) }
        end()
    }
}

/// Keeps every report whole, measures and all. Reports held together in memory, many of them,
/// are worth compacting (``Report/compact()``) as each ends; one report, or reports read to be
/// written and let go, are not: compacting the built-in report cost an eighth of a one-shot
/// query's start.
public struct ReportCollector: ReportConsumer {
    public private(set) var reports: [Report] = []
    private let compacting: Bool
    /// The measures of the last report as extraction found them, kept so until it is compacted.
    private var extracted: [ExtractedMeasure] = []

    public init(compacting: Bool) {
        self.compacting = compacting
    }

    public mutating func begin(_ report: Report) { reports.append(report) }

    public mutating func add(_ measure: Measure) { reports[reports.count - 1].measures.append(measure) }

    public mutating func add(extracted measure: consuming ExtractedMeasure) {
        guard compacting else { return add(Measure(measure)) }
        extracted.append(measure)
    }

    public mutating func end() {
        if compacting, !reports.isEmpty { reports[reports.count - 1].compact(adding: extracted) }
        extracted = []
    }
}

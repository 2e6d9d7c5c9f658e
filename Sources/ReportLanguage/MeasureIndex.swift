import ReportModel

/// Finds a measure by its id in the reports in use, without scanning them: ids (`m40`) repeat
/// across reports, so a bare id is found only when one report has it, and `REPORT.m40` always.
struct MeasureIndex {
    private var reportPositions: [String: Int] = [:]
    /// Per report, the position of each measure by id; nil when every id is `m` and its position
    /// from 1, as extraction numbers them (most reports: no table is kept for them).
    private var measurePositions: [[String: Int]?] = []
    /// The reports numbered so, most measures first: the ones with `mK` are those before the first
    /// with fewer than K measures. One entry a report, not one for each of its ids.
    private var numberedByCount: [(position: Int32, count: Int32)] = []
    /// Per id, the positions of the other reports that have it.
    private var otherReportsByMeasureID: [String: [Int]] = [:]
    private var reportIDs: [String] = []

    init(_ reports: [Report]) {
        reportIDs = reports.map(\.id)
        measurePositions.reserveCapacity(reports.count)
        for (position, report) in reports.enumerated() {
            if reportPositions[report.id] == nil { reportPositions[report.id] = position }
            if report.measures.enumerated().allSatisfy({ $1.idNumber == $0 + 1 }),
                let position = Int32(exactly: position), let count = Int32(exactly: report.measures.count)
            {
                numberedByCount.append((position, count))
                measurePositions.append(nil)
                continue
            }
            var positions: [String: Int] = [:]
            positions.reserveCapacity(report.measures.count)
            for (index, measure) in report.measures.enumerated() where positions[measure.id] == nil {
                positions[measure.id] = index
                otherReportsByMeasureID[measure.id, default: []].append(position)
            }
            measurePositions.append(positions)
        }
        numberedByCount.sort { $0.count > $1.count }
    }

    /// `m` followed by digits: the form of a measure id, bare or after a report.
    static func isMeasureID(_ name: String) -> Bool {
        name.count > 1 && name.first == "m" && name.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The reports in use that have a measure with this id, in loading order.
    func reports(having id: String) -> [Int] {
        var having = otherReportsByMeasureID[id] ?? []
        guard let number = Self.number(ofNumberedID: id) else { return having }
        // The first report with fewer than `number` measures, by halves.
        var (low, high) = (0, numberedByCount.count)
        while low < high {
            let middle = (low + high) / 2
            if Int(numberedByCount[middle].count) >= number { low = middle + 1 } else { high = middle }
        }
        having += numberedByCount[..<low].map { Int($0.position) }
        return having.sorted()
    }

    /// K of an id `mK` as extraction writes it (K from 1, no leading zero), else nil.
    private static func number(ofNumberedID id: String) -> Int? {
        guard id.first == "m", let number = Int(id.dropFirst()), number >= 1, "m\(number)" == id else { return nil }
        return number
    }

    func measure(_ id: String, inReportAt position: Int, of reports: [Report]) -> Measure? {
        guard let positions = measurePositions[position] else {
            let measures = reports[position].measures
            guard id.first == "m", let number = Int(id.dropFirst()), number >= 1, number <= measures.count else { return nil }
            return measures[number - 1].id == id ? measures[number - 1] : nil
        }
        return positions[id].map { reports[position].measures[$0] }
    }

    func position(ofReport id: String) -> Int? {
        reportPositions[id]
    }

    /// How a user writes the measure `id` of the report at `position`.
    func qualifiedName(_ id: String, inReportAt position: Int) -> String {
        Measure.qualifiedID(id, report: reportIDs[position])
    }
}

extension Measure {
    /// How the language names measure `id` of report `report`: `a.m4`, or `"a b".m4` when the
    /// report's id is not a plain word.
    public static func qualifiedID(_ id: String, report: String) -> String {
        var lexer = Lexer(report + "." + id)
        if let token = try? lexer.next(), token.kind == .measureReference(report: report, id: id),
            (try? lexer.next())?.kind == .end
        {
            return report + "." + id
        }
        let escaped = report.flatMap { $0 == "\\" || $0 == "\"" ? ["\\", $0] : [$0] }
        return "\"" + String(escaped) + "\"." + id
    }
}

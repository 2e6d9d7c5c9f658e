import ReportModel

/// The source `measures` and the stages that read a measure's fields one at a time: `where`,
/// `take` and `count` run over the reports' measures themselves, and a table of every field is
/// built only for the rows that reach a stage needing one (or the output). A filter or a count
/// over a corpus of a million measures then costs no table of a million rows, and no copy of a
/// measure: the rows kept are their positions.
extension Evaluator {
    /// The value of `measures` followed by the leading `stages` it can run without a table, and
    /// how many of the stages it ran.
    func measuresSource(_ stages: [Stage]) throws(Diagnostic) -> (value: Value, stagesRun: Int) {
        // nil while no stage has narrowed the rows: every measure of the reports in use.
        var selected: [MeasurePosition]?
        var stagesRun = 0
        while stagesRun < stages.count {
            let next = stages.dropFirst(stagesRun + 1).first
            switch stages[stagesRun] {
            case .filter(let condition):
                let compiled = measureCondition(condition)
                if case .aggregate(.count) = next {
                    var count = 0
                    try forEachMeasure(in: selected, meeting: compiled, at: condition.range) { _ in
                        count += 1
                        return true
                    }
                    return (.number(Rational(count)), stagesRun + 2)
                }
                // Rows past those `take` keeps are not needed, unless one of them could be an error.
                var limit = Int.max
                if case .take(let count) = next, !compiled.canThrow, let taken = try? takeLimit(count) { limit = taken }
                var kept: [MeasurePosition] = []
                if limit > 0 {
                    try forEachMeasure(in: selected, meeting: compiled, at: condition.range) { position in
                        kept.append(position)
                        return kept.count < limit
                    }
                }
                selected = kept
            case .take(let count):
                let limit = try takeLimit(count)
                selected = Array((selected ?? firstPositions(limit)).prefix(limit))
            case .aggregate(.count):
                let count = selected?.count ?? reports.reduce(0) { $0 + $1.measures.count }
                return (.number(Rational(count)), stagesRun + 1)
            default:
                return (.table(measuresTable(selected)), stagesRun)
            }
            stagesRun += 1
        }
        return (.table(measuresTable(selected)), stagesRun)
    }

    /// Calls `body` with the position of each measure among `selected` (nil: all) that meets
    /// `condition`, in reading order, until it returns false.
    private func forEachMeasure(
        in selected: [MeasurePosition]?, meeting condition: MeasureCondition, at range: SourceRange,
        _ body: (MeasurePosition) -> Bool
    ) throws(Diagnostic) {
        let test = condition.test
        var tested = 0
        // Asking whether to stop costs a call; asking every so many measures stops as soon.
        func pollStop() throws(Diagnostic) {
            if tested & 1023 == 0 { try stopIfAsked(at: range) }
            tested &+= 1
        }
        guard let selected else {
            for report in reports.indices {
                let stopped = try reports[report].measures.withUnsafeBufferPointer { measures throws(Diagnostic) in
                    guard let base = measures.baseAddress else { return false }
                    for index in measures.indices {
                        try pollStop()
                        if try test(base + index), !body(MeasurePosition(report: report, index: index)) { return true }
                    }
                    return false
                }
                if stopped { return }
            }
            return
        }
        // Positions are in reading order: each run of one report's measures is tested in place.
        var first = selected.startIndex
        while first < selected.endIndex {
            let report = Int(selected[first].report)
            var end = first + 1
            while end < selected.endIndex && Int(selected[end].report) == report { end += 1 }
            let run = selected[first..<end]
            let stopped = try reports[report].measures.withUnsafeBufferPointer { measures throws(Diagnostic) in
                guard let base = measures.baseAddress else { return false }
                for position in run {
                    try pollStop()
                    if try test(base + Int(position.index)), !body(position) { return true }
                }
                return false
            }
            if stopped { return }
            first = end
        }
    }

    /// The positions of the first `limit` measures of the reports in use, in reading order.
    private func firstPositions(_ limit: Int) -> [MeasurePosition] {
        var positions: [MeasurePosition] = []
        for report in reports.indices where positions.count < limit {
            let count = min(reports[report].measures.count, limit - positions.count)
            positions += (0..<count).map { MeasurePosition(report: report, index: $0) }
        }
        return positions
    }

    private func measuresTable(_ selected: [MeasurePosition]?) -> Table {
        guard let selected else { return Table(measures: allMeasures) }
        return Table(measures: selected.map { reports[Int($0.report)].measures[Int($0.index)] })
    }
}

/// Where a measure stands among the reports in use: a row kept by `where` or `take`.
struct MeasurePosition {
    var report: Int32
    var index: Int32

    init(report: Int, index: Int) {
        self.report = Int32(report)
        self.index = Int32(index)
    }
}

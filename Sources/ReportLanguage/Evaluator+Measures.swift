import ReportModel

/// The source `measures` and the stages that read a measure's fields one at a time: `where`,
/// `take` and `count` run over the reports' measures themselves, and a table of every field is
/// built only for the rows that reach a stage needing one (or the output). A filter or a count
/// over a corpus of a million measures then costs no table of a million rows.
extension Evaluator {
    /// The value of `measures` followed by the leading `stages` it can run without a table, and
    /// how many of the stages it ran.
    func measuresSource(_ stages: [Stage]) throws(Diagnostic) -> (value: Value, stagesRun: Int) {
        // nil while no stage has narrowed the rows: every measure of the reports in use.
        var selected: [Measure]?
        var stagesRun = 0
        for stage in stages {
            switch stage {
            case .filter(let condition):
                selected = try filtered(selected, by: condition)
            case .take(let count):
                let limit = try takeLimit(count)
                selected = Array((selected.map { $0[...] } ?? ArraySlice(firstMeasures(limit))).prefix(limit))
            case .aggregate(.count):
                let count = selected?.count ?? reports.reduce(0) { $0 + $1.measures.count }
                return (.number(Rational(count)), stagesRun + 1)
            default:
                return (.table(Table(measures: selected ?? allMeasures)), stagesRun)
            }
            stagesRun += 1
        }
        return (.table(Table(measures: selected ?? allMeasures)), stagesRun)
    }

    private func filtered(_ selected: [Measure]?, by condition: Expression) throws(Diagnostic) -> [Measure] {
        var kept: [Measure] = []
        func test(_ measures: [Measure]) throws(Diagnostic) {
            for index in measures.indices {
                try stopIfAsked(at: condition.range)
                let keep = try evaluate(condition, row: Row(measures: measures, at: index))
                guard case .boolean(let flag) = keep else {
                    throw Diagnostic("'where' needs a true/false condition, got \(keep.text)", at: condition.range)
                }
                if flag { kept.append(measures[index]) }
            }
        }
        if let selected {
            try test(selected)
        } else {
            for report in reports { try test(report.measures) }
        }
        return kept
    }

    /// The first `limit` measures of the reports in use, in reading order.
    private func firstMeasures(_ limit: Int) -> [Measure] {
        var measures: [Measure] = []
        for report in reports where measures.count < limit {
            measures += report.measures.prefix(limit - measures.count)
        }
        return measures
    }
}

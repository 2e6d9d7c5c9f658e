import ReportModel

/// `audit` rows with `check` = `cross-report`: what one report says about last year checked against
/// the report of the same issuer for last year, and one year's figure checked where two reports
/// state it.
///
/// - a change (同比增长15.2%, 较上年增加8件, 比上年下降2.5个百分点) against this year's figure and the
///   indicator's figure in last year's report;
/// - 上年结转 against last year's 结转下年度继续办理;
/// - a figure the report recalls for last year (上年为126件) against last year's report, and a
///   figure two reports of one issuer state for the same year against each other.
///
/// Figures stand for the intervals their wording allows, so a rounded or approximate figure is a
/// mismatch only when no values it allows agree. The explanation names both reports' measures as
/// `REPORT.mN`. See docs/verification.md.
public enum CrossReportAudit {
    public static func rows(reports: [Report]) -> [AuditRow] {
        let compared = comparedReports(reports)
        let readings = reports.indices.map { compared[$0] ? IndicatorReading(report: reports[$0]) : nil }
        return rows(reports: reports, readings: readings)
    }

    /// Whether each report has another of its issuer among `reports`: only those are compared, so a
    /// corpus of many issuers costs little more than reading the indicators of those in a series.
    public static func comparedReports(_ reports: [Report]) -> [Bool] {
        var compared = Array(repeating: false, count: reports.count)
        for years in series(of: reports).values where years.values.reduce(0, { $0 + $1.count }) > 1 {
            for index in years.values.joined() { compared[index] = true }
        }
        return compared
    }

    /// The rows, given the indicators of every report that ``comparedReports(_:)`` names (nil for the
    /// others), read beforehand: each report's alone, so they can be read on every core.
    public static func rows(reports: [Report], readings: [IndicatorReading?]) -> [AuditRow] {
        let series = series(of: reports)
        var others: [Int: Series] = [:]
        for years in series.values where years.values.reduce(0, { $0 + $1.count }) > 1 {
            for index in years.values.joined() {
                guard let reading = readings[index] else { continue }
                others[index] = Series(report: reports[index], reading: reading)
            }
        }
        var rows: [AuditRow] = []
        for (index, report) in reports.enumerated() {
            guard let this = others[index], let issuer = ReportIssuer(report), let year = report.year,
                let years = series[issuer]
            else { continue }
            // The series holds reports of this issuer only, by year: last year's are all its
            // predecessors, this year's all its twins but itself; asking each pair again whether
            // it is of one issuer made a pile of copies of one report quadratic.
            let earlier = (years[year - 1] ?? []).compactMap { others[$0] }
            let sameYear = (years[year] ?? []).filter { $0 < index && reports[$0].id != report.id }
                .compactMap { others[$0] }
            // The first other report that states the quantity: a second copy of a report adds no rows.
            let first = { (candidates: [Series], name: String) in
                candidates.lazy.compactMap { other in other.current(name).map { (other, $0) } }.first
            }
            var found: [(start: Int, row: AuditRow)] = []
            for change in this.reading.changes {
                if let (last, _) = first(earlier, change.indicator.name), let row = changeRow(change, last: last) {
                    found.append((change.change.start, row))
                }
            }
            for figure in this.reading.figures {
                let start = figure.measure.start
                switch figure.period {
                case .current:
                    if figure.indicator.name == "上年结转", let (last, carried) = first(earlier, "结转下年度") {
                        found.append((start, agreementRow(figure.measure, carried, last: last, why: .carriedOver)))
                    }
                    if let (twin, stated) = first(sameYear, figure.indicator.name) {
                        found.append((start, agreementRow(figure.measure, stated, last: twin, why: .sameYear)))
                    }
                case .previous:
                    if let (last, stated) = first(earlier, figure.indicator.name) {
                        found.append((start, agreementRow(figure.measure, stated, last: last, why: .recalled)))
                    }
                }
            }
            rows += found.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element.row)
        }
        return rows
    }

    /// The reports of each issuer, by year, as positions in `reports`.
    private static func series(of reports: [Report]) -> [ReportIssuer: [Int: [Int]]] {
        var series: [ReportIssuer: [Int: [Int]]] = [:]
        for (index, report) in reports.enumerated() {
            guard let issuer = ReportIssuer(report), let year = report.year else { continue }
            series[issuer, default: [:]][year, default: []].append(index)
        }
        return series
    }

    /// The other report of a comparison, with the indicators it states for its own year.
    private struct Series {
        var report: Report
        var reading: IndicatorReading
        private var currentFigures: [String: Measure] = [:]

        init(report: Report, reading: IndicatorReading) {
            self.report = report
            self.reading = reading
            for figure in reading.figures where figure.period == .current {
                currentFigures[figure.indicator.name] = figure.measure
            }
        }

        func current(_ name: String) -> Measure? { currentFigures[name] }

        func qualified(_ measure: Measure) -> String { "\(report.id).\(measure.id)" }
    }

    private enum Agreement {
        case carriedOver, recalled, sameYear
    }

    // MARK: Changes

    /// This year's figure and last year's report's give the change, or the row says what they give.
    private static func changeRow(_ change: IndicatorChange, last: Series) -> AuditRow? {
        guard let before = last.current(change.indicator.name) else { return nil }
        let now = change.figure
        let stated = change.change
        let claim = StatedClaim(measure: stated)
        let previous = last.qualified(before)
        do {
            // 下降6.4% states a fall as a positive figure, last year's less this year's; a signed
            // −6.4% keeps its own sign.
            let falls = change.direction < 0 && !stated.value.isNegative
            let (from, to) = falls ? (now, before) : (before, now)
            let (fromID, toID) = falls ? (now.id, previous) : (previous, now.id)
            let difference = try to.bounds.subtracting(from.bounds)
            let exact = try to.value.subtracting(from.value)
            let spread: Interval, value: Rational, formula: String, arithmetic: String
            switch stated.kind {
            case .percent:
                guard !before.value.isZero, before.lower.map({ !$0.isNegative && !$0.isZero }) ?? false else { return nil }
                spread = try difference.divided(by: before.bounds).scaled(by: claim.unitScale)
                value = try exact.multiplied(by: claim.unitScale).divided(by: before.value)
                formula = "(\(toID) − \(fromID)) / \(previous)"
                arithmetic = "(\(to.value) − \(from.value))/\(before.value)"
            case .points:
                spread = difference
                value = exact
                formula = "\(toID) − \(fromID)"
                arithmetic = "\(to.raw) − \(from.raw)"
            default:
                spread = difference
                value = exact
                formula = "\(toID) − \(fromID)"
                arithmetic = "\(to.value) − \(from.value)"
            }
            let rules = spread.isPoint ? try claim.rules(for: spread) : [:]
            let holds =
                spread.isPoint ? (claim.interval.contains(value) || rules.values.contains(true)) : spread.meets(claim.interval)
            let sign = change.direction < 0 ? "a fall" : "a rise"
            var text =
                "\(stated.raw) (\(stated.subject)) is \(sign) from \(last.report.id)'s \(before.raw) (\(previous)) "
                + "to \(now.raw) (\(now.report).\(now.id)): \(arithmetic) = \(claim.show(value))"
            if !spread.isPoint, let low = spread.lower, let high = spread.upper {
                text += ", and the figures are rounded or approximate, so it lies in [\(claim.show(low)), \(claim.show(high))]"
            }
            text += holds ? (claim.isBound ? ", which \(stated.raw) bounds" : ", as stated") : ", not \(stated.raw)"
            if holds, let restriction = RoundingRule.restriction(rules) { text += "; " + restriction }
            // 超过10% only bounds the change, as 50%以上 bounds a rate.
            let verdict: AuditVerdict = holds ? (claim.isBound ? .bound : .reproduced) : .mismatch
            return AuditRow(
                measure: stated, verdict: verdict, formula: formula,
                numerators: [now.id], denominator: previous, arithmetic: arithmetic, computed: value, rules: rules,
                explanation: text, check: .crossReport)
        } catch {
            return nil
        }
    }

    // MARK: Agreements

    /// Two statements of one quantity: they agree when the intervals their wordings allow meet.
    private static func agreementRow(_ figure: Measure, _ stated: Measure, last: Series, why: Agreement) -> AuditRow {
        let other = last.qualified(stated)
        let holds = figure.bounds.meets(stated.bounds)
        let here = "\(figure.raw) (\(figure.subject), \(figure.report).\(figure.id))"
        let there = "\(stated.raw) (\(stated.subject), \(other))"
        var text: String
        switch why {
        case .carriedOver:
            text = "\(here) is what \(last.report.id) left to carry over: \(there)"
        case .recalled:
            text = "\(here) recalls last year's figure; \(last.report.id) stated \(there)"
        case .sameYear:
            text = "\(here) is stated for the same year by \(last.report.id): \(there)"
        }
        text += holds ? "" : ": the two disagree"
        return AuditRow(
            measure: figure, verdict: holds ? .reproduced : .mismatch, formula: "\(figure.id) = \(other)",
            numerators: [other], denominator: nil,
            arithmetic: "\(figure.value) " + (holds ? "=" : "≠") + " \(stated.value)", computed: stated.value,
            rules: [:], explanation: text, check: .crossReport)
    }
}

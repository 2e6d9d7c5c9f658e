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
        // Only reports of one issuer are compared, so a corpus of many issuers costs little more
        // than reading the indicators of those in a series.
        var series: [ReportIssuer: [Int]] = [:]
        for (index, report) in reports.enumerated() {
            if let issuer = ReportIssuer(report) { series[issuer, default: []].append(index) }
        }
        var readings: [Int: IndicatorReading] = [:]
        for members in series.values where members.count > 1 {
            for index in members { readings[index] = IndicatorReading(report: reports[index]) }
        }
        var rows: [AuditRow] = []
        for (index, report) in reports.enumerated() {
            guard let reading = readings[index], let issuer = ReportIssuer(report), let members = series[issuer] else { continue }
            let earlier = members.filter { ReportIssuer.isPreviousYear(reports[$0], of: report) }
            let sameYear = members.filter { $0 < index && ReportIssuer.isSameYear(reports[$0], report) }
            var found: [(start: Int, row: AuditRow)] = []
            for other in earlier {
                guard let lastReading = readings[other] else { continue }
                let last = Series(report: reports[other], reading: lastReading)
                for change in reading.changes {
                    if let row = changeRow(change, last: last) { found.append((change.change.start, row)) }
                }
                for figure in reading.figures {
                    if figure.period == .current, figure.indicator.name == "上年结转",
                        let carried = last.current("结转下年度")
                    {
                        found.append((figure.measure.start, agreementRow(figure.measure, carried, last: last, why: .carriedOver)))
                    }
                    if figure.period == .previous, let stated = last.current(figure.indicator.name) {
                        found.append((figure.measure.start, agreementRow(figure.measure, stated, last: last, why: .recalled)))
                    }
                }
            }
            for other in sameYear {
                guard let twinReading = readings[other] else { continue }
                let twin = Series(report: reports[other], reading: twinReading)
                for figure in reading.figures where figure.period == .current {
                    if let stated = twin.current(figure.indicator.name) {
                        found.append((figure.measure.start, agreementRow(figure.measure, stated, last: twin, why: .sameYear)))
                    }
                }
            }
            rows += found.sorted { $0.start < $1.start }.map(\.row)
        }
        return rows
    }

    /// The other report of a comparison, with the indicators it states for its own year.
    private struct Series {
        var report: Report
        var reading: IndicatorReading

        func current(_ name: String) -> Measure? {
            reading.figures.first { $0.period == .current && $0.indicator.name == name }?.measure
        }

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
                report: stated.report, claim: stated.id, raw: stated.raw, subject: stated.subject, section: stated.section,
                sentence: stated.sentence, verdict: verdict, formula: formula,
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
            report: figure.report, claim: figure.id, raw: figure.raw, subject: figure.subject, section: figure.section,
            sentence: figure.sentence, verdict: holds ? .reproduced : .mismatch, formula: "\(figure.id) = \(other)",
            numerators: [other], denominator: nil,
            arithmetic: "\(figure.value) " + (holds ? "=" : "≠") + " \(stated.value)", computed: stated.value,
            rules: [:], explanation: text, check: .crossReport)
    }
}

/// How near a count stands to the rate it might explain; nearer wins.
enum AuditScope: Int, Comparable {
    case sentence
    case paragraph
    case section

    static func < (lhs: AuditScope, rhs: AuditScope) -> Bool { lhs.rawValue < rhs.rawValue }

    var name: String {
        switch self {
        case .sentence: return "same sentence"
        case .paragraph: return "same paragraph"
        case .section: return "same section"
        }
    }
}

/// One report prepared for auditing: its exact counts, and where each measure stands.
struct AuditContext {
    let report: Report
    /// Counts known exactly (lower == upper), the only ones a rate can be rebuilt from.
    let counts: [Measure]
    /// Counts and amounts stated to a rounding (268.4万户, 1.2亿元), with no qualifier: a share of
    /// them is known only to an interval, which can still reproduce a rate (33.0% ← 268.4万/812.6万).
    let roundedCounts: [Measure]
    private let scalars: [Unicode.Scalar]
    /// Offsets of the line breaks: a paragraph is a line of the report text.
    private let lineBreaks: [Int]
    /// Every candidate pair asks for these, so they are worked out once per measure.
    private var wordsByID: [String: String] = [:]
    private var paragraphByID: [String: Int] = [:]

    init(report: Report) {
        self.report = report
        counts = report.measures.filter { measure in
            measure.kind == .count && measure.lower == measure.value && measure.upper == measure.value
                && measure.value.isInteger && !measure.value.isNegative
        }
        roundedCounts = report.measures.filter { measure in
            (measure.kind == .count || measure.kind == .amount) && measure.approx == nil
                && measure.lower != measure.upper && (measure.lower.map { !$0.isNegative && !$0.isZero } ?? false)
                && measure.upper != nil
        }
        let scalars = Array(report.text.unicodeScalars)
        self.scalars = scalars
        lineBreaks = scalars.indices.filter { scalars[$0] == "\n" }
        for measure in report.measures {
            wordsByID[measure.id] = measure.subject + " " + lead(of: measure)
            paragraphByID[measure.id] = lineIndex(of: measure)
        }
    }

    func paragraph(of measure: Measure) -> Int {
        paragraphByID[measure.id] ?? lineIndex(of: measure)
    }

    private func lineIndex(of measure: Measure) -> Int {
        var low = 0
        var high = lineBreaks.count
        while low < high {
            let middle = (low + high) / 2
            if lineBreaks[middle] < measure.start { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func scope(of count: Measure, around rate: Measure) -> AuditScope? {
        let sameParagraph = paragraph(of: count) == paragraph(of: rate)
        if sameParagraph && count.sentence == rate.sentence { return .sentence }
        if sameParagraph { return .paragraph }
        if count.section == rate.section { return .section }
        return nil
    }

    /// The words that name what a measure counts: its subject and the clause just before it
    /// (`撤销、确认违法、责令履行案件共` before 4件), so a terse subject still matches.
    func words(of measure: Measure) -> String {
        wordsByID[measure.id] ?? measure.subject + " " + lead(of: measure)
    }

    // An opening bracket starts a clause of its own: 受理79件（不予受理7件） is no 受理 of 7.
    private static let clauseBreaks: Set<Unicode.Scalar> = ["，", ",", "；", ";", "。", "、", "：", ":", "|", "｜", "\n", "（", "("]

    private func lead(of measure: Measure) -> String {
        let end = min(max(measure.start, 0), scalars.count)
        var start = end
        while start > 0, end - start < 16, !Self.clauseBreaks.contains(scalars[start - 1]) { start -= 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        return String(text)
    }
}

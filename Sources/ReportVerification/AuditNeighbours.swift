import ReportModel

/// The counts of a report grouped by where they stand, so that a rate looks only at those of its
/// own paragraph, section or sentence. Each group keeps reading order, so every search finds what
/// a scan over all the report's counts found, in the same order; the scan made `audit` quadratic
/// in the length of a report.
struct AuditNeighbours {
    let context: AuditContext
    private let countsByParagraph: [Int: [Int]]
    private let countsBySection: [String: [Int]]
    private let countsBySentence: [Int: [Int]]
    private let roundedCountsByParagraph: [Int: [Measure]]
    private let percentagesByParagraph: [Int: [Measure]]

    init(context: AuditContext) {
        self.context = context
        var byParagraph: [Int: [Int]] = [:], bySection: [String: [Int]] = [:], bySentence: [Int: [Int]] = [:]
        for (index, count) in context.counts.enumerated() {
            byParagraph[context.paragraph(of: count), default: []].append(index)
            bySection[count.section, default: []].append(index)
            if let sentence = context.sentenceKey(of: count) { bySentence[sentence, default: []].append(index) }
        }
        countsByParagraph = byParagraph
        countsBySection = bySection
        countsBySentence = bySentence
        roundedCountsByParagraph = Dictionary(grouping: context.roundedCounts) { context.paragraph(of: $0) }
        percentagesByParagraph = Dictionary(grouping: context.report.measures.filter { $0.kind == .percent }) {
            context.paragraph(of: $0)
        }
    }

    /// The counts of the measure's paragraph: the only ones in its sentence or paragraph.
    func countsInParagraph(of measure: Measure) -> [Measure] {
        (countsByParagraph[context.paragraph(of: measure)] ?? []).map { context.counts[$0] }
    }

    /// The counts of the measure's paragraph and section: every count with a scope around it.
    func countsNear(_ measure: Measure) -> [Measure] {
        let paragraph = countsByParagraph[context.paragraph(of: measure)] ?? []
        let section = countsBySection[measure.section] ?? []
        return Set(paragraph + section).sorted().map { context.counts[$0] }
    }

    /// The counts whose sentence reads as the measure's (in any paragraph).
    func countsInSentence(of measure: Measure) -> [Measure] {
        guard let sentence = context.sentenceKey(of: measure) else {
            return context.counts.filter { $0.sentence == measure.sentence }
        }
        return (countsBySentence[sentence] ?? []).map { context.counts[$0] }
    }

    func roundedCountsInParagraph(of measure: Measure) -> [Measure] {
        roundedCountsByParagraph[context.paragraph(of: measure)] ?? []
    }

    func percentagesInParagraph(of measure: Measure) -> [Measure] {
        percentagesByParagraph[context.paragraph(of: measure)] ?? []
    }
}

import ReportModel

/// The counts of a report grouped by where they stand, so that a rate looks only at those of its
/// own paragraph, section or sentence. Each group keeps reading order, so every search finds what
/// a scan over all the report's counts found, in the same order; the scan made `audit` quadratic
/// in the length of a report.
struct AuditNeighbours {
    let context: AuditContext
    private let countsByParagraph: [Int: [Int]]
    /// By ``AuditContext/sectionKey(of:)``, or by the section as text when measures share an id.
    private let countsBySection: [SectionKey: [Int]]
    private let countsBySentence: [Int: [Int]]
    private let roundedCountsByParagraph: [Int: [Measure]]
    private let percentagesByParagraph: [Int: [Measure]]

    init(context: AuditContext) {
        self.context = context
        var byParagraph: [Int: [Int]] = [:], bySection: [SectionKey: [Int]] = [:], bySentence: [Int: [Int]] = [:]
        for (index, count) in context.counts.enumerated() {
            byParagraph[context.paragraph(of: count), default: []].append(index)
            bySection[Self.sectionKey(of: count, in: context), default: []].append(index)
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
        let section = countsBySection[Self.sectionKey(of: measure, in: context)] ?? []
        // Both lists are in reading order: merged, each count once.
        var merged: [Measure] = []
        merged.reserveCapacity(paragraph.count + section.count)
        var (inParagraph, inSection) = (0, 0)
        while inParagraph < paragraph.count || inSection < section.count {
            let next: Int
            if inSection == section.count || (inParagraph < paragraph.count && paragraph[inParagraph] <= section[inSection]) {
                next = paragraph[inParagraph]
                inParagraph += 1
                if inSection < section.count, section[inSection] == next { inSection += 1 }
            } else {
                next = section[inSection]
                inSection += 1
            }
            merged.append(context.counts[next])
        }
        return merged
    }

    private enum SectionKey: Hashable {
        case number(Int)
        case text(String)
    }

    private static func sectionKey(of measure: Measure, in context: AuditContext) -> SectionKey {
        context.sectionKey(of: measure).map(SectionKey.number) ?? .text(measure.section)
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

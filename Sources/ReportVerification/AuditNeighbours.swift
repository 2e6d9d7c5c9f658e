import ReportModel

/// The counts of a report grouped by where they stand, so that a rate looks only at those of its
/// own paragraph, section or sentence. Each group keeps reading order, so every search finds what
/// a scan over all the report's counts found, in the same order; the scan made `audit` quadratic
/// in the length of a report. Groups hold indices into the report's measures (``AuditMeasureKeys``).
struct AuditNeighbours {
    let context: AuditContext
    private let countsByParagraph: [Int32: [Int32]]
    /// By ``AuditContext/sectionKey(of:)``, or by the section as text when measures share an id.
    private let countsBySection: [SectionKey: [Int32]]
    private let countsBySentence: [Int: [Int32]]
    private let roundedCountsByParagraph: [Int32: [Int32]]
    private let percentagesByParagraph: [Int32: [Int32]]

    private var keys: AuditMeasureKeys { context.keys }

    init(context: AuditContext) {
        self.context = context
        let keys = context.keys
        var byParagraph: [Int32: [Int32]] = [:], bySection: [SectionKey: [Int32]] = [:], bySentence: [Int: [Int32]] = [:]
        // Room for a group a count at most: growing the tables hashed every group again.
        let counts = context.countIndices.count
        byParagraph.reserveCapacity(counts)
        bySection.reserveCapacity(counts)
        bySentence.reserveCapacity(counts)
        for index in context.countIndices {
            byParagraph[keys.paragraph(index), default: []].append(index)
            bySection[Self.sectionKey(of: index, in: context), default: []].append(index)
            if let sentence = context.sentenceKey(of: index) { bySentence[sentence, default: []].append(index) }
        }
        countsByParagraph = byParagraph
        countsBySection = bySection
        countsBySentence = bySentence
        roundedCountsByParagraph = Dictionary(grouping: context.roundedCountIndices, by: keys.paragraph)
        var percentages: [Int32: [Int32]] = [:]
        // By index: the pairs of an enumeration copied every measure, retaining its texts.
        let measures = context.measures
        for index in measures.indices where measures[index].kind == .percent {
            percentages[keys.paragraph(Int32(index)), default: []].append(Int32(index))
        }
        percentagesByParagraph = percentages
    }

    /// The counts of the measure's paragraph: the only ones in its sentence or paragraph.
    func countsInParagraph(of measure: Int32) -> [Int32] {
        countsByParagraph[keys.paragraph(measure)] ?? []
    }

    /// The counts of the measure's paragraph and section: every count with a scope around it.
    func countsNear(_ measure: Int32) -> [Int32] {
        let paragraph = countsByParagraph[keys.paragraph(measure)] ?? []
        let section = countsBySection[Self.sectionKey(of: measure, in: context)] ?? []
        // Both lists are in reading order: merged, each count once.
        var merged: [Int32] = []
        merged.reserveCapacity(paragraph.count + section.count)
        var (inParagraph, inSection) = (0, 0)
        while inParagraph < paragraph.count || inSection < section.count {
            let next: Int32
            if inSection == section.count || (inParagraph < paragraph.count && paragraph[inParagraph] <= section[inSection]) {
                next = paragraph[inParagraph]
                inParagraph += 1
                if inSection < section.count, section[inSection] == next { inSection += 1 }
            } else {
                next = section[inSection]
                inSection += 1
            }
            merged.append(next)
        }
        return merged
    }

    private enum SectionKey: Hashable {
        case number(Int)
        case text(String)
    }

    private static func sectionKey(of index: Int32, in context: AuditContext) -> SectionKey {
        context.sectionKey(of: index).map(SectionKey.number) ?? .text(context.measures[Int(index)].section)
    }

    /// The counts whose sentence reads as the measure's (in any paragraph).
    func countsInSentence(of measure: Int32) -> [Int32] {
        guard let sentence = context.sentenceKey(of: measure) else {
            let measures = context.measures, text = measures[Int(measure)].sentence
            return context.countIndices.filter { measures[Int($0)].sentence == text }
        }
        return countsBySentence[sentence] ?? []
    }

    func roundedCountsInParagraph(of measure: Int32) -> [Int32] {
        roundedCountsByParagraph[keys.paragraph(measure)] ?? []
    }

    func percentagesInParagraph(of measure: Int32) -> [Int32] {
        percentagesByParagraph[keys.paragraph(measure)] ?? []
    }
}

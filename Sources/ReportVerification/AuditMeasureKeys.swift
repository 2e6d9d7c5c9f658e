import ReportModel

/// What the candidate search compares of each measure of a report, read once, in one pass, by the
/// measure's index in ``Report/measures``: its value, unit, paragraph, sentence and section as
/// numbers, and its ``AuditWordFlags``. Candidates are indices; a measure itself is read again only
/// for the rows shown (reading one makes its strings and copying one retains its texts, which cost
/// more than judging the candidates).
///
/// Every key is what the ``AuditContext`` function it stands for gives for that measure, so a
/// comparison of keys answers as the function did; where the context has no number for a measure
/// (a report whose measures share ids), the function itself is asked.
struct AuditMeasureKeys {
    let context: AuditContext
    /// The report's measures: candidates and rows are indices into these.
    let measures: [Measure]
    let values: [Rational]
    /// Numbers the same for units that are equal as strings.
    private let units: [Int32]
    private let paragraphs: [Int32]
    private let sentences: [Int32]
    private let sections: [Int32]
    private let flags: [AuditWordFlags?]
    /// Whether every measure has a sentence and section number and an id of its own: otherwise the
    /// context's functions decide.
    private let numbered: Bool

    init(context: AuditContext) {
        self.context = context
        measures = context.report.measures
        var values: [Rational] = [], units: [Int32] = [], paragraphs: [Int32] = []
        var sentences: [Int32] = [], sections: [Int32] = [], flags: [AuditWordFlags?] = []
        values.reserveCapacity(measures.count)
        units.reserveCapacity(measures.count)
        paragraphs.reserveCapacity(measures.count)
        sentences.reserveCapacity(measures.count)
        sections.reserveCapacity(measures.count)
        flags.reserveCapacity(measures.count)
        var numbered = context.wordsAreEachMeasures
        var unitNumbers: [String: Int32] = [:]
        var lastUnit: (text: String, number: Int32)?
        for measure in measures {
            values.append(measure.value)
            let unit = measure.unit
            // Figures of one unit follow one another: only a unit unlike the last is hashed.
            if let last = lastUnit, last.text.hasSameBytes(as: unit) {
                units.append(last.number)
            } else {
                let number = unitNumbers[unit] ?? Int32(unitNumbers.count)
                if number == unitNumbers.count { unitNumbers[unit] = number }
                lastUnit = (unit, number)
                units.append(number)
            }
            let paragraph = measure.paragraph
            paragraphs.append(Int32(truncatingIfNeeded: paragraph))
            if Int(Int32(truncatingIfNeeded: paragraph)) != paragraph { numbered = false }
            let sentence = context.sentenceKey(of: measure), section = context.sectionKey(of: measure)
            if sentence == nil || section == nil { numbered = false }
            sentences.append(Int32(truncatingIfNeeded: sentence ?? -1))
            sections.append(Int32(truncatingIfNeeded: section ?? -1))
            flags.append(context.wordFlags(of: measure))
        }
        self.values = values
        self.units = units
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sections = sections
        self.flags = flags
        self.numbered = numbered
    }

    func paragraph(_ index: Int32) -> Int32 { paragraphs[Int(index)] }

    func sameUnit(_ one: Int32, _ other: Int32) -> Bool { units[Int(one)] == units[Int(other)] }

    /// A number for the measure's unit, the same for units equal as strings.
    func unitNumber(_ index: Int32) -> Int32 { units[Int(index)] }

    /// ``Measure/hasSameID(as:)``: with ids each measure's own, only a measure has its id.
    func sameID(_ one: Int32, _ other: Int32) -> Bool {
        one == other || (!numbered && measures[Int(one)].hasSameID(as: measures[Int(other)]))
    }

    /// ``AuditContext/inSameSentence(_:_:)``.
    func inSameSentence(_ one: Int32, _ other: Int32) -> Bool {
        guard numbered else { return context.inSameSentence(measures[Int(one)], measures[Int(other)]) }
        return sentences[Int(one)] == sentences[Int(other)]
    }

    /// ``AuditContext/scope(of:around:)``.
    func scope(of count: Int32, around rate: Int32) -> AuditScope? {
        guard numbered else { return context.scope(of: measures[Int(count)], around: measures[Int(rate)]) }
        let (count, rate) = (Int(count), Int(rate))
        if paragraphs[count] == paragraphs[rate] { return sentences[count] == sentences[rate] ? .sentence : .paragraph }
        return sections[count] == sections[rate] ? .section : nil
    }

    /// ``AuditContext/namesNumerator(_:of:)``.
    func namesNumerator(_ index: Int32, of family: RateFamily) -> Bool {
        if let flags = flags[Int(index)] { return flags.namesNumerator(of: family) }
        return context.namesNumerator(measures[Int(index)], of: family)
    }

    /// ``AuditContext/namesBase(_:of:)``.
    func namesBase(_ index: Int32, of family: RateFamily) -> Bool {
        if let flags = flags[Int(index)] { return flags.namesBase(of: family) }
        return context.namesBase(measures[Int(index)], of: family)
    }

    /// ``AuditContext/namesTotal(_:)``.
    func namesTotal(_ index: Int32) -> Bool {
        if let flags = flags[Int(index)] { return flags.namesTotal }
        return context.namesTotal(measures[Int(index)])
    }

    /// ``AuditContext/namesTableTotal(_:)``.
    func namesTableTotal(_ index: Int32) -> Bool {
        if let flags = flags[Int(index)] { return flags.namesTableTotal }
        return context.namesTableTotal(measures[Int(index)])
    }

    /// ``AuditContext/affinity(of:numerators:base:)``.
    func affinity(of family: RateFamily, numerators: MeasureIndices, base: Int32) -> Int {
        (numerators.allSatisfy { namesNumerator($0, of: family) } ? 1 : 0) + (namesBase(base, of: family) ? 1 : 0)
    }
}

import ReportModel

/// The context's questions about measures, asked of their indices in the report's measures and
/// answered from ``AuditContext/keys``. Each answers as the function of the same name about the
/// measures does; while ids are not each measure's own, that function is asked.
extension AuditContext {
    var measures: [Measure] { report.measures }

    /// ``Measure/hasSameID(as:)``: with ids each measure's own, only a measure has its id.
    func sameID(_ one: Int32, _ other: Int32) -> Bool {
        one == other || (!wordsAreEachMeasures && measures[Int(one)].hasSameID(as: measures[Int(other)]))
    }

    func inSameSentence(_ one: Int32, _ other: Int32) -> Bool {
        guard wordsAreEachMeasures else { return inSameSentence(measures[Int(one)], measures[Int(other)]) }
        return keys.sentences[Int(one)] == keys.sentences[Int(other)]
    }

    func scope(of count: Int32, around rate: Int32) -> AuditScope? {
        guard wordsAreEachMeasures else { return scope(of: measures[Int(count)], around: measures[Int(rate)]) }
        if keys.paragraph(count) == keys.paragraph(rate) {
            return keys.sentences[Int(count)] == keys.sentences[Int(rate)] ? .sentence : .paragraph
        }
        return keys.sections[Int(count)] == keys.sections[Int(rate)] ? .section : nil
    }

    /// ``sentenceKey(of:)`` of the measure at `index`.
    func sentenceKey(of index: Int32) -> Int? {
        wordsAreEachMeasures ? Int(keys.sentences[Int(index)]) : sentenceKey(of: measures[Int(index)])
    }

    /// ``sectionKey(of:)`` of the measure at `index`.
    func sectionKey(of index: Int32) -> Int? {
        wordsAreEachMeasures ? Int(keys.sections[Int(index)]) : nil
    }

    func namesNumerator(_ index: Int32, of family: RateFamily) -> Bool {
        if let flags = keys.flags[Int(index)] { return flags.namesNumerator(of: family) }
        return namesNumerator(measures[Int(index)], of: family)
    }

    func namesBase(_ index: Int32, of family: RateFamily) -> Bool {
        if let flags = keys.flags[Int(index)] { return flags.namesBase(of: family) }
        return namesBase(measures[Int(index)], of: family)
    }

    func namesTotal(_ index: Int32) -> Bool {
        if let flags = keys.flags[Int(index)] { return flags.namesTotal }
        return namesTotal(measures[Int(index)])
    }

    func namesTableTotal(_ index: Int32) -> Bool {
        if let flags = keys.flags[Int(index)] { return flags.namesTableTotal }
        return namesTableTotal(measures[Int(index)])
    }

    func affinity(of family: RateFamily, numerators: MeasureIndices, base: Int32) -> Int {
        (numerators.allSatisfy { namesNumerator($0, of: family) } ? 1 : 0) + (namesBase(base, of: family) ? 1 : 0)
    }
}

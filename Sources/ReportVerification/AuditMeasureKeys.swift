import ReportModel

/// What the candidate search compares of each measure of a report, by the measure's index in
/// ``Report/measures``: its value, unit, paragraph, sentence and section as numbers, and its
/// ``AuditWordFlags``, read once while ``AuditContext`` reads the measure. Candidates are indices
/// (``AuditContext`` answers for them as for measures); a measure itself is read again only for
/// the rows shown: reading one makes its strings, and copying one retains its texts, which cost
/// more than judging the candidates.
struct AuditMeasureKeys {
    private(set) var values: [Rational] = []
    /// Numbers the same for units that are equal as strings.
    private var units: [Int32] = []
    private var paragraphs: [Int32] = []
    /// ``AuditContext/sentenceKey(of:)`` and the section's number, each measure's own: what the
    /// context gives while ids are each measure's own.
    private(set) var sentences: [Int32] = []
    private(set) var sections: [Int32] = []
    private(set) var flags: [AuditWordFlags?] = []
    private var unitNumbers: [String: Int32] = [:]
    private var lastUnit: (text: String, number: Int32)?

    init(capacity: Int) {
        values.reserveCapacity(capacity)
        units.reserveCapacity(capacity)
        paragraphs.reserveCapacity(capacity)
        sentences.reserveCapacity(capacity)
        sections.reserveCapacity(capacity)
        flags.reserveCapacity(capacity)
    }

    /// The keys of the next measure.
    mutating func append(
        value: Rational, unit: String, paragraph: Int, sentence: Int, section: Int, flags: AuditWordFlags?
    ) {
        values.append(value)
        // Figures of one unit follow one another: only a unit unlike the last is hashed.
        if let last = lastUnit, last.text.hasSameBytes(as: unit) {
            units.append(last.number)
        } else {
            let number = unitNumbers[unit] ?? Int32(unitNumbers.count)
            if number == unitNumbers.count { unitNumbers[unit] = number }
            lastUnit = (unit, number)
            units.append(number)
        }
        // A paragraph index is at most Int32.max (``Measure/maximumOffset``).
        paragraphs.append(Int32(truncatingIfNeeded: paragraph))
        sentences.append(Int32(truncatingIfNeeded: sentence))
        sections.append(Int32(truncatingIfNeeded: section))
        self.flags.append(flags)
    }

    /// Flags to read instead of each measure's own (those of its id's place when ids repeat).
    mutating func takeFlags(_ flags: [AuditWordFlags?]) {
        self.flags = flags
    }

    /// The sum of the values at `indices` (one at least). Counts are whole numbers of 64 bits,
    /// added as such: ``Rational/adding(_:)`` reduced every partial sum, for every sum of counts
    /// the audit tries.
    func sum(of indices: MeasureIndices) throws(ArithmeticError) -> Rational {
        var total: Int64 = 0
        for index in indices {
            let value = values[Int(index)]
            guard value.denominator == 1, let whole = Int64(exactly: value.numerator) else { return try exactSum(of: indices) }
            let (sum, overflow) = total.addingReportingOverflow(whole)
            guard !overflow else { return try exactSum(of: indices) }
            total = sum
        }
        return Rational(Int128(total))
    }

    private func exactSum(of indices: MeasureIndices) throws(ArithmeticError) -> Rational {
        // A rational is kept in lowest terms, so a sum starts from its first value, not from zero.
        var total = values[Int(indices[0])]
        for index in indices.dropFirst() { total = try total.adding(values[Int(index)]) }
        return total
    }

    func paragraph(_ index: Int32) -> Int32 { paragraphs[Int(index)] }

    func sameUnit(_ one: Int32, _ other: Int32) -> Bool { units[Int(one)] == units[Int(other)] }

    /// A number for the measure's unit, the same for units equal as strings.
    func unitNumber(_ index: Int32) -> Int32 { units[Int(index)] }
}

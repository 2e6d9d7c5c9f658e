/// Which of the genre's words a count's words name: as each rate family's numerator or base
/// (``RateFamily``), or as a total (``TotalWords``). Every candidate pair asks, so a count's are
/// worked out once, not once per pair.
struct AuditWordFlags {
    /// Bit i for ``RateFamily/all``[i].
    private var numerator: UInt32 = 0
    private var base: UInt32 = 0
    let namesTotal: Bool
    let namesTableTotal: Bool

    init(_ words: String) {
        for (index, family) in RateFamily.all.enumerated() {
            if family.namesNumerator(words) { numerator |= 1 << index }
            if family.namesBase(words) { base |= 1 << index }
        }
        namesTotal = TotalWords.names(words)
        namesTableTotal = TotalWords.namesTableTotal(words)
    }

    func namesNumerator(of family: RateFamily) -> Bool { numerator & (1 << family.index) != 0 }

    func namesBase(of family: RateFamily) -> Bool { base & (1 << family.index) != 0 }
}

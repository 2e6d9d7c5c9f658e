import ReportModel

/// What the audit works out once per measure of a report: the words that name it, its sentence
/// as a number, and which of the genre's words those name.
struct MeasurePlace {
    /// Where the measure's words stand in ``MeasurePlaces/wordBytes``: its subject, a space and the
    /// clause before it.
    var words: Range<Int>
    /// The UTF-8 length of the subject that the words start with.
    var subjectLength: Int
    var sentence: Int
    /// The measure's section as a number, the same for every measure of that section.
    var section: Int
    /// Only for counts and amounts, the measures paired as parts and bases.
    var flags: AuditWordFlags?
}

/// ``MeasurePlace``s found by a measure's id without making the id: reading `mN` as text costs
/// more than the lookup, and every pair of figures asks for two. Ids `m1`, `m2`, … (what
/// extraction gives) are positions in an array; any other id is a key of a dictionary.
struct MeasurePlaces {
    private var byNumber: [MeasurePlace?] = []
    private var byName: [String: MeasurePlace] = [:]
    /// Numbers up to this are kept in the array, so a stray `m4000000000` from a model file does
    /// not allocate an array that long.
    private static let largestNumberKept = 1 << 20
    /// Whether two measures had one id (a model file may say so), so that a measure's place may be
    /// another's.
    private(set) var repeatsAnID = false
    /// Every measure's words, one after another, as UTF-8 bytes: a string of each measure's cost
    /// more than the rest of preparing it (checking it as UTF-8 above all), and most are only
    /// searched as bytes.
    private var wordBytes: [UInt8] = []

    /// Appends the words of a measure of this `subject` and `before` to ``wordBytes``: its subject,
    /// a space and the clause just before it (at most 16 scalars, back to a clause break). Returns
    /// where they stand and the subject's length.
    mutating func appendWords(
        subject: UnsafeBufferPointer<UInt8>, before: UnsafeBufferPointer<UInt8>
    ) -> (words: Range<Int>, subjectLength: Int) {
        let start = wordBytes.count
        Self.appendWords(subject: subject, before: before, to: &wordBytes)
        return (start..<wordBytes.count, subject.count)
    }

    /// ``appendWords(subject:before:)`` into `bytes`.
    static func appendWords(
        subject: UnsafeBufferPointer<UInt8>, before: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]
    ) {
        let lead = before[UTF8ScalarSet.clauseBreaks.tailStart(of: before, atMost: 16)...]
        bytes.append(contentsOf: subject)
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: lead))
    }

    /// The bytes of `range` of ``wordBytes``, for as long as `body` runs.
    func withWordBytes<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        wordBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    mutating func insert(_ place: MeasurePlace, for measure: Measure) {
        if let number = measure.idNumber, number <= Self.largestNumberKept {
            if number >= byNumber.count {
                // Ids come in order, one more each time: room is made for many at once, and the
                // place appended after a gap for any id skipped (appending a sequence of one nil and
                // setting it cost more than the rest of keeping a place).
                if number >= byNumber.capacity { byNumber.reserveCapacity(max(number + 1, byNumber.capacity * 2)) }
                if number > byNumber.count { byNumber.append(contentsOf: repeatElement(nil, count: number - byNumber.count)) }
                byNumber.append(place)
            } else {
                if byNumber[number] != nil { repeatsAnID = true }
                byNumber[number] = place
            }
        } else {
            if byName[measure.id] != nil { repeatsAnID = true }
            byName[measure.id] = place
        }
    }

    subscript(measure: Measure) -> MeasurePlace? {
        if let number = measure.idNumber, number <= Self.largestNumberKept {
            return number < byNumber.count ? byNumber[number] : nil
        }
        return byName[measure.id]
    }
}

extension Measure {
    /// Whether the two have one id, without making either when both are `mN`.
    func hasSameID(as other: Measure) -> Bool {
        if let number = idNumber, let otherNumber = other.idNumber { return number == otherNumber }
        return id == other.id
    }
}

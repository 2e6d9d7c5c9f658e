import ReportExtraction
import ReportModel

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

/// One report prepared for auditing: its exact counts, and where each measure stands, read from
/// the model alone (a paragraph index and the text before each figure), never from the text.
struct AuditContext {
    let report: Report
    /// The places in the report's measures of the counts known exactly (lower == upper), the only
    /// ones a rate can be rebuilt from.
    let countIndices: [Int32]
    /// The places of the counts and amounts stated to a rounding (268.4万户, 1.2亿元), with no
    /// qualifier: a share of them is known only to an interval, which can still reproduce a rate
    /// (33.0% ← 268.4万/812.6万).
    let roundedCountIndices: [Int32]
    /// The ids of the rounded counts, only while ids are not each measure's own (then an exact
    /// count with a rounded one's id is taken for rounded too); else empty, and the places tell.
    let roundedCountIDs: Set<String>
    /// What the candidate search compares of each measure, by its place in the report's measures.
    let keys: AuditMeasureKeys
    /// Every candidate pair asks for these, so they are worked out once per measure: the words
    /// that name it, and its sentence as a number (comparing two sentences of CJK text as strings
    /// normalises both, and the audit compares them for every pair of figures). Found by the
    /// measure's id without making it (``MeasurePlaces``).
    private var places = MeasurePlaces()
    /// The report's tables with the figures in their cells, by table id.
    let tables: [String: TableFigures]

    init(report: Report) {
        self.report = report
        var countIndices: [Int32] = [], roundedCountIndices: [Int32] = []
        var keys = AuditMeasureKeys(capacity: report.measures.count)
        var cellFigures = MeasuresByTable()
        var sentences = TextNumbering(capacity: report.measures.count)
        var places = MeasurePlaces()
        // The measure before by its index: a copy of it kept, and the pairs of the enumeration
        // copied, retained each measure's texts some four times (5.5 M instructions on the bench sample).
        var last: (index: Int, text: String, key: Int, section: Int)?
        // Sections too: a section is made from the outline at every read, so pairs compare numbers.
        var sections = TextNumbering(capacity: report.measures.count)
        // One pass reads each measure's fields once, for every list and key made of them.
        let measures = report.measures
        for index in measures.indices {
            let measure = measures[index]
            let value = measure.value, lower = measure.lower, upper = measure.upper
            if Self.isExactCount(measure.kind, value: value, lower: lower, upper: upper) {
                countIndices.append(Int32(index))
            } else if Self.isRoundedCount(measure.kind, lower: lower, upper: upper, approx: { measure.approx }) {
                roundedCountIndices.append(Int32(index))
            }
            if let table = measure.table { cellFigures.append(measure, table: table) }
            let text: String
            let sentence: Int
            if let last, measure.hasSameStoredSentence(as: measures[last.index]) {
                // The figure before's sentence, kept by the report as one string: not made again.
                (text, sentence) = (last.text, last.key)
            } else {
                // Read once: a measure's sentence is made from the report's texts at every read.
                text = measure.sentence
                sentence = sentences.number(of: text)
            }
            // The figure before's section, when the report keeps it as one string: not made again.
            let section: Int
            if let last, measure.hasSameStoredSection(as: measures[last.index]) {
                section = last.section
            } else {
                section = sections.number(of: measure.section)
            }
            last = (index, text, sentence, section)
            // Only counts and amounts are paired as parts and bases, so only theirs are read per pair.
            let isPaired = measure.kind == .count || measure.kind == .amount
            var words = 0..<0, subjectLength = 0, flags: AuditWordFlags?
            // The subject and the text before are read as the report keeps them, not made strings
            // first: making them cost more than the words (23 M instructions against 13 M on the
            // bench sample).
            measure.withSubjectAndBeforeBytes { subject, before in
                (words, subjectLength) = places.appendWords(subject: subject, before: before)
                if isPaired { flags = places.withWordBytes(words) { AuditWordFlags(bytes: $0) } }
            }
            places.insert(
                MeasurePlace(words: words, subjectLength: subjectLength, sentence: sentence, section: section, flags: flags),
                for: measure)
            keys.append(
                value: value, unit: measure.unit, paragraph: measure.paragraph, sentence: sentence, section: section,
                flags: flags)
        }
        // With an id shared, a measure's place is the last of its id's, as ``places`` gives it.
        if places.repeatsAnID { keys.takeFlags(report.measures.map { places[$0]?.flags }) }
        self.places = places
        self.countIndices = countIndices
        self.roundedCountIndices = roundedCountIndices
        roundedCountIDs =
            places.repeatsAnID ? Set(roundedCountIndices.map { report.measures[Int($0)].id }) : []
        self.keys = keys
        let figuresByTable = cellFigures.grouped()
        tables = Dictionary(
            uniqueKeysWithValues: report.tables.map {
                ($0.id, TableFigures(table: $0, measures: figuresByTable[$0.id] ?? []))
            })
    }

    /// Whether a measure of this kind, value and bounds is one of ``countIndices``.
    private static func isExactCount(_ kind: MeasureKind, value: Rational, lower: Rational?, upper: Rational?) -> Bool {
        kind == .count && lower == value && upper == value && value.isInteger && !value.isNegative
    }

    /// Whether a measure of this kind, bounds and qualifier is one of ``roundedCountIndices``.
    private static func isRoundedCount(
        _ kind: MeasureKind, lower: Rational?, upper: Rational?, approx: () -> String?
    ) -> Bool {
        (kind == .count || kind == .amount) && approx() == nil && lower != upper
            && (lower.map { !$0.isNegative && !$0.isZero } ?? false) && upper != nil
    }

    func scope(of count: Measure, around rate: Measure) -> AuditScope? {
        let sameParagraph = count.paragraph == rate.paragraph
        if sameParagraph && inSameSentence(count, rate) { return .sentence }
        if sameParagraph { return .paragraph }
        if inSameSection(count, rate) { return .section }
        return nil
    }

    /// Whether two measures stand in one section (read as bytes, numbered once per measure).
    func inSameSection(_ one: Measure, _ other: Measure) -> Bool {
        guard wordsAreEachMeasures, let first = places[one]?.section, let second = places[other]?.section else {
            return one.section == other.section
        }
        return first == second
    }

    /// A number for the measure's section, the same for every measure of that section; nil when
    /// measures share an id, so that one's number may be another's.
    func sectionKey(of measure: Measure) -> Int? {
        wordsAreEachMeasures ? places[measure]?.section : nil
    }

    /// The words that name what a measure counts: its subject, a space and the clause just before
    /// it (`撤销、确认违法、责令履行案件共` before 4件), so a terse subject still matches.
    func words(of measure: Measure) -> String {
        withWordBytes(of: measure) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether ``words(of:)`` contains `word`, read in place: asked of counts one after another,
    /// where making each one's words a String cost more than the search.
    func words(of measure: Measure, containWord word: String) -> Bool {
        withWordBytes(of: measure) { $0.containsWord(word, notAfter: []) }
    }

    /// The bytes of ``words(of:)``, read in place for as long as `body` runs.
    func withWordBytes<Result>(of measure: Measure, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let place = places[measure] else {
            var words: [UInt8] = []
            measure.withSubjectAndBeforeBytes { MeasurePlaces.appendWords(subject: $0, before: $1, to: &words) }
            return words.withUnsafeBufferPointer(body)
        }
        return places.withWordBytes(place.words, body)
    }

    /// Whether ``words(of:)`` is each measure's own, its subject included: false when two measures
    /// of the report have one id.
    var wordsAreEachMeasures: Bool { !places.repeatsAnID }

    /// The bytes of the measure's subject, cut from its words, which start with it, for as long as
    /// `body` runs: a table cell's subject is made from its row's and column's labels at every read,
    /// and a string of it would be made only to be searched.
    func withSubjectBytes<Result>(of measure: Measure, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard wordsAreEachMeasures, let place = places[measure] else { return measure.subject.withUTF8Bytes(body) }
        return places.withWordBytes(place.words.prefix(place.subjectLength), body)
    }

    /// Whether the measure's words name the family's numerator (read from its ``AuditWordFlags``
    /// when it is a count).
    func namesNumerator(_ measure: Measure, of family: RateFamily) -> Bool {
        if let flags = places[measure]?.flags { return flags.namesNumerator(of: family) }
        return family.namesNumerator(words(of: measure))
    }

    func namesBase(_ measure: Measure, of family: RateFamily) -> Bool {
        if let flags = places[measure]?.flags { return flags.namesBase(of: family) }
        return family.namesBase(words(of: measure))
    }

    /// Whether the measure's words name a total (``TotalWords/names(_:)``).
    func namesTotal(_ measure: Measure) -> Bool {
        if let flags = places[measure]?.flags { return flags.namesTotal }
        return TotalWords.names(words(of: measure))
    }

    func namesTableTotal(_ measure: Measure) -> Bool {
        if let flags = places[measure]?.flags { return flags.namesTableTotal }
        return TotalWords.namesTableTotal(words(of: measure))
    }

    /// The measure's ``AuditWordFlags``: nil but for counts and amounts.
    func wordFlags(of measure: Measure) -> AuditWordFlags? {
        places[measure]?.flags
    }

    /// Whether the measure's words certainly name no stage of ``FunnelOrder/stages`` (read from its
    /// ``AuditWordFlags``; false when it has none).
    func namesNoStage(_ measure: Measure) -> Bool {
        places[measure]?.flags.map { !$0.mayNameAStage } ?? false
    }

    /// ``RateFamily/affinity(numerators:base:)`` of the measures' words.
    func affinity(of family: RateFamily, numerators: [Measure], base: Measure) -> Int {
        (numerators.allSatisfy { namesNumerator($0, of: family) } ? 1 : 0) + (namesBase(base, of: family) ? 1 : 0)
    }

    /// Whether two measures stand in sentences that read alike (in any paragraph).
    func inSameSentence(_ one: Measure, _ other: Measure) -> Bool {
        guard let first = places[one]?.sentence, let second = places[other]?.sentence else {
            return one.sentence == other.sentence
        }
        return first == second
    }

    /// A number for the measure's sentence, the same for every measure whose sentence reads alike.
    func sentenceKey(of measure: Measure) -> Int? {
        places[measure]?.sentence
    }

    /// Whether the rate is a change (同比增长35.2%, 下降了5.9%, 增幅为12%) rather than a level reached
    /// (提高到88.3%): a change is over last year's figure, never a share of this year's counts.
    func statesChange(_ rate: Measure) -> Bool {
        // Read in the bytes before the rate, in place: a string of its last scalars, stepped through
        // as scalars, cost more than the rest of the question.
        var states = false
        rate.withBeforeBytes { bytes in states = Self.endsWithChangeWord(bytes) }
        return states
    }

    /// Whether the text before a rate ends with a change word, past the ``UTF8ScalarSet/changeFillers`` after it
    /// (增长了, 增幅为): the last two scalars before the fillers (the last one, when it is all the
    /// text has), and not when the last is 到 or 至 (提高到 is a level reached).
    private static func endsWithChangeWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = UTF8ScalarSet.changeFillers.endBeforeMembers(of: bytes)
        guard end > 0 else { return false }
        let last = bytes.scalarStart(before: end)
        guard !levelReachedSet.contains(bytes[last..<end]) else { return false }
        let tail = bytes[(last > 0 ? bytes.scalarStart(before: last) : last)..<end]
        // Below U+F000 (no UTF-8 lead byte 0xEF or above) no scalar is a compatibility ideograph
        // (U+F900…, U+2F800…), the only scalars that stand for a plain ideograph as text: such a
        // tail equals a word as text when it has the word's bytes. Any other is compared as text.
        guard tail.contains(where: { $0 >= 0xEF }) else { return changeWordBytes.contains { $0.elementsEqual(tail) } }
        return changeWords.contains(String(decoding: UnsafeBufferPointer(rebasing: tail), as: UTF8.self))
    }

    private static let changeWords = GrowthWords.increase + GrowthWords.decrease + ["增幅", "降幅", "涨幅"]
    private static let changeWordBytes = changeWords.map { Array($0.utf8) }

    private static let levelReachedSet = UTF8ScalarSet(["到", "至"])

    /// Whether the rate is last year's (由上年的25%, 比去年同期（95.1%）, 上年为12.0%): this year's
    /// counts do not give it. Brackets do not end the clause here: they hold last year's figures.
    func statesLastYear(_ rate: Measure) -> Bool {
        // Searched for in the tail's bytes in place, no string made of it.
        var states = false
        rate.withBeforeBytes { bytes in
            let start = Self.sentenceBreaks.tailStart(of: bytes, atMost: 10)
            let tail = UnsafeBufferPointer(rebasing: bytes[start...])
            states = Self.lastYearWords.contains { word in word.withUnsafeBufferPointer { tail.firstOffset(of: $0) != nil } }
        }
        return states
    }

    private static let lastYearWords = ["上年", "去年", "同期", "上一年"].map { Array($0.utf8) }

    private static let sentenceBreaks = UTF8ScalarSet(["，", ",", "；", ";", "。", "：", ":", "|", "｜", "\n"])

    /// The whole that a sentence opening 其中 or 在…中 divides into parts, stated before it in the
    /// paragraph: with 在办结的申请中 the nearest count named 办结; with 其中 the largest count of
    /// each unit before the sentence (共排查矛盾纠纷386件，调处成功372件。其中，… → 386).
    /// `paragraphCounts` are the counts of the rate's paragraph, in reading order; all are indices
    /// into the report's measures (``AuditMeasureKeys``).
    func wholes(before rate: Int32, amongCountsOfItsParagraph paragraphCounts: [Int32]) -> [Int32] {
        let rateMeasure = measures[Int(rate)]
        // Told from the first scalar's bytes, no string made: a sentence that opens with 在 or 其中
        // opens with one of those scalars, which nothing else is equal to as text.
        guard Self.opensWithZaiOrQi(rateMeasure) else { return [] }
        let sentence = rateMeasure.sentence.trimmingSpaces
        // Most sentences open with neither: their counts are not read.
        guard sentence.hasPrefix("在") || sentence.hasPrefix("其中") else { return [] }
        let rateStart = rateMeasure.start
        let before = paragraphCounts.filter {
            keys.paragraph($0) == keys.paragraph(rate) && !inSameSentence($0, rate)
                && measures[Int($0)].end <= rateStart
        }
        if sentence.hasPrefix("在"), sentence.unicodeScalars.prefix(16).contains("中"),
            let inner = sentence.unicodeScalars.prefix(16).split(separator: "中").first?.dropFirst(),
            let head = String(String.UnicodeScalarView(inner)).split(separator: "的").first.map(String.init), !head.isEmpty
        {
            return before.last { words(of: measures[Int($0)], containWord: head) }.map { [$0] } ?? []
        }
        guard sentence.hasPrefix("其中") else { return [] }
        let largestByUnit = Dictionary(grouping: before, by: keys.unitNumber).compactMap {
            $0.value.max { keys.values[Int($0)] < keys.values[Int($1)] }
        }
        return largestByUnit.sorted { measures[Int($0)].start < measures[Int($1)].start }
    }

    /// Whether the measure's sentence, past its spaces (``Swift/String/trimmingSpaces``, which
    /// trims White_Space), opens with the scalar 在 or 其.
    private static func opensWithZaiOrQi(_ measure: Measure) -> Bool {
        var opens = false
        measure.withSentenceBytes { bytes in
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                guard scalar.properties.isWhitespace else {
                    opens = scalar == "在" || scalar == "其"
                    return
                }
            }
        }
        return opens
    }
}

/// A report's table figures by table id, each table's in reading order. The figures of one table
/// follow one another: only a table id unlike the last is hashed (hashing every figure's cost more
/// than the rest of grouping them).
private struct MeasuresByTable {
    private var byTable: [String: [Measure]] = [:]
    /// The figures of the table met last, not yet in ``byTable``.
    private var run: (table: String, measures: [Measure])?

    mutating func append(_ measure: Measure, table: String) {
        // Not bound to a name: a second reference to the run's figures would copy them to append.
        if run?.table.hasSameBytes(as: table) == true {
            run?.measures.append(measure)
        } else {
            endRun()
            run = (table, [measure])
        }
    }

    mutating func grouped() -> [String: [Measure]] {
        endRun()
        return byTable
    }

    private mutating func endRun() {
        if let run { byTable[run.table, default: []].append(contentsOf: run.measures) }
        run = nil
    }
}

import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLoading
@testable import ReportModel

/// A report's measures share their strings (spans of the report text and of one pool) and stay
/// values: reading them gives what was stored, and changing one changes no other.
struct MeasureStorageTests {
    /// The measures as extraction hands them over, each with strings of its own.
    struct Uncompacted: ReportConsumer {
        var measures: [Measure] = []
        mutating func begin(_ report: Report) {}
        mutating func add(_ measure: Measure) { measures.append(measure) }
        mutating func end() {}
    }

    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    static let texts = [
        "suizhou-2023.txt", "qingshi-county-govinfo-2023.txt", "linjiang-pdf-2023.txt", "baihe-county-govinfo-2023.txt",
        "shuili-ministry-2023.txt", "yunxi-county-2023.txt",
    ]

    private func fields(_ measure: Measure) -> [String] {
        [
            measure.id, "\(measure.value)", measure.unit, measure.raw, measure.kind.rawValue, measure.approx ?? "-",
            measure.lower.map { "\($0)" } ?? "-", measure.upper.map { "\($0)" } ?? "-", "\(measure.decimals)",
            measure.subject, measure.section, measure.heading, measure.sentence, "\(measure.paragraph)", measure.before,
            "\(measure.start)", "\(measure.end)", measure.report, measure.table ?? "-",
            measure.cell.map { "\($0.row),\($0.col)" } ?? "-",
        ]
    }

    @Test(arguments: texts)
    func compactedMeasuresReadAsTheyWereMade(name: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        var uncompacted = Uncompacted()
        ReportExtractor.extract(text: text, id: "report", into: &uncompacted)
        var report = ReportExtractor.extract(text: text, id: "report")
        report.compact()
        #expect(report.measures.map(fields) == uncompacted.measures.map(fields))
        #expect(report.measures == uncompacted.measures)
    }

    /// A report collected to be held takes each figure as extraction found it, spans and all, and
    /// its measures read as those made first and compacted after.
    @Test(arguments: texts)
    func measuresTakenAsExtractedReadAsThoseCompactedAfter(name: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        var collector = ReportCollector(compacting: true)
        ReportExtractor.extract(text: text, id: "report", into: &collector)
        let taken = try #require(collector.reports.first)
        var report = ReportExtractor.extract(text: text, id: "report")
        report.compact()
        #expect(!taken.measures.isEmpty)
        #expect(taken.measures.map(fields) == report.measures.map(fields))
        #expect(taken.measures.allSatisfy { $0.texts === taken.measures[0].texts && !$0.texts.holdsFieldsAlone })
        #expect(taken.tables == report.tables)
    }

    @Test(arguments: texts)
    func aReportsMeasuresShareTheTextTheyStandIn(name: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        var report = ReportExtractor.extract(text: text, id: "report")
        report.compact()
        let first = try #require(report.measures.first)
        #expect(report.measures.allSatisfy { $0.texts === first.texts })
        #expect(report.measures.allSatisfy { !first.texts.strings[Int($0.sentenceIndex)].isInPool })
        // Nearly every figure's `raw` and `before` are where it stands in the text; the others are
        // in the pool, one after the other.
        let pooledFigures = report.measures.filter { $0.rawSpan.isInPool }
        #expect(pooledFigures.count * 20 <= report.measures.count)
        // Strings kept once: the pool holds each subject, section, heading and table cell's text
        // and labels not in the text once.
        let pooled = Set(
            report.measures.map(\.subjectSpan)
                + report.measures.flatMap {
                    [first.texts.outline[Int($0.sectionIndex)], first.texts.outline[Int($0.headingIndex)]]
                }
                + report.tables.flatMap(\.cells).flatMap { cell in
                    [cell.textIndex, cell.rowPathIndex, cell.colPathIndex].map { first.texts.strings[Int($0)] }
                }
        ).filter { $0.isInPool && $0.count > 0 }
        let figureBytes = pooledFigures.reduce(0) { $0 + $1.rawSpan.count + $1.beforeSpan.count }
        // Joined strings (a table figure's labels, a heading's titles) keep in the pool only their
        // separators and the parts not in the text.
        let joinedParts = Set(first.texts.joins.filter { $0.isInPool && $0.count > 0 })
        // So do pairs (a table figure's subject with a `·`, among the strings or in its measure):
        // their two strings, each kept once.
        let pairParts = Set(
            (first.texts.strings + report.measures.map(\.subjectSpan)).filter(\.isPair).flatMap {
                [first.texts.strings[$0.firstOfPair], first.texts.strings[$0.secondOfPair]]
            }.filter { $0.isInPool && $0.count > 0 })
        #expect(
            first.texts.pool.count == pooled.union(joinedParts).union(pairParts).reduce(figureBytes) { $0 + $1.count })
        if name.contains("govinfo") {
            #expect(report.measures.contains { $0.table != nil && $0.subjectSpan.isJoined })
        }
    }

    /// Compaction is for reports held together: a session's are compacted as they load, the
    /// built-in report (one, extracted at every start) is not, and reads the same.
    @Test func reportsLoadedToBeHeldAreCompacted() throws {
        let path = Self.fixtures.appendingPathComponent("suizhou-2023.txt").path
        let held = try #require(try ReportLoader.load(path: path).first)
        #expect(held.measures.allSatisfy { $0.texts === held.measures[0].texts })
        let builtin = BuiltinReport.load()
        #expect(!builtin.measures.allSatisfy { $0.texts === builtin.measures[0].texts })
        #expect(builtin.measures.map(fields) == held.measures.map(fields))
    }

    @Test func aModelReadFromJSONKeepsItsStringsInThePool() throws {
        let report = BuiltinReport.load()
        let json = try JSONParser.parse(report.json.compactText)
        let read = try Report(modelJSON: json)
        #expect(read.measures.map(fields) == report.measures.map(fields))
        #expect(read.measures.allSatisfy { $0.texts === read.measures[0].texts })
    }

    @Test func changingOneMeasureLeavesTheOthers() throws {
        let report = BuiltinReport.load()
        var measures = report.measures
        let before = measures.map(fields)
        measures[0].sentence = "改过的句子"
        measures[0].subject = "改过"
        measures[1].heading = "新标题"
        #expect(measures[0].sentence == "改过的句子" && measures[0].subject == "改过")
        #expect(measures[1].heading == "新标题")
        #expect(Array(measures.map(fields)[2...]) == Array(before[2...]))
        #expect(report.measures.map(fields) == before)
        var changed = before[0]
        changed[9] = "改过"
        changed[12] = "改过的句子"
        #expect(fields(measures[0]) == changed)
    }

    @Test func aBoundThatWasTheValueKeepsItWhenTheValueChanges() throws {
        var measure = try #require(BuiltinReport.load().measures.first { $0.lower == $0.value && $0.upper == $0.value })
        let old = measure.value
        measure.value = Rational(123_456)
        #expect(measure.lower == old && measure.upper == old && measure.value == Rational(123_456))
        measure.lower = nil
        #expect(measure.lower == nil && measure.upper == old)
    }

    @Test func aMeasureOfAnyIdAndValueReadsAsMade() {
        let huge = try! Rational(numerator: Int128(Int64.max) * 1000 + 7, denominator: 3)
        var measure = Measure(
            id: "x-7", value: huge, unit: "件", raw: "很多件", kind: .count, approx: nil, lower: huge, upper: nil,
            decimals: 0, subject: "", section: "preamble", heading: "", sentence: "很多件。", paragraph: 0, before: "",
            start: 0, end: 3, report: "r", table: "t1", cell: CellPosition(row: 2, col: 1))
        #expect(measure.id == "x-7" && measure.value == huge && measure.lower == huge && measure.upper == nil)
        #expect(measure.table == "t1" && measure.cell == CellPosition(row: 2, col: 1) && measure.subject.isEmpty)
        measure.id = "m07"
        #expect(measure.id == "m07")
        measure.id = "m7"
        #expect(measure.id == "m7" && measure.value == huge)
    }

    @Test func onlyAnIdMWithItsNumberAsWrittenIsKeptAsANumber() {
        let ids = ["m1", "m7", "m2147483647", "m2147483648", "m4294967296", "m0", "m07", "m+7", "m-7", "m", "M7", "m7x", "mm7"]
        for id in ids {
            var measure = Measure(
                id: "m1", value: Rational(7), unit: "件", raw: "7件", kind: .count, approx: nil, lower: nil,
                upper: nil, decimals: 0, subject: "", section: "preamble", heading: "", sentence: "7件。", paragraph: 0,
                before: "", start: 0, end: 2, report: "r")
            measure.id = id
            let canonical = ["m1", "m7", "m2147483647"].contains(id)
            #expect(measure.id == id && (measure.idNumber != nil) == canonical, "\(id)")
        }
    }

    @Test func anIdNumberIsWrittenAsItsDigits() {
        for number: UInt32 in [0, 1, 9, 10, 99, 100, 1_000_000_007, UInt32(Int32.max), UInt32.max] {
            #expect(Measure.id(number: number) == "m\(number)")
        }
    }

    @Test func aMeasureIsSmall() {
        #expect(MemoryLayout<Measure>.stride <= 40)
    }

    /// A measure of a report keeps its id's number in 15 bits (a larger one among the names), its
    /// kind and decimals in the details its report's measures share, its cell's place in 16 bits
    /// (a row past 254 or a column past 127 among the places they share), and its start in 24 bits
    /// (past them it stays alone): each reads as made, and a change to kind or decimals changes that
    /// measure only.
    @Test func idsKindsDecimalsCellsAndStartsReadAsMade() {
        let text = "数量7件。"
        let made = MeasureKind.allCases.enumerated().map { index, kind in
            Measure(
                id: "m\(32_766 + index)", value: Rational(7), unit: "件", raw: "7件", kind: kind, approx: nil,
                lower: nil, upper: nil, decimals: index - 1, subject: "数量", section: "preamble", heading: "",
                sentence: text, paragraph: 0, before: "数量", start: index == 6 ? 1 << 24 : 2,
                end: index == 6 ? 1 << 24 + 2 : 4, report: "r", table: "t1",
                cell: index < 3
                    ? CellPosition(row: 254 * index / 2, col: 127 * index / 2)
                    : CellPosition(row: 255 + index % 2, col: 128))
        }
        var report = Report(id: "r", title: "", region: nil, year: nil, text: text, sections: [], measures: made)
        report.compact()
        #expect(report.measures.map(fields) == made.map(fields))
        #expect(report.measures.map(\.idNumber) == made.indices.map { 32_766 + $0 })
        #expect(report.measures.map { $0.texts.alone == nil } == [true, true, true, true, true, true, false])
        #expect(report.measures[0].texts.cells.count == 2)
        var changed = report.measures
        changed[1].kind = .tenths
        changed[1].decimals = 5
        #expect(changed[1].kind == .tenths && changed[1].decimals == 5 && changed[1].id == "m32767")
        #expect(changed.enumerated().allSatisfy { $0.offset == 1 || fields($0.element) == fields(made[$0.offset]) })
    }

    /// Fields a measure of a report cannot keep in its narrow fields (a cell beyond 16 bits, a
    /// paragraph beyond 32 or not the line it stands on, a report id other than the first
    /// measure's) leave that measure alone, reading as made; the others still share, `raw` in the
    /// pool when it is not where it stands, its paragraph then kept as made.
    @Test func aMeasureThatDoesNotFitStaysAloneAndReadsAsMade() throws {
        let text = "共办理案件27件，其中办结25件。"
        func measure(_ raw: String, at start: Int, report: String = "r", paragraph: Int = 0, cell: CellPosition? = nil)
            -> Measure
        {
            Measure(
                id: "m\(start)", value: Rational(Int(raw.dropLast())!), unit: "件", raw: raw, kind: .count,
                approx: nil, lower: try! Rational(numerator: 1, denominator: 3), upper: nil, decimals: 0, subject: "办理案件",
                section: "preamble", heading: "", sentence: text, paragraph: paragraph,
                before: String(text.unicodeScalars.prefix(start)), start: start, end: start + raw.unicodeScalars.count,
                report: report, table: cell == nil ? nil : "t1", cell: cell)
        }
        let made = [
            measure("27件", at: 5), measure("25件", at: 13, cell: CellPosition(row: 70_000, col: 1)),
            measure("25件", at: 13, report: "other"), measure("25件", at: 13, paragraph: Int(UInt32.max) + 1),
            measure("26件", at: 13), measure("25件", at: 13), measure("25件", at: 13, paragraph: 1),
            measure("26件", at: 13, paragraph: 2),
        ]
        var report = Report(id: "r", title: "", region: nil, year: nil, text: text, sections: [], measures: made)
        report.compact()
        #expect(report.measures.map(fields) == made.map(fields))
        #expect(report.measures.map { $0.texts.alone == nil } == [true, false, false, false, true, true, false, true])
    }

    @Test func valuesAndBoundsOfEveryDenominatorReadBackExactly() throws {
        let values = [
            Rational(0), Rational(-17), try Rational(numerator: 87, denominator: 5), try Rational(numerator: 1, denominator: 3),
            try Rational(numerator: 1449, denominator: 20), Rational(Int128(1) << 53), Rational(-(Int128(1) << 53)),
            Rational((Int128(1) << 53) - 1), try Rational(numerator: 1, denominator: Int128(1) << 40),
            try Rational(significand: 7, exponent: -30), Rational(Int128(Int64.max) * 9),
        ]
        let text = "数量7件。"
        let made = try values.map { value in
            Measure(
                id: "m1", value: value, unit: "件", raw: "7件", kind: .count, approx: nil,
                lower: try value.subtracting(Rational(1)),
                upper: value, decimals: 0, subject: "数量", section: "preamble", heading: "", sentence: text,
                paragraph: 0, before: "数量", start: 2, end: 4, report: "r")
        }
        var report = Report(id: "r", title: "", region: nil, year: nil, text: text, sections: [], measures: made)
        report.compact()
        #expect(report.measures.map(\.value) == values)
        #expect(report.measures.map(\.lower) == (try values.map { try $0.subtracting(Rational(1)) }))
        #expect(report.measures.allSatisfy { $0.texts.alone == nil })
    }

    /// A measure's paragraph is told from the line its figure stands on, for figures anywhere in a
    /// long text and added in any order.
    @Test func paragraphsAreToldFromTheLinesOfTheText() {
        let lines = (0..<300).map { "第\($0)行共\($0 % 10)件。" }
        let text = lines.joined(separator: "\n")
        var starts: [Int] = []
        var start = 0
        for line in lines {
            starts.append(start)
            start += line.unicodeScalars.count + 1
        }
        let order = (0..<300).map { ($0 * 7) % 300 }
        let made = order.map { index in
            let offset = starts[index] + lines[index].unicodeScalars.count - 3
            return Measure(
                id: "m\(index + 1)", value: Rational(index % 10), unit: "件", raw: "\(index % 10)件", kind: .count,
                approx: nil, lower: nil, upper: nil, decimals: 0, subject: "", section: "preamble", heading: "",
                sentence: lines[index], paragraph: index,
                before: String(lines[index].unicodeScalars.dropLast(3)), start: offset, end: offset + 2, report: "r")
        }
        var report = Report(id: "r", title: "", region: nil, year: nil, text: text, sections: [], measures: made)
        report.compact()
        #expect(report.measures.map(fields) == made.map(fields))
        #expect(report.measures.allSatisfy { $0.texts.alone == nil && !$0.rawSpan.isInPool })
    }
}

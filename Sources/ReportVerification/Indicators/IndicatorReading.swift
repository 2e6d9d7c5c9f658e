import ReportModel

/// The indicators one report states: its figures for them (this year's, and last year's where it
/// recalls them) and the changes from last year it states of them. Read from the model alone.
///
/// A figure counts only where its wording and context name one indicator: a phrase two indicators
/// fit equally (`审结` with no topic around it), figures in the sections on problems and plans
/// (存在的不足, 2024年工作安排), one-sided figures (10%以内) and an indicator the report states twice
/// with different values are left out rather than guessed.
public struct IndicatorReading: Sendable {
    public let figures: [IndicatorFigure]
    public let changes: [IndicatorChange]

    public init(report: Report) {
        self.init(report: report, tables: nil)
    }

    /// `tables`: the figures of the report's tables by table id, when the audit has read them.
    init(report: Report, tables: [String: TableFigures]?) {
        let genreTopic = report.title.containsWord("政府信息公开") ? IndicatorTopic.disclosure : nil
        let tableIndicators = Self.tableIndicators(report, tables: tables, genreTopic: genreTopic)
        var current: [(Measure, Indicator)] = []
        var recalled: [Measure] = []
        var changed: [(Measure, Int)] = []
        // Headings are few and shared by the figures that follow one another: each is read once
        // per run of figures under it (hashing every figure's heading cost more than reading it),
        // and not made at all while the report keeps it as the figure before's.
        // The figure of the last heading read is kept by its index: a copy of it kept retained its
        // texts at every figure.
        var lastHeading: (text: String, index: Int)?
        var statesResults = true
        let measures = report.measures
        for index in measures.indices {
            let measure = measures[index]
            if let last = lastHeading, measure.hasSameStoredHeading(as: measures[last.index]) {
                // The figure before's heading, so its answer.
            } else {
                let heading = measure.heading
                if lastHeading.map({ !$0.text.hasSameBytes(as: heading) }) ?? true {
                    statesResults = Self.statesResults(under: heading, in: report)
                }
                lastHeading = (heading, index)
            }
            guard statesResults else { continue }
            // A one-sided figure (10%以内) states no value, though a change may be one (增长超过10%).
            let isTwoSided = measure.lower != nil && measure.upper != nil
            if measure.table != nil {
                if isTwoSided, let indicator = tableIndicators[measure.id] { current.append((measure, indicator)) }
                continue
            }
            // The last clause before the figure, read in place for both questions, no string made.
            var direction: Int?, recalls = false
            measure.withBeforeBytes { before in
                let clause = UnsafeBufferPointer(rebasing: before[ChangeWording.lastClauseStart(of: before)...])
                direction = ChangeWording.direction(lastClause: clause)
                if direction == nil, isTwoSided { recalls = ChangeWording.recallsLastYear(lastClause: clause) }
            }
            if let direction {
                changed.append((measure, direction))
                continue
            }
            guard isTwoSided else { continue }
            let own = Self.proseIndicator(measure, genreTopic: genreTopic)
            if own?.name != "上年结转", recalls {
                recalled.append(measure)
            } else if let own {
                current.append((measure, own))
            }
        }
        let indicatorByID = Dictionary(current.map { ($0.0.id, $0.1) }, uniquingKeysWith: { first, _ in first })
        let currentMeasures = current.map(\.0)
        var previous: [(Measure, Indicator)] = []
        for measure in recalled {
            let figure = Self.nearestBefore(measure, among: currentMeasures) {
                $0.unit == measure.unit && $0.kind == measure.kind
            }
            if let figure, let indicator = indicatorByID[figure.id] { previous.append((measure, indicator)) }
        }
        changes = changed.compactMap { change, direction in
            let figure = Self.nearestBefore(change, among: currentMeasures) { Self.canChange($0, by: change) }
            guard let figure, let indicator = indicatorByID[figure.id] else { return nil }
            return IndicatorChange(indicator: indicator, change: change, figure: figure, direction: direction)
        }
        let year = report.year
        figures =
            (Self.grouped(current, report: report.id, year: year, period: .current)
            + Self.grouped(previous, report: report.id, year: year.map { $0 - 1 }, period: .previous))
            .sorted { $0.measure.start < $1.measure.start }
    }

    /// One figure per indicator, in the order first stated; statements that disagree give none.
    private static func grouped(
        _ statements: [(Measure, Indicator)], report: String, year: Int?, period: IndicatorPeriod
    ) -> [IndicatorFigure] {
        // A report states a few dozen indicators at most: each statement's is looked for among
        // those met so far, by name, which cost less than hashing every name into a dictionary.
        var groups: [(indicator: Indicator, measures: [Measure])] = []
        for (measure, indicator) in statements {
            if let index = groups.indices.first(where: { groups[$0].indicator.name.hasSameBytes(as: indicator.name) }) {
                groups[index].measures.append(measure)
            } else {
                groups.append((indicator, [measure]))
            }
        }
        return groups.compactMap { indicator, measures in
            guard agree(measures) else { return nil }
            return IndicatorFigure(indicator: indicator, report: report, year: year, period: period, measures: measures)
        }
    }

    private static func agree(_ measures: [Measure]) -> Bool {
        let lowers = measures.compactMap(\.lower), uppers = measures.compactMap(\.upper)
        guard let highestLower = lowers.max(), let lowestUpper = uppers.min() else { return false }
        return !(lowestUpper < highestLower)
    }

    /// Whether the figures under a heading are the year's results, not problems or plans.
    private static func statesResults(under heading: String, in report: Report) -> Bool {
        if outlookWords.contains(where: heading.containsWord) { return false }
        if let year = report.year, yearsNamed(in: heading).contains(where: { $0 > year }) { return false }
        return true
    }

    /// Headings of the parts that look back at problems or forward at plans, whose figures are
    /// targets and ranges rather than the year's results.
    private static let outlookWords = ["存在", "不足", "问题", "工作安排", "工作打算", "工作计划", "工作思路", "下一步", "工作要点"]

    private static func yearsNamed(in text: String) -> [Int] {
        // Most headings name no year: they are not read scalar by scalar.
        guard text.unicodeScalars.contains("年") else { return [] }
        let scalars = Array(text.unicodeScalars)
        var years: [Int] = []
        var index = 0
        while index + 4 < scalars.count {
            // Only 4 scalars before a 年 can be a year: the others' digits are not looked up.
            guard scalars[index + 4] == "年" else {
                index += 1
                continue
            }
            let digits = scalars[index..<index + 4].compactMap {
                $0.properties.numericType == .decimal ? $0.properties.numericValue : nil
            }
            if digits.count == 4, scalars[index + 4] == "年" {
                years.append(digits.reduce(0) { $0 * 10 + Int($1) })
                index += 5
            } else {
                index += 1
            }
        }
        return years
    }

    // MARK: Prose

    private static func proseIndicator(_ measure: Measure, genreTopic: IndicatorTopic?) -> Indicator? {
        IndicatorWording.indicator(
            named: measure.subject, topic: { topic(around: measure, genreTopic: genreTopic) }, kind: measure.kind)
    }

    /// The topic the subject names, else the last named in the sentence before the figure, in the
    /// headings over it, or by the report's genre; nil when the subject names two.
    private static func topic(around measure: Measure, genreTopic: IndicatorTopic?) -> IndicatorTopic? {
        let named = IndicatorWording.topics(namedIn: IndicatorWording.withoutBrackets(measure.subject))
        guard named.isEmpty else { return named.count == 1 ? named.first : nil }
        return lastTopicInSentenceBefore(measure) ?? IndicatorWording.lastTopic(in: measure.heading) ?? genreTopic
    }

    /// The last topic named in the figure's sentence up to the figure: where `before`'s last words
    /// and the figure stand in it. The sentence is read as bytes in place, not made a string.
    private static func lastTopicInSentenceBefore(_ measure: Measure) -> IndicatorTopic? {
        let lead = String(measure.before.lastSentencePart())
        let raw = measure.raw
        let leadAndRaw = String(lead.suffix(8)) + raw
        // nil while the figure is not found in the sentence: then `lead` is what stands before it.
        var found: IndicatorTopic?? = nil
        measure.withSentenceBytes { sentence in
            if let end = leadAndRaw.withUTF8Bytes({ word in sentence.firstOffset(of: word).map { $0 + word.count } }) {
                found = .some(IndicatorWording.lastTopic(in: UnsafeBufferPointer(rebasing: sentence[..<end])))
            } else if let start = raw.withUTF8Bytes({ sentence.firstOffset(of: $0) }) {
                found = .some(IndicatorWording.lastTopic(in: UnsafeBufferPointer(rebasing: sentence[..<start])))
            }
        }
        return found ?? IndicatorWording.lastTopic(in: lead)
    }

    /// The nearest figure before `measure` in its sentence that `fits`.
    private static func nearestBefore(_ measure: Measure, among figures: [Measure], fits: (Measure) -> Bool) -> Measure? {
        figures.last { figure in
            // One sentence the report keeps is the same sentence, told without making it.
            figure.paragraph == measure.paragraph
                && (figure.hasSameStoredSentence(as: measure) || figure.sentence == measure.sentence)
                && figure.end <= measure.start
                && fits(figure)
        }
    }

    /// A percentage changes a count (同比增长7.2%), points a percentage (下降2.5个百分点), a count a
    /// count of its unit (较上年增加8件).
    private static func canChange(_ figure: Measure, by change: Measure) -> Bool {
        switch change.kind {
        case .percent: return [.count, .amount].contains(figure.kind)
        case .points: return figure.kind == .percent
        case .count, .amount: return figure.kind == change.kind && figure.unit == change.unit
        default: return false
        }
    }

    // MARK: Tables

    /// The indicators the tables' cells state, by measure id: the template's application table by
    /// its rows and 总计 column; another table where a total row or column (合计) or a topic's row
    /// (行政规范性文件) meets a column or row that names an indicator.
    private static func tableIndicators(
        _ report: Report, tables: [String: TableFigures]?, genreTopic: IndicatorTopic?
    ) -> [String: Indicator] {
        // Grouped only when the audit has not read the tables: its figures hold them.
        let cellFigures =
            tables == nil ? Dictionary(grouping: report.measures.filter { $0.table != nil }) { $0.table ?? "" } : [:]
        var found: [String: Indicator] = [:]
        for table in report.tables {
            let figures = tables?[table.id] ?? TableFigures(table: table, measures: cellFigures[table.id] ?? [])
            let measures = figures.measures
            if figures.templateIdentity != nil {
                // One column for every indicator: found once, not once per indicator.
                guard let column = templateTotalColumn(figures) else { continue }
                for indicator in IndicatorCatalogue.all {
                    guard let row = indicator.templateRow.flatMap({ templateRow($0, in: figures) }),
                        let figure = figures.figure(row: row, col: column)
                    else { continue }
                    found[figure.id] = indicator
                }
                continue
            }
            // The heading of the table's section as its first figure has it: read for the few
            // tables, not for every figure of the report.
            let heading = report.measures.first { $0.sectionReads(as: table.section) }?.heading ?? ""
            let context = [table.title, heading]
            var rows: [Int: IndicatorHeaderLine] = [:], cols: [Int: IndicatorHeaderLine] = [:]
            for measure in measures {
                guard let cell = measure.cell, let row = line(cell.row, of: figures.rowPaths, in: &rows),
                    let col = line(cell.col, of: figures.colPaths, in: &cols),
                    let indicator = cellIndicator(
                        row: row, col: col, context: context, genreTopic: genreTopic, kind: measure.kind)
                else { continue }
                found[measure.id] = indicator
            }
        }
        return found
    }

    private static func templateRow(_ row: Indicator.TemplateRow, in figures: TableFigures) -> Int? {
        let item: ApplicationItem
        switch row {
        case .received: item = .received
        case .carriedIn: item = .carriedIn
        case .disclosed: item = .disclosed
        case .partlyDisclosed: item = .partlyDisclosed
        case .handled: item = .handled
        case .carriedOut: item = .carriedOut
        }
        return item.row(in: figures)
    }

    private static func templateTotalColumn(_ figures: TableFigures) -> Int? {
        figures.dataCols.first { column in
            let path = figures.colPaths[column] ?? []
            return TableFigures.totalKind(path.last) != nil && path.count <= 2
        }
    }

    /// The line `number` of a table with these `paths`, read at its first cell: the cells of one
    /// line share its labels (reading them at every cell cost 2 M instructions on the bench sample).
    private static func line(
        _ number: Int, of paths: [Int: [String]], in lines: inout [Int: IndicatorHeaderLine]
    ) -> IndicatorHeaderLine? {
        if let known = lines[number] { return known }
        guard let path = paths[number] else { return nil }
        let line = IndicatorHeaderLine(path: path)
        lines[number] = line
        return line
    }

    private static func cellIndicator(
        row: IndicatorHeaderLine, col: IndicatorHeaderLine, context: [String], genreTopic: IndicatorTopic?,
        kind: MeasureKind
    ) -> Indicator? {
        let quantity: String, others: () -> [String]
        if row.isWholeOrTopic {
            (quantity, others) = (col.label, { row.path + col.path.dropLast() })
            guard !col.isWhole else { return nil }
        } else if col.isWholeOrTopic {
            (quantity, others) = (row.label, { row.path.dropLast() + col.path })
            guard !row.isWhole else { return nil }
        } else {
            return nil  // a part (第一季度 × 收案), not the year's figure
        }
        let topic = { () -> IndicatorTopic? in
            let named = IndicatorWording.topics(namedIn: quantity)
            guard named.isEmpty else { return named.count == 1 ? named.first : nil }
            return IndicatorWording.lastTopic(in: others().joined(separator: " "))
                ?? context.lazy.compactMap(IndicatorWording.lastTopic).first ?? genreTopic
        }
        return IndicatorWording.indicator(named: quantity, topic: topic, kind: kind)
    }
}

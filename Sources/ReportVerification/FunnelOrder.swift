import ReportModel

/// The stages a case passes through, each at most as many as the one before:
/// 收到 ≥ 受理 ≥ 办结 ≥ 纠错. A sentence that lists them the other way round has an error.
enum FunnelOrder {
    static let stages: [[String]] = [
        ["收到", "申请", "接收"],
        ["受理"],
        ["办结", "审结", "结案"],
        ["纠错", "撤销", "确认违法", "责令履行"],
    ]

    /// Rows of verdict order-violation: in one sentence, a count of a later stage larger than a
    /// count of an earlier stage written before it, in the same unit.
    static func violations(in context: AuditContext) -> [AuditRow] {
        let keys = context.keys, measures = context.measures
        var rows: [AuditRow] = []
        let staged = context.countIndices.compactMap { count in
            stage(of: measures[Int(count)], in: context).map { (count, $0) }
        }
        // Only counts of one sentence are compared: grouped by paragraph, not every pair of the report.
        let stagedByParagraph = Dictionary(grouping: staged) { keys.paragraph($0.0) }
        for (earlier, earlierStage) in staged {
            let earlierStart = measures[Int(earlier)].start
            for (later, laterStage) in stagedByParagraph[keys.paragraph(earlier)] ?? []
            where laterStage > earlierStage
                && measures[Int(later)].start > earlierStart && context.inSameSentence(later, earlier)
                && !carriesOver(measures[Int(later)])
                && keys.sameUnit(later, earlier) && keys.values[Int(later)] > keys.values[Int(earlier)]
            {
                rows.append(row(measures[Int(later)], exceeds: measures[Int(earlier)]))
            }
        }
        return rows
    }

    /// A sentence that carries cases over between years (上年结转3件, 结转下年度2件) counts this
    /// year's 办结 from last year's cases too, so 办结 may exceed this year's 收到 (94 received,
    /// 3 carried in, 95 closed): no funnel within the year.
    /// The sentence is searched in place, as ``Swift/String/containsWord(_:)`` searches its bytes.
    private static func carriesOver(_ count: Measure) -> Bool {
        var carries = false
        count.withSentenceBytes { sentence in
            carries = carryOverWords.contains { word in
                word.withUnsafeBufferPointer { sentence.firstOffset(of: $0) != nil }
            }
        }
        return carries
    }

    private static let carryOverWords = ["结转", "上年遗留", "上年度遗留"].map { Array($0.utf8) }

    /// The first stage the count's own subject names, else the clause before it.
    private static func stage(of count: Measure, in context: AuditContext) -> Int? {
        // The words hold the subject, so a stage the subject names they name too: most counts name
        // none, which the words alone tell, and most of those hold no stage word at all.
        if context.wordsAreEachMeasures, context.namesNoStage(count) { return nil }
        // Only the stages whose words the flags found are searched for.
        let flags = context.wordFlags(of: count)
        let wordsStage = context.withWordBytes(of: count) { firstStage(in: $0, among: flags) }
        if wordsStage == nil, context.wordsAreEachMeasures { return nil }
        // Last year's count (（上年为759件）) belongs to last year's funnel.
        if context.statesLastYear(count) { return nil }
        // The subject is in the words, whose flags then hold its stages too.
        let subjectFlags = context.wordsAreEachMeasures ? flags : nil
        return context.withSubjectBytes(of: count) { firstStage(in: $0, among: subjectFlags) } ?? wordsStage
    }

    /// Scalars before a stage word that negate it: 不予受理 and 未受理 are cases turned away, no stage.
    private static let negations = ["不", "予", "未"]

    /// The first stage a word of which the text names, read as UTF-8 bytes; of those that `flags`
    /// (of a text holding this one) may name, when there are flags.
    private static func firstStage(in text: UnsafeBufferPointer<UInt8>, among flags: AuditWordFlags?) -> Int? {
        stages.indices.first { stage in
            (flags?.mayName(stage: stage) ?? true) && stages[stage].contains { text.containsWord($0, notAfter: negations) }
        }
    }

    private static func row(_ later: Measure, exceeds earlier: Measure) -> AuditRow {
        AuditRow(
            measure: later, verdict: .orderViolation,
            formula: "\(later.id) <= \(earlier.id)", numerators: [later.id], denominator: earlier.id,
            arithmetic: "\(later.value) > \(earlier.value)", computed: nil, rules: [:],
            explanation: "\(later.raw) (\(later.id), \(later.subject)) is more than \(earlier.raw) "
                + "(\(earlier.id), \(earlier.subject)) before it: a later stage of one case funnel "
                + "cannot exceed an earlier one", check: .order)
    }
}

import ReportModel
import ReportVerification

/// Audit rows kept compactly, for a session to hold a corpus's audit: a row is one small code a
/// field, and a field becomes a ``Value`` only when it is read (shown, filtered, grouped).
///
/// Most of a row repeats its claim: the report, the claim's id, raw, subject, section and sentence
/// are the claimed measure's own, so such a field is only the index of that measure, kept once a
/// row (its texts shared with the report, not copied) and read back when asked. The check, verdict and rounding rules
/// are each one of a few values, kept as which one. The texts that say how a row was decided are
/// kept as the row keeps them (``AuditRowTexts``), and written only when read; those already
/// written, and the claim's fields that are not its measure's, are UTF-8 bytes in one buffer. Kept
/// as values, a row took about 1.6 KB.
struct AuditRowColumns: Sendable {
    /// ``AuditRow/fieldNames``'s count of codes a row (see ``Column``), or ``null``.
    private var codes: [UInt32] = []
    /// The claimed measure of each row.
    private var claims: [Measure] = []
    private var texts: [UInt8] = []
    /// Where each text of `texts` ends; it starts where the one before ends.
    private var textEnds: [UInt32] = []
    /// The `computed` numbers: half the size of the language's values that show them.
    private var numbers: [Rational] = []
    /// The texts of rows that write them when read.
    private var unwritten: [any AuditRowTexts] = []

    private static let null = UInt32.max
    private static let fromMeasure: UInt32 = 1 << 31
    /// The same bit, in the code of a text a row writes when read: an index into `unwritten`.
    private static let unwrittenText: UInt32 = 1 << 31
    /// The same bit, in the code of `computed`.
    private static let claimIsPercent: UInt32 = 1 << 31
    private static let columns = AuditRow.fieldNames.map(Column.init(rawValue:))
    private static let fieldCount = AuditRow.fieldNames.count
    private static let checks = AuditCheck.allCases
    private static let verdicts = AuditVerdict.allCases
    private static let checkValues = checks.map { Value.string($0.rawValue) }
    private static let verdictValues = verdicts.map { Value.string($0.rawValue) }
    private static let rules = RoundingRule.allCases

    /// The columns of an audit row (``AuditRow/fields``), by how their codes keep them.
    private enum Column: String {
        /// The claimed measure's own: ``fromMeasure`` and the index in `claims`, or the text's index.
        case report, claim, raw, subject, section, sentence
        /// The index of the check or verdict among all.
        case check, verdict
        /// Two bits a rounding rule: whether it holds, plus one (none: not asked).
        case rules
        /// The index of a text, or ``unwrittenText`` and the index of the row's texts.
        case formula, numerators, denominator, arithmetic, explanation
        /// An index into `numbers`, with ``claimIsPercent``.
        case computed

        /// The claimed measure's field of this column (one of the first six).
        func text(of measure: Measure) -> String {
            switch self {
            case .report: return measure.report
            case .claim: return measure.id
            case .raw: return measure.raw
            case .subject: return measure.subject
            case .section: return measure.section
            default: return measure.sentence
            }
        }

        /// The row's field of this column (one of the claimed measure's six).
        func text(of row: AuditRow) -> String {
            switch self {
            case .report: return row.report
            case .claim: return row.claim
            case .raw: return row.raw
            case .subject: return row.subject
            case .section: return row.section
            default: return row.sentence
            }
        }

        /// Whether this column is one of the five texts a row keeps.
        var isText: Bool { [.formula, .numerators, .denominator, .arithmetic, .explanation].contains(self) }

        /// This column's text among a row's texts (one of the five they keep).
        func text(of texts: any AuditRowTexts) -> String? {
            switch self {
            case .formula: return texts.formula
            case .numerators: return texts.numeratorList
            case .denominator: return texts.denominator
            case .arithmetic: return texts.arithmetic
            default: return texts.explanation
            }
        }
    }

    var count: Int { codes.count / Self.fieldCount }

    /// The rows of one report, or those that compare reports.
    init(_ rows: [AuditRow]) {
        codes.reserveCapacity(rows.count * Self.fieldCount)
        claims.reserveCapacity(rows.count)
        for row in rows { append(row) }
        giveBackRoom()
    }

    /// The field in `column` of row `row`, as the language shows it.
    func value(_ column: Int, of row: Int) -> Value {
        let code = codes[row * Self.fieldCount + column]
        guard code != Self.null, let kind = Self.columns[column] else { return .null }
        switch kind {
        case .report, .claim, .raw, .subject, .section, .sentence:
            guard code & Self.fromMeasure != 0 else { return .string(text(Int(code))) }
            return .string(kind.text(of: claims[Int(code & ~Self.fromMeasure)]))
        case .check: return Self.checkValues[Int(code)]
        case .verdict: return Self.verdictValues[Int(code)]
        case .rules:
            var holding: [RoundingRule: Bool] = [:]
            for (index, rule) in Self.rules.enumerated() where code >> (2 * index) & 3 != 0 {
                holding[rule] = code >> (2 * index) & 3 == 2
            }
            return .string(RoundingRule.summary(holding))
        case .formula, .numerators, .denominator, .arithmetic, .explanation:
            guard code & Self.unwrittenText != 0 else { return .string(text(Int(code))) }
            return kind.text(of: unwritten[Int(code & ~Self.unwrittenText)]).map(Value.string) ?? .null
        case .computed:
            let number = VerificationValue.number(numbers[Int(code & ~Self.claimIsPercent)])
            return Evaluator.value(number, named: "computed", isPercent: code & Self.claimIsPercent != 0)
        }
    }

    /// Every field of row `row`. Texts written when read are written together
    /// (``AuditRowTexts/writtenOut``): a table's total reads its parts' figures for three of them.
    func values(of row: Int) -> [Value] {
        let textCode = codes[row * Self.fieldCount + Self.explanationColumn]
        guard textCode != Self.null, textCode & Self.unwrittenText != 0 else {
            return (0..<Self.fieldCount).map { value($0, of: row) }
        }
        let texts = unwritten[Int(textCode & ~Self.unwrittenText)].writtenOut
        return (0..<Self.fieldCount).map { column in
            switch Self.columns[column] {
            case .some(let kind) where kind.isText: return kind.text(of: texts).map(Value.string) ?? .null
            default: return value(column, of: row)
            }
        }
    }

    /// Where a row's explanation is among its codes: unwritten there when its texts are. A field
    /// list without it would have the codes of another column read as texts, so it stops at once.
    private static let explanationColumn = AuditRow.fieldNames.firstIndex(of: "explanation")!

    private func text(_ index: Int) -> String {
        let start = index == 0 ? 0 : Int(textEnds[index - 1])
        return texts.withUnsafeBufferPointer { String(decoding: $0[start..<Int(textEnds[index])], as: UTF8.self) }
    }

    private mutating func add(_ text: String) -> UInt32 {
        texts.append(contentsOf: text.utf8)
        textEnds.append(UInt32(texts.count))
        precondition(textEnds.count < Self.fromMeasure, "a report's audit holds fewer than 2^31 texts")
        return UInt32(textEnds.count - 1)
    }

    private mutating func append(_ row: AuditRow) {
        claims.append(row.measure)
        // A row's claimed fields are its measure's, but for one whose fields were set apart.
        let claim = row.fieldsAreMeasures ? Self.fromMeasure | UInt32(claims.count - 1) : nil
        // Texts already written are kept as bytes; others are kept to be written when read.
        var written: WrittenAuditRowTexts?
        var unwrittenCode = Self.null
        switch row.texts {
        case .written(let texts): written = texts
        case .whenRead(let texts):
            unwritten.append(texts)
            unwrittenCode = Self.unwrittenText | UInt32(unwritten.count - 1)
        }
        for kind in Self.columns {
            var code = Self.null
            switch kind {
            case nil: break
            case .report, .claim, .raw, .subject, .section, .sentence:
                guard let kind else { break }
                if let claim { code = claim } else { code = add(kind.text(of: row)) }
            case .check: code = UInt32(Self.checks.firstIndex(of: row.check) ?? 0)
            case .verdict: code = UInt32(Self.verdicts.firstIndex(of: row.verdict) ?? 0)
            case .rules:
                guard !row.rules.isEmpty else { break }
                code = 0
                for (rule, holds) in row.rules {
                    code |= (holds ? 2 : 1) << (2 * (Self.rules.firstIndex(of: rule) ?? 0))
                }
            case .formula, .numerators, .denominator, .arithmetic, .explanation:
                if let written {
                    if let text = kind?.text(of: written) { code = add(text) }
                } else {
                    code = unwrittenCode
                }
            case .computed:
                guard let computed = row.computed else { break }
                numbers.append(computed)
                code = UInt32(numbers.count - 1) | (row.measure.unit == "%" ? Self.claimIsPercent : 0)
            }
            codes.append(code)
        }
    }

    /// Gives back the room the buffers grew into: a corpus keeps thousands of them.
    private mutating func giveBackRoom() {
        codes = Self.exactly(codes)
        texts = Self.exactly(texts)
        textEnds = Self.exactly(textEnds)
        numbers = Self.exactly(numbers)
        claims = Self.exactly(claims)
        unwritten = Self.exactly(unwritten)
    }

    private static func exactly<Element>(_ array: [Element]) -> [Element] {
        guard array.capacity > array.count else { return array }
        return [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: array)
        }
    }
}

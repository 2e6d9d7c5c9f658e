import ReportModel
import ReportVerification

/// `check`, `solve` and the `audit` source: the language's side of Verification/.
extension Evaluator {
    func check(_ statement: CheckStatement) throws(Diagnostic) -> Verdict {
        // `check x <= 100%` means exactly 100%; only an equality compares with a figure as stated.
        let literalsAreStated = statement.comparison == .equal || statement.comparison == .notEqual
        let lhs = try checkOperand(statement.lhs, literalIsStated: literalsAreStated)
        let rhs = try checkOperand(statement.rhs, literalIsStated: literalsAreStated)
        guard let comparison = Comparison(rawValue: statement.comparison.rawValue) else {
            throw Diagnostic("'check' needs a comparison", at: statement.lhs.expression.range)
        }
        let result: CheckResult
        do {
            result = try Check.run(lhs, comparison, rhs)
        } catch {
            throw Diagnostic(
                error == .divisionByZero ? "division by zero" : "the result is too large to hold exactly",
                at: statement.lhs.expression.range.through(statement.rhs.expression.range))
        }
        return Verdict(
            text: result.summary(label: statement.label), table: Self.table(result, label: statement.label),
            isFailure: result.isFailure)
    }

    /// A measure or a literal standing alone is a stated figure, which may be rounded (a literal
    /// only in an equality); anything else is computed.
    private func checkOperand(_ operand: Operand, literalIsStated: Bool) throws(Diagnostic) -> CheckOperand {
        if case .number = operand.expression.kind, let claim = StatedClaim(literal: operand.text, exact: !literalIsStated) {
            return .stated(claim)
        }
        if case .name = operand.expression.kind, case .measure(let measure) = try evaluate(operand.expression, row: nil) {
            return .stated(StatedClaim(measure: measure, text: operand.text))
        }
        let (value, arithmetic) = try interval(of: operand.expression)
        return .computed(text: operand.text, arithmetic: arithmetic, value: value)
    }

    private static func table(_ result: CheckResult, label: String?) -> Table {
        func number(_ value: Rational?) -> Value { value.map { Value.stated($0, isPercent: result.unit == "%") } ?? .null }
        func rule(_ rule: RoundingRule) -> Value { result.rules[rule].map(Value.boolean) ?? .null }
        let columns = [
            "verdict", "check", "label", "arithmetic", "computed", "lower", "upper", "decimals",
            "half_up", "half_even", "truncation", "notes",
        ]
        let row: [Value] = [
            .string(result.verdict.rawValue), .string("\(result.lhsText) \(result.comparison.rawValue) \(result.rhsText)"),
            label.map(Value.string) ?? .null, .string(result.arithmetic), number(result.computed),
            number(result.interval?.lower), number(result.interval?.upper),
            result.decimals.map { .number(Rational($0)) } ?? .null,
            rule(.halfUp), rule(.halfEven), rule(.truncation),
            result.notes.isEmpty ? .null : .string(result.notes.joined(separator: "; ")),
        ]
        return Table(columns: columns, rows: [row])
    }

    func solve(_ share: Operand, base: Expression?) throws(Diagnostic) -> Verdict {
        let claim = try stated(share)
        let result: SolveResult
        do {
            if let base {
                result = try Solve.counts(for: claim, base: try wholeBase(base))
            } else {
                result = try Solve.smallestBases(for: claim)
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(
                "too many digits to solve exactly: the share's and the base's together can be about 36",
                at: share.expression.range)
        }
        let rows = result.rows.map { row in row.fields.map { Self.value($0.value, named: $0.name, isPercent: claim.unit == "%") }
        }
        let columns = result.rows.first?.fields.map(\.name) ?? ["count", "base", "value", "rules", "text"]
        return Verdict(text: result.summary, table: Table(columns: columns, rows: rows), isFailure: false)
    }

    /// The share a `solve` works on: a literal as written or a measure of a report.
    private func stated(_ operand: Operand) throws(Diagnostic) -> StatedClaim {
        if case .number(_, true) = operand.expression.kind, let claim = StatedClaim(literal: operand.text) {
            return claim
        }
        if case .measure(let measure) = try evaluate(operand.expression, row: nil),
            [.percent, .points, .tenths].contains(measure.kind)
        {
            return StatedClaim(measure: measure, text: operand.text)
        }
        throw Diagnostic("'solve' needs a percentage as written (73.9%) or a percentage measure", at: operand.expression.range)
    }

    private func wholeBase(_ expression: Expression) throws(Diagnostic) -> Int128 {
        let value = Self.scalar(try evaluate(expression, row: nil))
        guard case .number(let number, false, _) = value, number.isInteger, !number.isNegative, !number.isZero else {
            throw Diagnostic("'solve … of N' needs a positive whole number, got \(value.text)", at: expression.range)
        }
        return number.numerator
    }

    /// The audit rows of the reports in use, report by report, then the rows across them: worked
    /// out the first time they are asked for, then kept (``AuditCache``).
    func auditRows() throws(Diagnostic) -> [AuditRowColumns] {
        try auditCache.rows(
            of: reports, auditing: Self.auditRows(of:readingIndicators:), comparing: crossReportAuditRows(readings:),
            beforeBatch: { () throws(Diagnostic) in try stopIfAsked(at: SourceRange(line: 1, column: 1, length: 5)) })
    }

    /// One report's audit rows as the session keeps them, and its indicators when asked.
    private static func auditRows(of report: Report, readingIndicators: Bool) -> (AuditRowColumns, IndicatorReading?) {
        let (rows, indicators) = Audit.run(report: report, readingIndicators: readingIndicators)
        return (AuditRowColumns(rows), indicators)
    }

    /// Shares of a percentage claim (17.39 for 17.4%) become the language's fractions; counts and
    /// bases stay as they are.
    static func value(_ value: VerificationValue, named name: String, isPercent: Bool) -> Value {
        switch value {
        case .text(let text): return .string(text)
        case .null: return .null
        case .number(let number): return .stated(number, isPercent: isPercent && (name == "value" || name == "computed"))
        }
    }
}

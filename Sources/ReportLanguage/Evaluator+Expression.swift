import ReportModel

extension Evaluator {
    func evaluate(_ expression: Expression, row: Row?) throws(Diagnostic) -> Value {
        switch expression.kind {
        case .number(let value, let isPercent): return .number(value, isPercent: isPercent, decimals: nil)
        case .string(let text): return .string(text)
        case .boolean(let flag): return .boolean(flag)
        case .null: return .null
        case .argument(let name):
            guard let text = arguments[name] else {
                throw Diagnostic(
                    "unknown argument '$\(name)'" + EditDistance.suggestion(for: name, among: Array(arguments.keys)),
                    at: expression.range)
            }
            if let number = Rational(decimal: text) { return .number(number) }
            return .string(text)
        case .name(let name): return try resolve(name, row: row, range: expression.range)
        case .measureReference(let report, let id): return .measure(try measure(id, inReport: report, range: expression.range))
        case .field(let base, let field):
            return try Self.field(field, of: try evaluate(base, row: row), at: base.range)
        case .unary(let unaryOperator, let operand):
            return try Self.unary(unaryOperator, try evaluate(operand, row: row), range: expression.range)
        case .binary(let binaryOperator, let left, let right):
            return try Self.binary(
                binaryOperator, try evaluate(left, row: row), try evaluate(right, row: row), range: expression.range)
        case .percent(let inner, let decimals):
            return try Self.percent(try evaluate(inner, row: row), decimals: decimals, range: inner.range)
        case .call(let name, let arguments):
            try Self.checkCall(name, arguments: arguments, range: expression.range)
            return try Self.round(
                try evaluate(arguments[0], row: row), places: try evaluate(arguments[1], row: row), range: expression.range)
        }
    }

    /// `base.field`, where `base` must be a measure.
    static func field(_ field: Field, of value: Value, at baseRange: SourceRange) throws(Diagnostic) -> Value {
        guard case .measure(let measure) = value else {
            throw Diagnostic("\(value.text) has no fields", at: baseRange)
        }
        return try Row(columns: Table.measureColumns, values: Table.row(measure)).field(field)
    }

    static func unary(_ unaryOperator: UnaryOperator, _ value: Value, range: SourceRange) throws(Diagnostic) -> Value {
        switch (unaryOperator, scalar(value)) {
        case (.not, .boolean(let flag)): return .boolean(!flag)
        case (.negate, .number(let number, let isPercent, let decimals)):
            return .number(number.negated(), isPercent: isPercent, decimals: decimals)
        default: throw Diagnostic("cannot apply '\(unaryOperator.rawValue)' to \(value.text)", at: range)
        }
    }

    /// `x as %N`.
    static func percent(_ value: Value, decimals: Int, range innerRange: SourceRange) throws(Diagnostic) -> Value {
        let value = scalar(value)
        guard case .number(let number, _, _) = value else {
            throw Diagnostic("'as %' needs a number, got \(value.text)", at: innerRange)
        }
        return .number(number, isPercent: true, decimals: decimals)
    }

    /// Refuses a call other than `round(x, places)`, before its arguments are evaluated.
    static func checkCall(_ name: String, arguments: [Expression], range: SourceRange) throws(Diagnostic) {
        guard name == "round", arguments.count == 2 else {
            throw Diagnostic("unknown function '\(name)'; the only function is round(x, places)", at: range)
        }
    }

    static func round(_ value: Value, places: Value, range: SourceRange) throws(Diagnostic) -> Value {
        guard case .number(let number, let isPercent, _) = scalar(value), case .number(let count, _, _) = scalar(places),
            count.isInteger, let digits = Int(exactly: count.numerator), (0...10).contains(digits),
            let text = try? number.roundedHalfUp(decimals: digits).dropLast(), let rounded = Rational(decimal: String(text))
        else {
            throw Diagnostic("round needs a number and 0…10 places", at: range)
        }
        return .number(rounded, isPercent: isPercent, decimals: nil)
    }

    /// A measure stands for its value in arithmetic and comparisons (a percentage as its fraction);
    /// so does a table of one cell (`let n = audit | count`).
    static func scalar(_ value: Value) -> Value {
        switch value {
        case .measure(let measure): return Table.row(measure)[1]
        case .table(let table) where table.columns.count == 1 && table.rows.count == 1: return table.rows[0][0]
        default: return value
        }
    }

    private func resolve(_ name: String, row: Row?, range: SourceRange) throws(Diagnostic) -> Value {
        if let value = row?.value(of: name) { return value }
        if name == "_" { return lastResult }
        if let value = names[name] { return value }
        if MeasureIndex.isMeasureID(name) {
            let having = measureIndex.reports(having: name)
            if having.count == 1, let measure = measureIndex.measure(name, inReportAt: having[0], of: reports) {
                return .measure(measure)
            }
            if having.count > 1 {
                let names = having.map { measureIndex.qualifiedName(name, inReportAt: $0) }
                throw Diagnostic(
                    "'\(name)' is in \(having.count) reports: \(names.joined(separator: ", ")); "
                        + "name one, or '.use' one report", at: range)
            }
        }
        let candidates = (row?.columns ?? []) + Array(names.keys)
        let kind = row == nil ? "name" : "name or field"
        throw Diagnostic("unknown \(kind) '\(name)'" + EditDistance.suggestion(for: name, among: candidates), at: range)
    }

    private func measure(_ id: String, inReport report: String, range: SourceRange) throws(Diagnostic) -> Measure {
        guard let position = measureIndex.position(ofReport: report) else {
            throw Diagnostic(
                "no report '\(report)' in use" + EditDistance.suggestion(for: report, among: reports.map(\.id))
                    + "; .reports lists them", at: range)
        }
        guard let measure = measureIndex.measure(id, inReportAt: position, of: reports) else {
            throw Diagnostic("report '\(report)' has no measure '\(id)'", at: range)
        }
        return measure
    }

    static func binary(
        _ binaryOperator: BinaryOperator, _ leftValue: Value, _ rightValue: Value,
        range: SourceRange
    ) throws(Diagnostic) -> Value {
        let left = Self.scalar(leftValue), right = Self.scalar(rightValue)
        switch binaryOperator {
        case .and, .or:
            guard case .boolean(let a) = left, case .boolean(let b) = right else {
                throw Diagnostic("'\(binaryOperator.rawValue)' needs true/false on both sides", at: range)
            }
            return .boolean(binaryOperator == .and ? a && b : a || b)
        case .equal: return .boolean(Self.equal(left, right))
        case .notEqual: return .boolean(!Self.equal(left, right))
        case .contains:
            guard case .string(let text) = left, case .string(let part) = right else {
                throw Diagnostic("'~' needs text on both sides", at: range)
            }
            return .boolean(TextSearch(part).isFound(in: text))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let comparable: Bool
            switch (left, right) {
            case (.number, .number), (.string, .string): comparable = true
            case (.null, _), (_, .null): return .boolean(false)
            default: comparable = false
            }
            guard comparable else { throw Diagnostic("cannot compare \(left.text) with \(right.text)", at: range) }
            let order = Self.compare(left, right)
            switch binaryOperator {
            case .less: return .boolean(order < 0)
            case .lessOrEqual: return .boolean(order <= 0)
            case .greater: return .boolean(order > 0)
            default: return .boolean(order >= 0)
            }
        case .add, .subtract, .multiply, .divide:
            guard case .number(let a, let aPercent, _) = left, case .number(let b, let bPercent, _) = right else {
                throw Diagnostic("'\(binaryOperator.rawValue)' needs numbers, got \(left.text) and \(right.text)", at: range)
            }
            do {
                switch binaryOperator {
                case .add: return .number(try a.adding(b), isPercent: aPercent && bPercent, decimals: nil)
                case .subtract: return .number(try a.subtracting(b), isPercent: aPercent && bPercent, decimals: nil)
                case .multiply: return .number(try a.multiplied(by: b))
                default:
                    guard !b.isZero else { throw Diagnostic("division by zero", at: range) }
                    return .number(try a.divided(by: b))
                }
            } catch let diagnostic as Diagnostic {
                throw diagnostic
            } catch {
                throw Diagnostic("the result is too large to hold exactly", at: range)
            }
        }
    }

    private static func equal(_ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case let (.number(a, _, _), .number(b, _, _)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.boolean(a), .boolean(b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }
}

extension Row {
    func field(_ field: Field) throws(Diagnostic) -> Value {
        guard let value = value(of: field.name) else {
            throw Diagnostic(
                "unknown field '\(field.name)'" + EditDistance.suggestion(for: field.name, among: columns), at: field.range)
        }
        return value
    }
}

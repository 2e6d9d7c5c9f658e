import ReportModel

/// A `where` condition over measures, compiled once for the statement: fields are read from the
/// measure where it stands (no row of values is built), the parts that read no field are worked
/// out once, and a field compared with a constant is answered on the field itself. Its results and
/// errors are those of evaluating the condition on each row of the measures' table.
struct MeasureCondition {
    /// Whether the measure is kept. It is given the measure's place, not the measure: passing a
    /// measure to a closure copies it (every text field retained and released), as the compiler
    /// cannot know that the closure leaves the array unchanged.
    let test: (UnsafePointer<Measure>) throws(Diagnostic) -> Bool
    /// False when no measure can make `test` throw: the measures after the last one needed can
    /// then be left untested.
    let canThrow: Bool
}

extension Evaluator {
    func measureCondition(_ condition: Expression) -> MeasureCondition {
        let compiled = compileOverMeasures(condition)
        if let test = compiled.test { return MeasureCondition(test: test, canThrow: compiled.canThrow) }
        let value = compiled.value
        return MeasureCondition(
            test: { measure throws(Diagnostic) in
                let keep = try value(measure)
                guard case .boolean(let flag) = keep else {
                    throw Diagnostic("'where' needs a true/false condition, got \(keep.text)", at: condition.range)
                }
                return flag
            }, canThrow: true)
    }

    /// An expression over one measure's fields. Each step is the evaluator's own (`Self.binary`,
    /// `Self.unary`, …) applied in the same order, so only how fields are found differs.
    private func compileOverMeasures(_ expression: Expression) -> CompiledExpression {
        if case .name(let name) = expression.kind, let position = Table.measureColumnPositions[name] {
            return CompiledExpression(value: { measure in Table.field(position, of: measure.pointee) }, column: position)
        }
        guard Self.readsMeasureFields(expression) else { return constant(expression) }
        let range = expression.range
        switch expression.kind {
        case .field(let base, let field):
            let value = compileOverMeasures(base).value
            return CompiledExpression(value: { measure throws(Diagnostic) in
                try Self.field(field, of: try value(measure), at: base.range)
            })
        case .unary(let unaryOperator, let operand):
            let compiled = compileOverMeasures(operand)
            if unaryOperator == .not, let test = compiled.test {
                return CompiledExpression(test: { measure throws(Diagnostic) in try !test(measure) }, canThrow: compiled.canThrow)
            }
            return CompiledExpression(
                value: { measure throws(Diagnostic) in try Self.unary(unaryOperator, try compiled.value(measure), range: range) },
                isBoolean: unaryOperator == .not)
        case .binary(let binaryOperator, let left, let right):
            return binaryOverMeasures(binaryOperator, compileOverMeasures(left), compileOverMeasures(right), range: range)
        case .percent(let inner, let decimals):
            let value = compileOverMeasures(inner).value
            return CompiledExpression(value: { measure throws(Diagnostic) in
                try Self.percent(try value(measure), decimals: decimals, range: inner.range)
            })
        case .call(let name, let arguments):
            let values = arguments.map { compileOverMeasures($0).value }
            return CompiledExpression(value: { measure throws(Diagnostic) in
                try Self.checkCall(name, arguments: arguments, range: range)
                return try Self.round(try values[0](measure), places: try values[1](measure), range: range)
            })
        case .name, .number, .string, .boolean, .null, .argument, .measureReference:
            return constant(expression)
        }
    }

    private func binaryOverMeasures(
        _ binaryOperator: BinaryOperator, _ left: CompiledExpression, _ right: CompiledExpression, range: SourceRange
    ) -> CompiledExpression {
        switch binaryOperator {
        case .and, .or:
            guard let leftTest = left.test, let rightTest = right.test else { break }
            // Both sides are worked out, as the evaluator does, unless the right side cannot throw:
            // then its error cannot be missed.
            let isAnd = binaryOperator == .and
            let rightCanThrow = right.canThrow
            return CompiledExpression(
                test: { measure throws(Diagnostic) in
                    let first = try leftTest(measure)
                    if first != isAnd && !rightCanThrow { return first }
                    let second = try rightTest(measure)
                    return isAnd ? first && second : first || second
                }, canThrow: left.canThrow || right.canThrow)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .contains:
            if let column = left.column, let constant = right.constant,
                let test = FieldComparison.test(column, binaryOperator, constant)
            {
                return CompiledExpression(test: test, canThrow: false)
            }
            if let column = right.column, let constant = left.constant, let flipped = binaryOperator.flipped,
                let test = FieldComparison.test(column, flipped, constant)
            {
                return CompiledExpression(test: test, canThrow: false)
            }
        case .add, .subtract, .multiply, .divide: break
        }
        let leftValue = left.value, rightValue = right.value
        return CompiledExpression(
            value: { measure throws(Diagnostic) in
                try Self.binary(binaryOperator, try leftValue(measure), try rightValue(measure), range: range)
            },
            isBoolean: ![.add, .subtract, .multiply, .divide].contains(binaryOperator))
    }

    /// A part that reads no field: its value is the same for every measure, so it is worked out
    /// now. One that fails is worked out again on the first measure that reaches it, so that its
    /// error is the one that measure's row gives.
    private func constant(_ expression: Expression) -> CompiledExpression {
        do throws(Diagnostic) {
            return CompiledExpression(constant: try evaluate(expression, row: nil))
        } catch {
            return CompiledExpression(value: { measure throws(Diagnostic) in
                try evaluate(expression, row: Row(measures: [measure.pointee], at: 0))
            })
        }
    }

    /// Whether the expression names a field of the measure (any name among the measure columns:
    /// a row's fields come before `let` names).
    private static func readsMeasureFields(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .name(let name): return Table.measureColumnPositions[name] != nil
        case .field(let base, _): return readsMeasureFields(base)
        case .unary(_, let operand): return readsMeasureFields(operand)
        case .binary(_, let left, let right): return readsMeasureFields(left) || readsMeasureFields(right)
        case .percent(let inner, _): return readsMeasureFields(inner)
        case .call(_, let arguments): return arguments.contains(where: readsMeasureFields)
        case .number, .string, .boolean, .null, .argument, .measureReference: return false
        }
    }
}

/// A compiled part of a condition: its value for a measure, and what lets its parent go faster.
private struct CompiledExpression {
    let value: (UnsafePointer<Measure>) throws(Diagnostic) -> Value
    /// The value as true/false, when it is always one (or an error).
    var test: ((UnsafePointer<Measure>) throws(Diagnostic) -> Bool)?
    var canThrow = true
    /// The part is a bare field: its position in ``Table/measureColumns``.
    var column: Int?
    /// The part reads no field and has this value (as a comparison sees it).
    var constant: Value?

    init(value: @escaping (UnsafePointer<Measure>) throws(Diagnostic) -> Value, column: Int? = nil) {
        self.value = value
        self.column = column
        canThrow = column == nil
    }

    /// A part whose value is true, false or an error: comparisons, `and`, `or`, `not`.
    init(value: @escaping (UnsafePointer<Measure>) throws(Diagnostic) -> Value, isBoolean: Bool) {
        self.value = value
        guard isBoolean else { return }
        test = { measure throws(Diagnostic) in
            if case .boolean(true) = try value(measure) { return true }
            return false
        }
    }

    init(test: @escaping (UnsafePointer<Measure>) throws(Diagnostic) -> Bool, canThrow: Bool) {
        value = { measure throws(Diagnostic) in .boolean(try test(measure)) }
        self.test = test
        self.canThrow = canThrow
    }

    init(constant: Value) {
        value = { _ in constant }
        self.constant = Evaluator.scalar(constant)
        canThrow = false
        if case .boolean(let flag) = constant { test = { _ in flag } }
    }
}

extension BinaryOperator {
    /// The operator with its sides swapped (`3 < x` is `x > 3`); nil for `~`, which has no mirror.
    var flipped: BinaryOperator? {
        switch self {
        case .less: return .greater
        case .lessOrEqual: return .greaterOrEqual
        case .greater: return .less
        case .greaterOrEqual: return .lessOrEqual
        case .equal, .notEqual: return self
        case .contains, .and, .or, .add, .subtract, .multiply, .divide: return nil
        }
    }
}

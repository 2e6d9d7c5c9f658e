import ReportModel
import ReportVerification

extension Evaluator {
    /// An expression's value as the interval of true values it allows, with the numbers it stands
    /// for (`m44 / m41` → `4/23`): a measure is the interval its wording allows (1.8万 → 17500…18500,
    /// 3000多 → 3000…4000), literals and other values are exact.
    func interval(of expression: Expression) throws(Diagnostic) -> (value: Interval, arithmetic: String) {
        do {
            switch expression.kind {
            case .unary(.negate, let operand):
                let inner = try interval(of: operand)
                return (inner.value.negated(), "-" + inner.arithmetic)
            case .binary(let binaryOperator, let left, let right):
                return try combine(binaryOperator, left, right, range: expression.range)
            case .percent(let inner, _):
                return try interval(of: inner)
            default:
                break
            }
            let value = try evaluate(expression, row: nil)
            if case .measure(let measure) = value {
                let claim = StatedClaim(measure: measure)
                return (try claim.arithmeticInterval, claim.value.description + (claim.unitScale == .one ? "" : claim.unit))
            }
            let scalar = Self.scalar(value)
            guard case .number(let number, _, _) = scalar else {
                throw Diagnostic("needs a number or a measure, got \(value.text)", at: expression.range)
            }
            return (Interval(lower: number, upper: number), scalar.text)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic("the result is too large to hold exactly", at: expression.range)
        }
    }

    private func combine(
        _ binaryOperator: BinaryOperator, _ left: Expression, _ right: Expression,
        range: SourceRange
    ) throws -> (value: Interval, arithmetic: String) {
        let lhs = try interval(of: left), rhs = try interval(of: right)
        let leftText = Self.grouped(lhs.arithmetic, left, under: binaryOperator, isRight: false)
        let rightText = Self.grouped(rhs.arithmetic, right, under: binaryOperator, isRight: true)
        switch binaryOperator {
        case .add: return (try lhs.value.adding(rhs.value), "\(leftText) + \(rightText)")
        case .subtract: return (try lhs.value.subtracting(rhs.value), "\(leftText) - \(rightText)")
        case .multiply: return (try lhs.value.multiplied(by: rhs.value), "\(leftText)×\(rightText)")
        case .divide:
            guard !rhs.value.contains(.zero) else {
                throw Diagnostic(
                    rhs.value.isPoint ? "division by zero" : "the divisor may be zero (\(rhs.arithmetic))",
                    at: range)
            }
            return (try lhs.value.divided(by: rhs.value), "\(leftText)/\(rightText)")
        default:
            throw Diagnostic("'\(binaryOperator.rawValue)' is not arithmetic; a check compares two numbers", at: range)
        }
    }

    /// Brackets a sub-expression's numbers where the operator around it binds tighter.
    private static func grouped(
        _ text: String, _ expression: Expression, under parent: BinaryOperator,
        isRight: Bool
    ) -> String {
        guard case .binary(let child, _, _) = expression.kind else { return text }
        let parentPriority = Precedence.priority(of: parent).left
        let childPriority = Precedence.priority(of: child).left
        let needs =
            childPriority < parentPriority
            || (isRight && childPriority == parentPriority
                && (parent == .subtract || parent == .divide))
        return needs ? "(\(text))" : text
    }
}

import ReportModel

/// A field of a measure compared with a constant (`unit == "件"`, `value >= 100`, `approx != null`),
/// answered on the field as the measure holds it, without making its ``Value``: the answers are
/// those of `Evaluator.binary` on the field's value, for the comparisons that cannot fail.
enum FieldComparison {
    /// The test, or nil when the comparison is not one of these (or can fail on some measure, as
    /// ordering a number against text does).
    static func test(_ column: Int, _ comparison: BinaryOperator, _ constant: Value) -> ((UnsafePointer<Measure>) -> Bool)? {
        switch Table.measureColumns[column] {
        case "value": return numeric({ stated($0.pointee.value, of: $0) }, comparison, constant)
        case "lower": return numeric({ measure in measure.pointee.lower.map { stated($0, of: measure) } }, comparison, constant)
        case "upper": return numeric({ measure in measure.pointee.upper.map { stated($0, of: measure) } }, comparison, constant)
        case "decimals": return numeric({ Rational($0.pointee.decimals) }, comparison, constant)
        case "start": return numeric({ Rational($0.pointee.start) }, comparison, constant)
        case "end": return numeric({ Rational($0.pointee.end) }, comparison, constant)
        case "id": return text({ $0.pointee.id }, comparison, constant)
        case "unit": return text({ $0.pointee.unit }, comparison, constant)
        case "raw": return text({ $0.pointee.raw }, comparison, constant)
        case "kind": return text({ $0.pointee.kind.rawValue }, comparison, constant)
        case "subject": return text({ $0.pointee.subject }, comparison, constant)
        case "section": return text({ $0.pointee.section }, comparison, constant)
        case "heading": return text({ $0.pointee.heading }, comparison, constant)
        case "sentence": return text({ $0.pointee.sentence }, comparison, constant)
        case "report": return text({ $0.pointee.report }, comparison, constant)
        case "approx": return text({ $0.pointee.approx }, comparison, constant, canBeNull: true)
        default: return nil
        }
    }

    /// A number field as the language holds it: a percentage as its fraction (`Value.stated`).
    private static func stated(_ value: Rational, of measure: UnsafePointer<Measure>) -> Rational {
        guard measure.pointee.kind == .percent, let fraction = try? value.divided(by: .hundred) else { return value }
        return fraction
    }

    private static func numeric(
        _ field: @escaping (UnsafePointer<Measure>) -> Rational?, _ comparison: BinaryOperator, _ constant: Value
    ) -> ((UnsafePointer<Measure>) -> Bool)? {
        guard case .number(let number, _, _) = constant else { return other(field, comparison, constant) }
        switch comparison {
        case .equal: return { field($0) == number }
        case .notEqual: return { field($0) != number }
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let holds = order(comparison)
            return { measure in field(measure).map { holds(compare($0, number)) } ?? false }
        default: return nil
        }
    }

    private static func text(
        _ field: @escaping (UnsafePointer<Measure>) -> String?, _ comparison: BinaryOperator, _ constant: Value,
        canBeNull: Bool = false
    ) -> ((UnsafePointer<Measure>) -> Bool)? {
        guard case .string(let string) = constant else { return other(field, comparison, constant) }
        switch comparison {
        case .equal, .notEqual:
            let equality = TextEquality(string)
            let wanted = comparison == .equal
            return { measure in field(measure).map { equality.matches($0) == wanted } ?? !wanted }
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let holds = order(comparison)
            return { measure in
                field(measure).map { holds($0 < string ? -1 : ($0 == string ? 0 : 1)) } ?? false
            }
        case .contains:
            // Null `~` text is an error.
            guard !canBeNull else { return nil }
            let search = TextSearch(string)
            return { measure in field(measure).map(search.isFound) ?? false }
        default: return nil
        }
    }

    /// A field against a constant of another kind: only null has its own answers (a field equals
    /// null when it is null; any order with null is false); equality with anything else is false,
    /// and an order can fail.
    private static func other<Field>(
        _ field: @escaping (UnsafePointer<Measure>) -> Field?, _ comparison: BinaryOperator, _ constant: Value
    ) -> ((UnsafePointer<Measure>) -> Bool)? {
        let isNull: Bool
        if case .null = constant { isNull = true } else { isNull = false }
        switch comparison {
        case .equal: return isNull ? { field($0) == nil } : { _ in false }
        case .notEqual: return isNull ? { field($0) != nil } : { _ in true }
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return isNull ? { _ in false } : nil
        default: return nil
        }
    }

    /// `Evaluator.compare` of two numbers, with denominators of 1 (counts, amounts, years) compared
    /// directly.
    private static func compare(_ left: Rational, _ right: Rational) -> Int {
        if left.denominator == 1 && right.denominator == 1 {
            return left.numerator < right.numerator ? -1 : (left.numerator == right.numerator ? 0 : 1)
        }
        return left < right ? -1 : (left == right ? 0 : 1)
    }

    /// What an order comparison makes of `compare`'s -1, 0 or 1.
    private static func order(_ comparison: BinaryOperator) -> (Int) -> Bool {
        switch comparison {
        case .less: return { $0 < 0 }
        case .lessOrEqual: return { $0 <= 0 }
        case .greater: return { $0 > 0 }
        default: return { $0 >= 0 }
        }
    }
}

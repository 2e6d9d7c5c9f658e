/// Binary operator priorities in one table, as Lua's `priority[]`: higher binds tighter, and a
/// right priority above the left one would make the operator right-associative (none is).
///
///     or                         1
///     and                        2
///     == != < <= > >= ~          3
///     + -                        4
///     * /                        5
///     not                        between 2 and 3 (prefix: its operand takes comparisons, as in SQL)
///     unary -                    6   (prefix: binds tighter than * /)
///     x as %                     lowest: applies to the whole expression
enum Precedence {
    static func priority(of binaryOperator: BinaryOperator) -> (left: Int, right: Int) {
        switch binaryOperator {
        case .or: return (1, 1)
        case .and: return (2, 2)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .contains: return (3, 3)
        case .add, .subtract: return (4, 4)
        case .multiply, .divide: return (5, 5)
        }
    }

    /// The operand of a prefix operator takes binary operators whose left priority is above these.
    static let not = 2
    static let unary = 5
}

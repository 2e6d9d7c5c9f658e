import ReportModel

/// A parsed statement; the parser dispatches on its first word in `Parser.statement()`.
public enum Statement: Sendable {
    case assignment(name: String, value: Pipeline, range: SourceRange)
    case query(Pipeline)
    /// `check A == B "label"`: a comparison decided with the intervals the figures allow.
    case check(CheckStatement)
    /// `solve P of N` / `solve P`: the counts, or the smallest bases, that give a stated share.
    case solve(claim: Operand, base: Expression?)
}

/// One side of a check, or the share of a solve, with its text as written (`m44 / 办结`), which
/// is how the verdict names it.
public struct Operand: Sendable {
    public var expression: Expression
    public var text: String
}

public struct CheckStatement: Sendable {
    public var lhs: Operand
    public var comparison: BinaryOperator
    public var rhs: Operand
    public var label: String?
}

/// `SOURCE | stage | stage …`
public struct Pipeline: Sendable {
    public var source: PipelineSource
    public var stages: [Stage]
}

public enum PipelineSource: Sendable {
    case measures, sections, reports, tables, cells, indicators, audit
    case find(String)
    case expression(Expression)
}

public enum Aggregate: Sendable {
    case count
    case sum(Field), average(Field), minimum(Field), maximum(Field)
}

/// A field name as written, kept with its range for "unknown field" carets.
public struct Field: Sendable {
    public var name: String
    public var range: SourceRange
}

public enum Stage: Sendable {
    case filter(Expression)
    case sort([(field: Field, descending: Bool)])
    case take(Expression)
    case select([(name: String, value: Expression)])
    case aggregate(Aggregate)
    case group(Field, Aggregate)
    /// `chart [VALUE] [by LABEL]`: a bar per row (defaults in `Evaluator.chart`).
    case chart(value: Field?, label: Field?, range: SourceRange)
}

public enum UnaryOperator: String, Sendable { case negate = "-", not }

public enum BinaryOperator: String, Sendable, CaseIterable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case contains = "~"
    case add = "+", subtract = "-", multiply = "*", divide = "/"
}

public indirect enum ExpressionKind: Sendable {
    case number(Rational, isPercent: Bool)
    case string(String)
    case boolean(Bool)
    case null
    case name(String)
    /// A measure named with its report: `suizhou-2023.m40`, `"2023 report".m40`.
    case measureReference(report: String, id: String)
    case argument(String)
    case field(Expression, Field)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case call(String, [Expression])
    /// `x as %` / `x as %1`: a percentage shown with that many decimals.
    case percent(Expression, decimals: Int)
}

public struct Expression: Sendable {
    public var kind: ExpressionKind
    public var range: SourceRange
    /// How many levels the expression nests, brackets counted: how deep evaluating it recurses.
    public internal(set) var depth = 1
}

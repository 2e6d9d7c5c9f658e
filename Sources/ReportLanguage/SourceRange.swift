/// Where a token or node stands in a statement: line, and column in Characters (both from 1).
public struct SourceRange: Sendable, Equatable {
    public var line: Int
    public var column: Int
    /// Width in Characters; at least 1 so a caret always shows.
    public var length: Int

    public init(line: Int, column: Int, length: Int) {
        self.line = line
        self.column = column
        self.length = max(1, length)
    }

    public func through(_ other: SourceRange) -> SourceRange {
        guard other.line == line else { return self }
        return SourceRange(line: line, column: column, length: other.column + other.length - column)
    }
}

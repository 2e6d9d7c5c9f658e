/// A statement, or a line of input, beyond the size bound.
public struct StatementTooLong: Error, Sendable, Equatable, CustomStringConvertible {
    /// The most bytes of UTF-8 one statement (all its lines) or one line may take. Statements are
    /// typed or written by hand; the bound keeps endless input (`< /dev/zero`, an unterminated
    /// string) from growing without end.
    public static let maximumSize = 1 << 20

    public init() {}

    public var description: String {
        "the statement is longer than \(Self.maximumSize >> 20) MiB, the most one statement or line may take"
    }
}

import ReportModel

/// A lexical unit of the language, with where it stands.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case number(Rational, isPercent: Bool)
        case string(String)
        case identifier(String)
        /// `suizhou-2023.m40`: a measure qualified by its report's id.
        case measureReference(report: String, id: String)
        /// `$NAME`, a script argument.
        case argument(String)
        case symbol(String)
        case end
    }

    public var kind: Kind
    public var range: SourceRange

    public static var keywords: Set<String> { Keyword.reserved }
}

/// An error in a statement, with the span it concerns and what sort of error it is.
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The statement is not well formed.
        case syntax
        /// The input ended inside a construct (open bracket, trailing `|`, unterminated string):
        /// a shell asks for a continuation line rather than reporting it.
        case incomplete
        /// The statement is well formed but cannot run: an unknown name, a wrong type, a division
        /// by zero.
        case runtime
        /// The user stopped the statement (Ctrl-C): a shell says `interrupted` and goes back to
        /// its prompt.
        case interrupted
    }

    public var kind: Kind
    public var message: String
    public var range: SourceRange

    public init(_ message: String, at range: SourceRange, kind: Kind = .runtime) {
        self.kind = kind
        self.message = message
        self.range = range
    }

    public static func interrupted(at range: SourceRange) -> Diagnostic {
        Diagnostic("interrupted", at: range, kind: .interrupted)
    }
}

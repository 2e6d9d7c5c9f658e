/// A database could not be written; whatever was at the path is as it was.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// The person stopped it (Ctrl-C): a shell says so as it does for a statement.
    public var wasInterrupted = false

    public var description: String { "cannot write '\(path)': \(reason)" }
}

/// Where a session writes: results to one stream, diagnostics to another. The command line
/// wires these to stdout/stderr; a REPL or a test can collect them instead.
public protocol OutputSink: AnyObject {
    func writeResult(_ text: String)
    func writeDiagnostic(_ text: String)
}

/// A sink that keeps everything written, for tests and for `.once`-style capture.
public final class CollectingSink: OutputSink {
    public private(set) var results = ""
    public private(set) var diagnostics = ""

    public init() {}

    public func writeResult(_ text: String) { results += text }
    public func writeDiagnostic(_ text: String) { diagnostics += text }
}

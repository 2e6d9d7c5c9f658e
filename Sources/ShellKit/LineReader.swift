/// What one attempt to read a line gave.
public enum LineReadResult: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C while reading: the caller drops what it holds and prompts afresh.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// A source of input lines for the shell: a line editor on a terminal, or plain reads otherwise.
public protocol LineReader: AnyObject {
    /// Whether statements read here belong in the history file; piped input never does.
    var keepsHistory: Bool { get }
    func readLine(prompt: String) -> LineReadResult
    /// Makes a finished statement (possibly several lines) recallable with Up in this session.
    func remember(_ statement: String)
}

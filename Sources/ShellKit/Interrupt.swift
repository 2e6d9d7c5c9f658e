import CEditLine

/// Ctrl-C: a SIGINT handler that only raises a flag. The line editor sees it as an interrupted read;
/// a long-running statement polls `isRequested` and stops.
public enum Interrupt {
    /// Installs the handler (without SA_RESTART, so a blocked read returns). Call once, before the
    /// first prompt, and only for an interactive shell: a script should still die on Ctrl-C.
    @discardableResult
    public static func install() -> Bool {
        reportsh_install_interrupt_handler() == 0
    }

    public static var isRequested: Bool { reportsh_interrupt_is_requested() != 0 }

    public static func request() { reportsh_interrupt_request() }

    public static func clear() { reportsh_interrupt_clear() }

    /// For a statement's inner loops: throws `InterruptedError` once Ctrl-C was pressed.
    public static func checkpoint() throws {
        if isRequested { throw InterruptedError() }
    }
}

/// A statement stopped by Ctrl-C; its description is what the shell shows.
public struct InterruptedError: Error, Equatable, CustomStringConvertible {
    public init() {}
    public var description: String { "interrupted" }
}

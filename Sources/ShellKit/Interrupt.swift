import CEditLine
import CInterrupt

/// Ctrl-C: a SIGINT handler that only raises a flag (one per process, in the CInterrupt target).
/// The line editor sees it as an interrupted read; a long-running statement polls `isRequested`
/// and stops.
public enum Interrupt {
    /// Installs the handler (without SA_RESTART, so a blocked read returns). Call once, before the
    /// first prompt, and only for an interactive shell: a script should still die on Ctrl-C.
    @discardableResult
    public static func install() -> Bool {
        reportsh_install_interrupt_handler() == 0
    }

    /// Ctrl-C ends the process again, as it does for a script.
    @discardableResult
    public static func uninstall() -> Bool {
        reportsh_uninstall_interrupt_handler() == 0
    }

    public static var isRequested: Bool { reportsh_interrupt_is_requested() != 0 }

    public static func clear() { reportsh_interrupt_clear() }

    /// Brackets a blocking read, so that a SIGINT delivered to another thread is passed on to it.
    static func beginRead() { reportsh_interrupt_begin_read() }

    static func endRead() { reportsh_interrupt_end_read() }

    /// The line editor's key reader that notices Ctrl-C however it is timed.
    static var interruptibleReader: reportsh_read_function { reportsh_interruptible_reader() }
}

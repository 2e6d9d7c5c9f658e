import Foundation

@testable import ReportDocuments

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Swift's Glibc module is built without _XOPEN_SOURCE/_GNU_SOURCE, which hides these declarations;
// the functions themselves are in every glibc, so they are declared here by their C names.
@_silgen_name("posix_openpt") private func openMasterTerminal(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantTerminal(_ master: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockTerminal(_ master: Int32) -> Int32
@_silgen_name("ptsname_r") private func terminalName(
    _ master: Int32, _ buffer: UnsafeMutablePointer<CChar>,
    _ length: Int
) -> Int32
/// glibc's POSIX_SPAWN_SETSID (spawn.h), hidden for the same reason.
private let spawnNewSession: Int32 = 0x80

/// Drives a program on a pseudo-terminal as a person would: it is a session leader whose controlling
/// terminal is the pty, so Ctrl-C raises SIGINT in it. Every wait is bounded and the child is killed
/// on `close()` (or deinit), so a broken program fails a test instead of hanging it.
final class PseudoTerminal {
    enum Key: String {
        case up = "\u{1B}[A"
        case tab = "\t"
        case enter = "\r"
        case backspace = "\u{7F}"
        case ctrlC = "\u{03}"
        case ctrlD = "\u{04}"
        case ctrlR = "\u{12}"
    }

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    private let master: Int32
    private var childID: pid_t = 0
    private var received: [UInt8] = []

    /// The terminal end a program (or an in-process line editor) reads and writes.
    let terminalPath: String

    /// A terminal with nothing on it yet; `open(terminalPath)` gives its other end.
    init(rows: UInt16 = 24, columns: UInt16 = 80) throws {
        master = openMasterTerminal(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, grantTerminal(master) == 0, unlockTerminal(master) == 0 else {
            throw SpawnError(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var name = [CChar](repeating: 0, count: 128)
        guard terminalName(master, &name, name.count) == 0 else {
            Glibc.close(master)
            throw SpawnError(description: "no pseudo-terminal name")
        }
        terminalPath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Starts `arguments` on a new terminal, with exactly `environment`.
    convenience init(
        arguments: [String], environment: [String: String], rows: UInt16 = 24,
        columns: UInt16 = 80
    ) throws {
        try self.init(rows: rows, columns: columns)
        try spawn(arguments, environment: environment)
    }

    private func spawn(_ arguments: [String], environment: [String: String]) throws {

        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        // setsid runs before the file actions, so opening the pty makes it the controlling terminal.
        SpawnSignals.startAsOwn(&attributes, flags: spawnNewSession)
        posix_spawn_file_actions_addopen(&actions, 0, terminalPath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        let status = posix_spawn(&childID, arguments.first ?? "", &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw SpawnError(description: "cannot start \(arguments): \(String(cString: strerror(status)))")
        }
    }

    deinit { close() }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    func press(_ key: Key) { type(key.rawValue) }

    /// Everything the program wrote, as it wrote it.
    var raw: String { String(decoding: received, as: UTF8.self) }

    /// Everything the program wrote, with terminal control sequences and carriage returns removed.
    var text: String { Self.plain(String(decoding: received, as: UTF8.self)) }

    /// Reads until `expected` has appeared `occurrence` times in `text`, or the timeout passes.
    @discardableResult
    func waitFor(_ expected: String, occurrence: Int = 1, timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while true {
            if text.components(separatedBy: expected).count - 1 >= occurrence { return true }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero, readAvailable(waitingAtMost: remaining) else { return false }
        }
    }

    /// Collects output for `duration`, giving the program time to react to keys.
    func settle(for duration: Duration = .milliseconds(150)) {
        let deadline = ContinuousClock.now + duration
        while case let remaining = deadline - ContinuousClock.now, remaining > .zero {
            _ = readAvailable(waitingAtMost: remaining)
        }
    }

    /// Waits for the child to exit by itself; its exit status, or nil on timeout.
    func waitForExit(timeout: Duration = .seconds(10)) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            var status: Int32 = 0
            if childID > 0 && waitpid(childID, &status, WNOHANG) == childID {
                childID = 0
                return (status >> 8) & 0xFF
            }
            _ = readAvailable(waitingAtMost: .milliseconds(50))
        }
        return nil
    }

    func close() {
        if childID > 0 {
            kill(childID, SIGKILL)
            var status: Int32 = 0
            waitpid(childID, &status, 0)
            childID = 0
        }
        if master >= 0 { Glibc.close(master) }
    }

    /// False once the timeout passes with nothing to read or the child has gone.
    private func readAvailable(waitingAtMost limit: Duration) -> Bool {
        let milliseconds = Int32(
            min(limit.components.seconds * 1000 + limit.components.attoseconds / 1_000_000_000_000_000, 60_000))
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, max(1, milliseconds)) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        received += chunk[..<count]
        return true
    }

    static func plain(_ raw: String) -> String {
        var result = ""
        var scalars = raw.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                guard let kind = scalars.next() else { break }
                if kind == "[" {
                    while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
                } else if kind == "]" {
                    while let next = scalars.next(), next != "\u{07}" {}
                }
            case "\r", "\u{07}":
                break
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

import Foundation

@testable import ReportDocuments

/// A program run as a child through posix_spawn, its standard streams on files and its end
/// awaited with `waitpid`, never longer than a deadline.
///
/// Foundation's `Process` learns of a child's end when a socket the child inherited closes. Any
/// other program that inherits that socket too (a child spawned at the same moment by a test
/// running in parallel, or a browser's helper that outlives its test) keeps it open, and
/// `waitUntilExit` then waits on a child that has long been a zombie: a local run once sat 12
/// minutes so. Here the child holds nothing of the test process (every descriptor from 3 up is
/// closed in it), no pipe end can be held elsewhere (its streams are files it opens itself), and
/// the test reaps its own child, so a missed notification cannot exist.
struct SpawnedChild {
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// What standard input reads: these bytes, or a file as it is (a FIFO, a device).
    enum Input {
        case bytes(Data)
        case file(String)
    }

    struct SpawnFailure: Error, CustomStringConvertible {
        let description: String
    }

    var ending: Ending
    var output: Data
    var errors: Data
    /// Where the child stood when the deadline killed it; nil when it ended by itself.
    var overran: String?

    /// Runs `executable` with `arguments`; `environment` nil passes this process's own.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]?, directory: String?,
        input: Input, deadline: Duration
    ) throws -> SpawnedChild {
        let streams = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: streams, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: streams) }
        let inputPath: String
        switch input {
        case .file(let path): inputPath = path
        case .bytes(let bytes):
            inputPath = streams + "/input"
            try bytes.write(to: URL(fileURLWithPath: inputPath))
        }
        let child = try spawn(
            executable, arguments, environment: environment, directory: directory,
            streams: (inputPath, streams + "/output", streams + "/errors"))
        let (status, overran) = reap(child, deadline: ContinuousClock.now + deadline)
        // The macros behind WIFEXITED and WTERMSIG are not imported into Swift.
        let signal = status & 0x7F
        return SpawnedChild(
            ending: signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal),
            output: FileManager.default.contents(atPath: streams + "/output") ?? Data(),
            errors: FileManager.default.contents(atPath: streams + "/errors") ?? Data(), overran: overran)
    }

    /// The wait status, and where the child stood if the deadline came first and killed it. The
    /// child is not reaped before the kill, so its pid cannot have passed to another process.
    private static func reap(_ child: pid_t, deadline: ContinuousClock.Instant) -> (Int32, String?) {
        var status: Int32 = 0
        var pause = 1_000 as UInt32
        while true {
            let reaped = waitpid(child, &status, WNOHANG)
            if reaped == child { return (status, nil) }
            if reaped < 0 && errno != EINTR { return (status, "not waitable: \(String(cString: strerror(errno)))") }
            if ContinuousClock.now >= deadline { break }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        let stoodAt = whereWaiting(child)
        kill(child, SIGKILL)
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        return (status, stoodAt)
    }

    private static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String]?, directory: String?,
        streams: (input: String, output: String, errors: String)
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        try GNUSpawnActions.closeFrom(3, in: &actions)
        if let directory { try GNUSpawnActions.changeDirectory(to: directory, in: &actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, streams.input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, streams.output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, streams.errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        SpawnSignals.startAsOwn(&attributes)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw SpawnFailure(description: "cannot run \(executable): \(String(cString: strerror(result)))")
        }
        return child
    }

    /// The child's command line, state and, for each of its threads, the kernel function it sleeps in.
    static func whereWaiting(_ pid: pid_t) -> String {
        func read(_ path: String) -> String {
            (FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? "?")
                .replacingOccurrences(of: "\0", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let state = read("/proc/\(pid)/status").split(separator: "\n").first { $0.hasPrefix("State:") } ?? "State: ?"
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        let waits = threads.sorted().map { "\($0):\(read("/proc/\(pid)/task/\($0)/wchan"))" }
        return "\(read("/proc/\(pid)/cmdline")) (\(state); threads \(waits.joined(separator: " ")))"
    }
}

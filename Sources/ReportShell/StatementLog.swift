/// What `.save` writes: the statements of the session that ran without error, after a prelude that
/// puts a fresh `reportsh FILE` run where the session started (its reports and mode), so that the
/// script reproduces the session's results.
struct StatementLog {
    /// Fixed when the session runs its first input; nil before.
    private(set) var prelude: [String]?
    private(set) var entries: [String] = []
    /// `--arg` values the statements may read; a script needs them passed again.
    var arguments: [String: String] = [:]

    mutating func start(prelude lines: @autoclosure () -> [String], arguments: [String: String]) {
        guard prelude == nil else { return }
        prelude = lines()
        self.arguments = arguments
    }

    mutating func append(_ entry: String) {
        entries.append(entry)
    }

    var script: String {
        var lines = [
            "#!/usr/bin/env reportsh",
            "# Saved by reportsh (.save): the statements of a session that ran without error.",
        ]
        if !arguments.isEmpty {
            let flags = arguments.keys.sorted().map { "--arg " + DotCommandLine.quoted("\($0)=\(arguments[$0] ?? "")") }
            lines.append("# The session had: " + flags.joined(separator: " "))
        }
        lines += prelude ?? []
        lines += entries
        return lines.map { $0 + "\n" }.joined()
    }
}

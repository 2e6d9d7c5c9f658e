// FoundationEssentials, not Foundation: the full framework (ICU included) slows every start-up.
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shell's history on disk: one statement per line, a multi-line statement kept whole by
/// escaping its newlines (`\n`) and backslashes (`\\`). The file is ours, not libedit's format, so
/// libedit's in-memory history is fed from it.
public struct HistoryFile: Sendable {
    public static let defaultLimit = 2000

    public let path: String
    public let limit: Int

    public init(path: String, limit: Int = HistoryFile.defaultLimit) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// $REPORTSH_HISTORY, else $XDG_STATE_HOME/reportsh/history, else ~/.local/state/reportsh/history;
    /// nil when none of them can be formed (no HOME).
    public static func defaultPath(environment: [String: String]) -> String? {
        if let explicit = environment["REPORTSH_HISTORY"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/reportsh/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/reportsh/history"
    }

    /// The entries, oldest first; a missing or unreadable file is an empty history.
    public func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map { Self.decode($0) }
    }

    /// Adds a statement, re-reading the file first so that shells running side by side keep each
    /// other's entries. A repeat of the last entry is not stored twice.
    public func append(_ statement: String) throws {
        guard !statement.allSatisfy(\.isWhitespace) else { return }
        var entries = load()
        if entries.last != statement { entries.append(statement) }
        try save(entries)
    }

    /// Writes the newest `limit` entries to a temporary file beside the history and renames it over,
    /// so an interrupted save leaves the old history intact.
    public func save(_ entries: [String]) throws {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw HistoryFileError(path: path, reason: "cannot create folder '\(directory)'")
            }
        }
        let text = entries.suffix(limit).map { Self.encode($0) + "\n" }.joined()
        let temporary = "\(path).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HistoryFileError(path: path, reason: Self.systemReason()) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let reason = Self.systemReason()
                close(descriptor)
                unlink(temporary)
                throw HistoryFileError(path: path, reason: reason)
            }
            written += count
        }
        guard fsync(descriptor) == 0 || errno == EINVAL, close(descriptor) == 0,
            rename(temporary, path) == 0
        else {
            let reason = Self.systemReason()
            unlink(temporary)
            throw HistoryFileError(path: path, reason: reason)
        }
    }

    static func encode(_ entry: String) -> String {
        var encoded = ""
        for character in entry.unicodeScalars {
            switch character {
            case "\\": encoded += "\\\\"
            case "\n": encoded += "\\n"
            case "\r": encoded += "\\r"
            default: encoded.unicodeScalars.append(character)
            }
        }
        return encoded
    }

    static func decode(_ line: Substring) -> String {
        var decoded = ""
        var escaping = false
        for character in line.unicodeScalars {
            if escaping {
                switch character {
                case "n": decoded += "\n"
                case "r": decoded += "\r"
                default: decoded.unicodeScalars.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                decoded.unicodeScalars.append(character)
            }
        }
        return decoded
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}

/// The history file could not be written; the shell warns once and carries on.
public struct HistoryFileError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot save history to '\(path)': \(reason)" }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A new file written beside the one it is to replace and renamed over it once complete, so that a
/// failed or interrupted write leaves what was there. What the shell's saved files and the
/// database export share; each keeps its own rules for what may be replaced.
package struct ReplacementFile {
    /// The file to replace: the path asked for with symbolic links followed, since a rename onto a
    /// link replaces the link, not what it names.
    package let target: String
    /// The new file, in the target's folder (a rename never crosses file systems).
    package let temporaryPath: String
    /// Open for writing.
    package let descriptor: Int32

    /// Creates the empty new file at once, so an unwritable folder is reported, in the system's
    /// words, before any work is done. Throws the reason it cannot.
    package init(replacing target: String) throws(FileSystemFailure) {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        guard !name.isEmpty else { throw FileSystemFailure(reason: "a file name is needed") }
        Self.counter += 1
        self.target = target
        temporaryPath = "\(folder).\(name).\(getpid())-\(Self.counter).tmp"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileSystemFailure.fromErrno() }
    }

    /// Syncs and closes the new file, and puts it in place of the target; on failure the new
    /// file is removed and the target is left as it was.
    package func commit() throws(FileSystemFailure) {
        let synced = fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        guard synced, closed, rename(temporaryPath, target) == 0 else {
            let failure = FileSystemFailure.fromErrno()
            unlink(temporaryPath)
            throw failure
        }
    }

    /// Closes and removes the new file; the target is left as it was.
    package func discard() {
        close(descriptor)
        unlink(temporaryPath)
    }

    /// `path` with every symbolic link resolved; as given when it does not exist yet.
    package static func followingLinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    nonisolated(unsafe) private static var counter = 0
}

/// Why a call to the system failed, in its words (`Permission denied`) or ours.
package struct FileSystemFailure: Error {
    package let reason: String

    package init(reason: String) {
        self.reason = reason
    }

    /// The system's words for the last failed call.
    package static func fromErrno() -> FileSystemFailure {
        FileSystemFailure(reason: String(cString: strerror(errno)))
    }
}

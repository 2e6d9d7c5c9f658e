#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written whole or not at all: the text goes to a temporary file in the same folder, which
/// is renamed over the target once complete. A failed or interrupted write never leaves a
/// half-written file and never destroys the one that was there.
public final class AtomicFile {
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32

    /// Creates the temporary file at once, so an unwritable folder is reported before anything runs.
    public init(path: String) throws(FileWriteError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw FileWriteError(path: path, reason: "a file name is needed") }
        Self.counter += 1
        temporaryPath = "\(folder).\(name).\(getpid())-\(Self.counter).tmp"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: Self.systemReason()) }
    }

    deinit { discard() }

    /// Writes the whole text to the target: `write(text)` then `commit()`.
    public static func write(_ text: String, to path: String) throws(FileWriteError) {
        let file = try AtomicFile(path: path)
        try file.append(text)
        try file.commit()
    }

    public func append(_ text: String) throws(FileWriteError) {
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: "the file is already closed") }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let reason = Self.systemReason()
                discard()
                throw FileWriteError(path: path, reason: reason)
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Puts the complete file in place of the target.
    public func commit() throws(FileWriteError) {
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: "the file is already closed") }
        let synced = fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        descriptor = -1
        guard synced, closed, rename(temporaryPath, path) == 0 else {
            let reason = Self.systemReason()
            unlink(temporaryPath)
            throw FileWriteError(path: path, reason: reason)
        }
    }

    /// Drops what was written; the target is left as it was.
    public func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporaryPath)
    }

    nonisolated(unsafe) private static var counter = 0

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}

/// A file could not be written; nothing was changed on disk.
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write '\(path)': \(reason)" }
}

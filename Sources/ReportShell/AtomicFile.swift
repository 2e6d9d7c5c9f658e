import ReportDocuments

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written whole or not at all: the text goes to a temporary file in the same folder, which
/// is renamed over the target once complete. A failed or interrupted write never leaves a
/// half-written file and never destroys the one that was there.
///
/// A target that exists and is not a regular file (`/dev/null`, `/dev/full`, a terminal, a FIFO)
/// is written directly: a rename would put a regular file in place of the device.
public final class AtomicFile {
    public let path: String
    /// Nil when the target is written directly.
    private let replacement: ReplacementFile?
    private var descriptor: Int32

    /// Creates the temporary file at once, so an unwritable folder is reported before anything runs.
    public init(path: String) throws(FileWriteError) {
        self.path = path
        // A rename onto a symbolic link replaces the link, not what it names (onto /dev/stdout,
        // itself a link, a regular file would take its place): the link's target is replaced.
        let target = ReplacementFile.followingLinks(path)
        var status = stat()
        if stat(target, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            guard (status.st_mode & S_IFMT) != S_IFDIR else { throw FileWriteError(path: path, reason: "it is a folder") }
            replacement = nil
            descriptor = try Self.openDirectly(target, named: path)
            return
        }
        let replacement: ReplacementFile
        do { replacement = try ReplacementFile(replacing: target) } catch {
            throw FileWriteError(path: path, reason: error.reason)
        }
        self.replacement = replacement
        descriptor = replacement.descriptor
    }

    /// Opens a device or FIFO for writing. Non-blocking to open, so a FIFO nobody reads is an
    /// error at once instead of a wait for a reader; blocking again for the writes.
    private static func openDirectly(_ target: String, named path: String) throws(FileWriteError) -> Int32 {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw FileWriteError(
                path: path, reason: errno == ENXIO ? "no process reads from the FIFO" : FileSystemFailure.fromErrno().reason)
        }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0 else {
            let reason = FileSystemFailure.fromErrno().reason
            close(descriptor)
            throw FileWriteError(path: path, reason: reason)
        }
        return descriptor
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
                let reason = FileSystemFailure.fromErrno().reason
                discard()
                throw FileWriteError(path: path, reason: reason)
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Puts the complete file in place of the target (a device or FIFO was written already).
    public func commit() throws(FileWriteError) {
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: "the file is already closed") }
        let directDescriptor = descriptor
        descriptor = -1
        do throws(FileSystemFailure) {
            if let replacement {
                try replacement.commit()
            } else if close(directDescriptor) != 0 {
                throw FileSystemFailure.fromErrno()
            }
        } catch {
            throw FileWriteError(path: path, reason: error.reason)
        }
    }

    /// Drops what was written; the target is left as it was (a device or FIFO keeps what it got).
    public func discard() {
        guard descriptor >= 0 else { return }
        if let replacement { replacement.discard() } else { close(descriptor) }
        descriptor = -1
    }
}

/// A file could not be written; nothing was changed on disk.
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write '\(path)': \(reason)" }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's bytes read straight into an array. FileManager's `Data`, copied into an array, wrote
/// a big report's memory twice: a copy and a tenth of the page faults of extracting it.
package enum FileBytes {
    /// The most a report or script file may hold. Real reports are a few megabytes; the bound
    /// stops a device (`/dev/zero`), a FIFO or a runaway file from taking all memory.
    package static let maximumSize = 256 << 20

    package enum Failure: Error, Equatable {
        case unreadable
        case tooLarge
    }

    /// The whole file. The size from `fstat` is only a first guess: a file that grows while it is
    /// read, a pipe or a device is read to its end all the same, in chunks, up to `limit` bytes.
    package static func read(path: String, limit: Int = maximumSize) throws(Failure) -> [UInt8] {
        // Non-blocking to open: a FIFO that nobody writes to opens at once and reads as empty
        // instead of waiting for a writer forever.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .unreadable }
        defer { close(descriptor) }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0 else { throw .unreadable }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable }
        guard Int(status.st_size) <= limit else { throw .tooLarge }
        // One byte more than the size, so that a file of the size it says is read in one buffer.
        var bytes: [UInt8] = []
        var request = max(Int(status.st_size), 0) + 1
        while true {
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: request) { buffer, initialized in
                let filled = fill(buffer, from: descriptor)
                failed = filled == nil
                initialized = filled ?? 0
            }
            guard !failed else { throw .unreadable }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            guard bytes.count <= limit else { throw .tooLarge }
            guard chunk.count == request else { return bytes }
            request = min(1 << 16, limit + 1 - bytes.count)
        }
    }

    /// Reads until the buffer is full or the file ends: how many bytes came, nil on an error.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32) -> Int? {
        var count = 0
        while count < buffer.count {
            let received = Glibc.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            if received == 0 { break }
            if received < 0 {
                if errno == EINTR { continue }
                return nil
            }
            count += received
        }
        return count
    }
}

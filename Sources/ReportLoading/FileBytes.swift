#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes read straight into an array. FileManager's `Data`, copied into an array, wrote
/// a big report's memory twice: a copy and a tenth of the page faults of extracting it.
enum FileBytes {
    /// The whole file, or nil when it cannot be opened or read. The size from `fstat` is only a
    /// first guess: a file that grows while it is read, or a pipe, is read to its end all the same.
    static func read(path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
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
            guard !failed else { return nil }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            guard chunk.count == request else { return bytes }
            request = 1 << 16
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

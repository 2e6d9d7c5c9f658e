import Glibc

/// Bytes held in an anonymous temporary file (deleted as it is created), for a reader that only
/// reads files safely. ZIPFoundation's reader of bytes in memory traps on an entry whose offset
/// lies past the end of the bytes and leaks its copy of an archive with no end record; its reader
/// of files does neither.
struct AnonymousFile: ~Copyable {
    private let stream: UnsafeMutablePointer<FILE>

    init(_ bytes: [UInt8]) throws(DocumentError) {
        guard let stream = tmpfile() else { throw Self.failure() }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stream) }
        guard written == bytes.count, fflush(stream) == 0 else {
            let failure = Self.failure()
            fclose(stream)
            throw failure
        }
        self.stream = stream
    }

    /// A path that opens the file afresh, for as long as this value lives.
    var path: String { "/proc/self/fd/\(fileno(stream))" }

    deinit { fclose(stream) }

    private static func failure() -> DocumentError {
        .brokenWord("cannot copy the file to a temporary file: \(String(cString: strerror(errno)))")
    }
}

import CMiniZip

/// A zip archive read in memory through minizip, whose callbacks read the bytes in place: no
/// temporary file, and the archive's damage is minizip's to detect.
final class ZipArchive {
    /// Why a part could not be unpacked.
    enum Failure: Error {
        /// Larger than the caller's limit, as its header says or as it unpacks.
        case tooLarge
        /// Compressed with an unknown method, encrypted, cut short, or failing its checksum.
        case damaged
    }

    private let handle: unzFile
    /// What minizip reads through the callbacks; held for as long as `handle` is open.
    private let source: ZipSource

    /// Nil when the bytes are no zip archive that minizip can open (no end record, say).
    init?(_ bytes: [UInt8]) {
        let source = ZipSource(bytes)
        var callbacks = ZipSource.callbacks
        callbacks.opaque = Unmanaged.passUnretained(source).toOpaque()
        guard let handle = unzOpen2_64("zip archive in memory", &callbacks) else { return nil }
        self.handle = handle
        self.source = source
    }

    deinit { unzClose(handle) }

    /// Whether the archive has a part at `path`.
    func contains(_ path: String) -> Bool { unzLocateFile(handle, path, 1) == UNZ_OK }

    /// The unpacked bytes of the part at `path` (`word/document.xml`); nil when there is none.
    func part(_ path: String, limit: Int) throws(Failure) -> [UInt8]? {
        guard contains(path) else { return nil }
        var info = unz_file_info64()
        guard unzGetCurrentFileInfo64(handle, &info, nil, 0, nil, 0, nil, 0) == UNZ_OK else { throw .damaged }
        guard info.uncompressed_size <= UInt64(limit) else { throw .tooLarge }
        guard unzOpenCurrentFile(handle) == UNZ_OK else { throw .damaged }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { unzReadCurrentFile(handle, $0.baseAddress, UInt32($0.count)) }
            guard count >= 0 else {
                unzCloseCurrentFile(handle)
                throw .damaged
            }
            if count == 0 { break }
            bytes += chunk[..<Int(count)]
        }
        // Closing checks the CRC of a part read to its end; a part cut short never reaches it.
        guard unzCloseCurrentFile(handle) == UNZ_OK, bytes.count == info.uncompressed_size else { throw .damaged }
        return bytes
    }
}

/// An archive's bytes and the offset minizip reads at: its file, as its callbacks see it.
private final class ZipSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// minizip's file operations, over the `ZipSource` its opaque pointer names; an archive is
    /// only read, so writing writes nothing.
    static let callbacks = zlib_filefunc64_def(
        zopen64_file: { opaque, _, _ in opaque },
        zread_file: { _, stream, buffer, size in
            guard let stream, let buffer else { return 0 }
            let source = Unmanaged<ZipSource>.fromOpaque(stream).takeUnretainedValue()
            let count = min(Int(clamping: size), source.bytes.count - source.offset)
            guard count > 0 else { return 0 }
            source.bytes.withUnsafeBytes { bytes in
                buffer.copyMemory(from: bytes.baseAddress! + source.offset, byteCount: count)
            }
            source.offset += count
            return uLong(count)
        },
        zwrite_file: { _, _, _, _ in 0 },
        ztell64_file: { _, stream in
            guard let stream else { return 0 }
            return ZPOS64_T(Unmanaged<ZipSource>.fromOpaque(stream).takeUnretainedValue().offset)
        },
        zseek64_file: { _, stream, distance, origin in
            guard let stream else { return -1 }
            let source = Unmanaged<ZipSource>.fromOpaque(stream).takeUnretainedValue()
            let base: Int
            switch origin {
            case ZLIB_FILEFUNC_SEEK_SET: base = 0
            case ZLIB_FILEFUNC_SEEK_CUR: base = source.offset
            case ZLIB_FILEFUNC_SEEK_END: base = source.bytes.count
            default: return -1
            }
            // Only a damaged archive points past the end of its bytes.
            guard distance <= UInt64(source.bytes.count - base) else { return -1 }
            source.offset = base + Int(distance)
            return 0
        },
        zclose_file: { _, _ in 0 },
        zerror_file: { _, _ in 0 },
        opaque: nil
    )
}

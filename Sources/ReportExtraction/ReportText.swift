import ReportDocuments

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a file's bytes into report text: UTF-8 (with or without BOM), UTF-16 with a BOM, or
/// GB18030/GBK as many government sites still serve; line endings become LF so that offsets are
/// the same whichever system saved the file.
public enum ReportText {
    public static func decode(_ bytes: [UInt8]) throws(ReportTextError) -> String {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.count >= 2, let text = decodeUTF16WithBOM(bytes) { return try finish(text) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard !body.isEmpty else { throw .empty }
        // memchr: a text has no NUL, so the whole body is scanned, and a byte loop cost more than decoding.
        let nul: Int? = body.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return body.startIndex + UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        if let nul { throw .binary(nulOffset: nul) }
        if looksBinary(body) { throw .binary(nulOffset: nil) }
        if let text = UTF8Validation.string(body) { return try finish(text) }
        if let text = Charset.decode(body, from: "GB18030") { return try finish(text) }
        let bad = body.startIndex + (body.withUnsafeBufferPointer(UTF8Validation.firstInvalidOffset) ?? 0)
        throw .undecodable(byte: bytes[bad], offset: bad)
    }

    /// LF line endings and no BOM: the form every offset in a report refers to.
    /// Works on the UTF-8 bytes: CR and the BOM's bytes are never part of another character.
    public static func normalise(_ text: String) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            // memchr: the common case is a text with no CR at all, and this is its whole cost.
            let hasCR = utf8.baseAddress.map { memchr($0, 0x0D, utf8.count) != nil } ?? false
            guard hasCR || utf8.starts(with: bom) else { return nil }
            var start = 0
            while utf8[start...].starts(with: bom) { start += 3 }
            return String(unsafeUninitializedCapacity: utf8.count - start) { output in
                var written = 0
                var previousWasCR = false
                for byte in utf8[start...] {
                    if byte == 0x0A && previousWasCR { previousWasCR = false; continue }
                    previousWasCR = byte == 0x0D
                    output[written] = previousWasCR ? 0x0A : byte
                    written += 1
                }
                return written
            }
        } ?? text
    }

    private static func finish(_ text: String) throws(ReportTextError) -> String {
        let normalised = normalise(text)
        guard normalised.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        return normalised
    }

    /// Text files have few control bytes besides tab, LF, CR and FF; binary files have many.
    private static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        let controls = sample.reduce(0) { count, byte in
            byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B
                ? count + 1 : count
        }
        return controls * 10 > sample.count
    }

    private static func decodeUTF16WithBOM(_ bytes: [UInt8]) -> String? {
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(validating: units, as: UTF16.self)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes in a named character set turned into a string, through the C library's iconv.
public enum Charset {
    /// The iconv name for a label a page declares: `gb2312` and `gbk` are read as GB18030, their
    /// superset, as browsers do, because sites that say GB2312 serve characters outside it.
    static func iconvName(forLabel label: String) -> String {
        let lowered = label.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        switch lowered {
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "chinese", "csgb2312", "iso-ir-58":
            return "GB18030"
        case "utf8", "utf-8", "unicode-1-1-utf-8":
            return "UTF-8"
        case "big5", "big5-hkscs", "x-x-big5":
            return "BIG5-HKSCS"
        case "iso-8859-1", "latin1", "us-ascii", "ascii":
            // Browsers read Latin-1 labels as windows-1252, which Word's pages use for quotes.
            return "WINDOWS-1252"
        default:
            return lowered.uppercased()
        }
    }

    /// The bytes decoded from `charset` (an iconv name), or nil when they are not valid in it or
    /// iconv does not know the name.
    public static func decode(_ bytes: ArraySlice<UInt8>, from charset: String) -> String? {
        if charset == "UTF-8" { return String(validating: bytes, as: UTF8.self) }
        return convert(bytes, from: charset, to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// The text in `charset`, or nil when it has characters the charset cannot write.
    static func encode(_ text: String, to charset: String) -> [UInt8]? {
        convert(Array(text.utf8)[...], from: "UTF-8", to: charset)
    }

    private static func convert(_ bytes: ArraySlice<UInt8>, from source: String, to target: String) -> [UInt8]? {
        let converter = iconv_open(target, source)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return output.prefix(produced).map { UInt8(bitPattern: $0) }
    }
}

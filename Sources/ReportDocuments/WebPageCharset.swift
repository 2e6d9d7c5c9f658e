/// The character set of a web page, settled as browsers settle it: a byte-order mark first, then
/// what the page's `<meta charset>` or `http-equiv="Content-Type"` says, then the bytes
/// themselves (UTF-8 when they are valid UTF-8, else GB18030, what Chinese sites serve unlabelled).
enum WebPageCharset {
    /// The page as text, without its byte-order mark.
    static func decode(_ bytes: [UInt8]) throws(DocumentError) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try decode(bytes.dropFirst(3), as: "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decode(bytes.dropFirst(2), as: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decode(bytes.dropFirst(2), as: "UTF-16BE") }
        if let label = declaredLabel(bytes[...]) {
            let charset = Charset.iconvName(forLabel: label)
            // A page saved again in another charset often keeps its old declaration; its bytes tell.
            if let text = Charset.decode(bytes[...], from: charset) ?? undeclared(bytes[...]) { return text }
            throw .undecodablePage(charset: label)
        }
        if let text = undeclared(bytes[...]) { return text }
        throw .undecodablePage(charset: "UTF-8 or GB18030")
    }

    private static func decode(_ bytes: ArraySlice<UInt8>, as charset: String) throws(DocumentError) -> String {
        guard let text = Charset.decode(bytes, from: charset) else { throw .undecodablePage(charset: charset) }
        return text
    }

    private static func undeclared(_ bytes: ArraySlice<UInt8>) -> String? {
        Charset.decode(bytes, from: "UTF-8") ?? Charset.decode(bytes, from: "GB18030")
    }

    /// The label the page's `<meta>` elements declare. The page is parsed once as Latin-1, which
    /// maps every byte to a character, so that the ASCII of its markup reads right whatever the
    /// charset turns out to be.
    static func declaredLabel(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let root = MarkupTree.html(bytes, encoding: "ISO-8859-1") else { return nil }
        for meta in root.descendants(named: "meta") {
            if let charset = meta.attributes["charset"], !charset.isEmpty { return charset.trimmingWhitespace }
            guard meta.attributes["http-equiv"]?.lowercased() == "content-type",
                let content = meta.attributes["content"]?.lowercased()
            else { continue }
            // text/html; charset=gb2312
            for parameter in content.split(separator: ";") {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
                if pair.count == 2, pair[0] == "charset", !pair[1].isEmpty { return pair[1] }
            }
        }
        return nil
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// Reads a saved web page: its charset settled, its markup parsed by libxml2, the article found
/// among the page's furniture, and the article's headings, paragraphs and tables.
enum WebPageReader {
    static func read(_ bytes: [UInt8]) throws(DocumentError) -> Document {
        let text = try WebPageCharset.decode(bytes)
        guard let root = MarkupTree.html(withoutDownlevelConditionals(Array(text.utf8))[...], encoding: "UTF-8") else {
            return Document(title: nil, blocks: [])
        }
        let pageTitle = title(root)
        WebPageArticle.removeFurniture(root)
        let blocks = WebPageBlocks.blocks(of: WebPageArticle.body(of: root))
        if pageTitle == nil, case .heading(_, let text) = blocks.first { return Document(title: text, blocks: blocks) }
        return Document(title: pageTitle, blocks: blocks)
    }

    /// Word's pages wrap list numbers in `<![if !supportLists]>` … `<![endif]>`, which browsers
    /// read as comments (an HTML tokenizer's "bogus comment": `<!` not opening a comment, a
    /// doctype or CDATA runs to the next `>`) and libxml2 shows as text; they go before parsing.
    private static func withoutDownlevelConditionals(_ bytes: [UInt8]) -> [UInt8] {
        let opening: [UInt8] = Array("<![".utf8)
        let cdata: [UInt8] = Array("<![CDATA[".utf8)
        let commentOpening: [UInt8] = Array("<!--".utf8)
        let commentClosing: [UInt8] = Array("-->".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            // A comment is kept whole: Word's own conditionals inside it (`<![endif]-->`) close it.
            if bytes[index] == opening[0], bytes[index...].starts(with: commentOpening) {
                var end = index + commentOpening.count
                while end < bytes.count, !bytes[end...].starts(with: commentClosing) { end += 1 }
                end = min(bytes.count, end + commentClosing.count)
                output += bytes[index..<end]
                index = end
                continue
            }
            if bytes[index] == opening[0], bytes[index...].starts(with: opening), !bytes[index...].starts(with: cdata),
                let close = bytes[index...].firstIndex(of: UInt8(ascii: ">"))
            {
                index = close + 1
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return output
    }

    /// The page's `<title>`, less the site's name (`…年度报告_随州市人民政府`), unless a heading
    /// on the page is the article's own title (often a shorter form of it).
    private static func title(_ root: MarkupElement) -> String? {
        let pageTitle = root.descendants(named: "title").first.map { InlineText.collapsed($0.rawText) } ?? ""
        let parts = titleParts(pageTitle)
        let longest = parts.max { $0.count < $1.count } ?? ""
        for name in ["h1", "h2"] {
            for heading in root.descendants(named: name) {
                let text = InlineText.collapsed(heading.rawText)
                guard !text.isEmpty, !longest.isEmpty else { continue }
                // A logo in an <h1> is the site's name, a part of the title but not most of it.
                if text.contains(longest) || longest.contains(text) && text.count * 3 >= longest.count * 2 { return text }
            }
        }
        return longest.isEmpty ? nil : longest
    }

    /// A page title split where sites join the article's title to their own names: `_`, `|`,
    /// dashes, and `-` unless it joins two digits (`2023-2024`).
    private static func titleParts(_ title: String) -> [String] {
        let separators: Set<Character> = ["_", "|", "｜", "—", "－", "–"]
        let characters = Array(title)
        var parts: [String] = []
        var current = ""
        for (index, character) in characters.enumerated() {
            let joinsDigits =
                character == "-" && index > 0 && index + 1 < characters.count
                && characters[index - 1].isNumber && characters[index + 1].isNumber
            if separators.contains(character) || character == "-" && !joinsDigits {
                parts.append(current.trimmingWhitespace)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingWhitespace)
        return parts.filter { !$0.isEmpty }
    }
}

/// Reads a saved web page: its charset settled, its markup parsed by libxml2, the article found
/// among the page's furniture, and the article's headings, paragraphs and tables.
enum WebPageReader {
    static func read(_ bytes: [UInt8]) throws(DocumentError) -> Document {
        let text = try WebPageCharset.decode(bytes)
        guard let root = MarkupTree.html(Array(text.utf8)[...], encoding: "UTF-8") else {
            return Document(title: nil, blocks: [])
        }
        let pageTitle = title(root)
        WebPageArticle.removeFurniture(root)
        let blocks = WebPageBlocks.blocks(of: WebPageArticle.body(of: root))
        if pageTitle == nil, case .heading(_, let text) = blocks.first { return Document(title: text, blocks: blocks) }
        return Document(title: pageTitle, blocks: blocks)
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
            let joinsDigits = character == "-" && index > 0 && index + 1 < characters.count
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

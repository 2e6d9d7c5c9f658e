/// Finds a page's article among its furniture by the page's structure: elements that are never
/// text (scripts, forms' controls), elements that name themselves furniture (`<nav>`, `<footer>`,
/// `class="breadcrumb"`), then the block that holds the most text that is not links.
enum WebPageArticle {
    private static let neverText: Set<String> = [
        "script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "select", "button", "input",
        "textarea", "svg", "object", "embed", "template", "map", "head", "title", "meta", "link",
    ]
    /// Words that sites put in the `id` and `class` of their furniture (`dqwz`: 当前位置, the
    /// breadcrumb; `fenxiang`: the share bar; `xgxx`/`xglj`: related items and links), matched
    /// against whole words of the attribute or their starts (`navbar`, `footerbox`) unless the word
    /// names the article too (`printcontent`). Not `print`: sites call the printable article so.
    private static let furnitureWords = [
        "nav", "menu", "breadcrumb", "crumb", "footer", "foot", "share", "bdshare", "fenxiang", "copyright", "sidebar",
        "toolbar", "position", "location", "dqwz", "banner", "topbar", "header", "related", "xgxx", "xglj",
        "comment", "qrcode", "ewm", "skip", "search", "login",
    ]
    /// Class and id words that name an article's body: a tie between two blocks goes to them.
    private static let articleWords = ["article", "content", "main", "zoom", "editor", "detail", "text", "zw", "body"]
    /// Elements that hold blocks of a page rather than a paragraph of it.
    static let containers: Set<String> = [
        "div", "section", "article", "main", "td", "th", "body", "form", "center", "tbody", "tr", "table", "html", "li", "ul",
        "ol",
        "dl", "dd", "blockquote", "font", "span",
    ]

    /// Drops the elements that are never the article; the rest of the page is left for ``body(of:)``.
    static func removeFurniture(_ element: MarkupElement) {
        element.children.removeAll { node in
            guard case .element(let child) = node else { return false }
            return neverText.contains(child.name) || namesFurniture(child)
        }
        for child in element.elements { removeFurniture(child) }
    }

    private static func namesFurniture(_ element: MarkupElement) -> Bool {
        guard element.name != "body", element.name != "html" else { return false }
        let words = attributeWords(element)
        return words.contains { word in furnitureWords.contains { word == $0 || word.hasPrefix($0) && !isArticleWord(word) } }
    }

    private static func isArticleWord(_ word: String) -> Bool {
        articleWords.contains { word.contains($0) }
    }

    private static func attributeWords(_ element: MarkupElement) -> [String] {
        let value = ((element.attributes["class"] ?? "") + " " + (element.attributes["id"] ?? "")).lowercased()
        return value.split { !($0.isLetter || $0.isNumber) || $0 == "_" }.map(String.init)
    }

    /// The element whose own paragraphs hold the most text that is not links; its parent instead
    /// when a sibling holds a good part of the article too (a body split around a table or an
    /// attachment list).
    static func body(of root: MarkupElement) -> MarkupElement {
        var best: (element: MarkupElement, score: Int) = (root, -1)
        var parents: [ObjectIdentifier: MarkupElement] = [:]
        var stack = [root]
        while let element = stack.popLast() {
            var score = ownText(element)
            if isArticleWord(attributeWords(element).joined(separator: " ")) || element.name == "article"
                || element.name == "main"
            {
                score += score / 4
            }
            if score > best.score { best = (element, score) }
            for child in element.elements where containers.contains(child.name) {
                if child.name == "table", !WebPageTables.isLayout(child) { continue }
                parents[ObjectIdentifier(child)] = element
                stack.append(child)
            }
        }
        var body = best.element
        while let parent = parents[ObjectIdentifier(body)] {
            let bodyText = ownText(body)
            let siblingsHoldText = parent.elements.contains { sibling in
                sibling !== body && containers.contains(sibling.name) && ownText(sibling) * 4 >= bodyText
                    && ownText(sibling) >= 100
            }
            guard siblingsHoldText else { break }
            body = parent
        }
        return body
    }

    /// The length of the text an element holds in its own paragraphs: text beside its children,
    /// and the children that are paragraphs (not containers of blocks), less their links.
    static func ownText(_ element: MarkupElement) -> Int {
        var length = 0
        for child in element.children {
            switch child {
            case .text(let text):
                length += visibleCount(text)
            case .element(let child) where child.name == "a":
                continue
            case .element(let child):
                if child.name == "table" ? !WebPageTables.isLayout(child) : isParagraph(child) {
                    length += visibleCount(child.rawText) - linkText(child)
                }
            }
        }
        return length
    }

    /// A child that is one paragraph of text: not a container, or a container holding no block.
    private static func isParagraph(_ element: MarkupElement) -> Bool {
        guard containers.contains(element.name) else { return true }
        if element.name == "table" { return false }
        return !element.elements.contains {
            blockNames.contains($0.name) || containers.contains($0.name) && $0.name != "font" && $0.name != "span"
        }
    }

    private static let blockNames: Set<String> = [
        "p", "div", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "section", "article",
    ]

    static func linkText(_ element: MarkupElement) -> Int {
        element.descendants(named: "a").reduce(0) { $0 + visibleCount($1.rawText) }
    }

    static func visibleCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace || $1 == "\u{00A0}" ? 0 : 1) }
    }
}

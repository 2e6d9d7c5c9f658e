import CLibXML2

/// An element of a parsed page or XML part, copied out of libxml2's tree so that the readers walk
/// plain Swift values and never hold the C tree past the parse.
final class MarkupElement {
    /// Lower-cased for HTML; `prefix:name` for namespaced XML (`w:p`).
    let name: String
    let attributes: [String: String]
    var children: [MarkupNode]

    init(name: String, attributes: [String: String], children: [MarkupNode]) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The child elements, in order.
    var elements: [MarkupElement] {
        children.compactMap { node in
            if case .element(let element) = node { return element }
            return nil
        }
    }

    /// Every element below this one named `name`, in document order.
    func descendants(named name: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        for child in elements {
            if child.name == name { found.append(child) }
            found += child.descendants(named: name)
        }
        return found
    }

    /// The text of the subtree, as the source has it.
    var rawText: String {
        children.map { node in
            switch node {
            case .text(let text): return text
            case .element(let element): return element.rawText
            }
        }.joined()
    }
}

enum MarkupNode {
    case element(MarkupElement)
    case text(String)
}

enum MarkupTree {
    /// libxml2 2.9 sets up its globals on first use, unsafely when two threads parse at once (a
    /// folder's files are read in parallel): done once here, other threads waiting for it.
    private static let parserInitialised: Void = xmlInitParser()

    /// A web page through libxml2's HTML parser, which recovers from any markup as browsers do.
    /// The bytes are read in `encoding` whatever the page declares: the reader has settled it.
    static func html(_ bytes: ArraySlice<UInt8>, encoding: String) -> MarkupElement? {
        parserInitialised
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, encoding, options)
                }
            } ?? nil
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document).map { copy($0, lowercased: true) }
    }

    /// An XML part (a Word file's `word/document.xml`); nil when it is not well-formed.
    static func xml(_ bytes: [UInt8]) -> MarkupElement? {
        parserInitialised
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_HUGE.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(clamping: buffer.count), nil, nil, options)
                }
            } ?? nil
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document).map { copy($0, lowercased: false) }
    }

    private static func copy(_ node: xmlNodePtr, lowercased: Bool) -> MarkupElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = qualifiedName(current.pointee.name, current.pointee.ns, lowercased: lowercased)
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            attributes[name] = value
            attribute = current.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(copy(current, lowercased: lowercased)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        return MarkupElement(
            name: qualifiedName(node.pointee.name, node.pointee.ns, lowercased: lowercased),
            attributes: attributes, children: children)
    }

    private static func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?, lowercased: Bool) -> String {
        let local = name.map { String(cString: $0) } ?? ""
        let prefixed = namespace?.pointee.prefix.map { String(cString: $0) + ":" + local } ?? local
        return lowercased ? prefixed.lowercased() : prefixed
    }
}

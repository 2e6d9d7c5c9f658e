extension JSONByteWriter {
    /// A ``JSONValue`` tree, as the language's results are written.
    public mutating func value(_ json: JSONValue) {
        switch json {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let text): verbatim(text)
        case .string(let text): string(text)
        case .array(let items):
            raw("[")
            for (index, item) in items.enumerated() {
                if index > 0 { raw(",") }
                value(item)
            }
            raw("]")
        case .object(let members):
            raw("{")
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { raw(",") }
                string(key)
                raw(":")
                value(member)
            }
            raw("}")
        }
    }
}

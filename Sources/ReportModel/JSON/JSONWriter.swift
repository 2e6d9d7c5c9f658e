extension JSONValue {
    /// Compact JSON on one line, non-ASCII text written as itself (UTF-8), as jq -c does.
    public var compactText: String {
        var writer = JSONByteWriter()
        writer.value(self)
        return writer.text
    }
}

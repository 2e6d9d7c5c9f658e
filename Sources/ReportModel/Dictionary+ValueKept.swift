extension Dictionary {
    /// The value kept for the key, else `new`, kept for it from now on: one lookup either way, where
    /// asking and then keeping hashed the key twice (strings a report's measures share are many).
    mutating func valueKept(for key: Key, orNew new: Value) -> Value {
        Self.read(&self[key, default: new])
    }

    /// An inout access, so that the subscript's `default:` is kept and not only read.
    private static func read(_ value: inout Value) -> Value { value }
}

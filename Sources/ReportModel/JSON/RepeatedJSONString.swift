/// The string last written in one place of a JSON document and its escaped bytes, for
/// ``JSONByteWriter/string(utf8:repeatedIn:)``.
struct RepeatedJSONString {
    private var source: [UInt8] = []
    /// Quotes included.
    private(set) var escaped: [UInt8] = Array("\"\"".utf8)

    /// Whether `utf8` is the text kept, byte for byte.
    func holds(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard source.count == utf8.count else { return false }
        return source.withUnsafeBufferPointer { $0.hasSameBytes(as: utf8) }
    }

    mutating func keep(_ utf8: UnsafeBufferPointer<UInt8>, escaped: ArraySlice<UInt8>) {
        // The arrays are reused: no allocation once they are big enough.
        source.removeAll(keepingCapacity: true)
        source.append(contentsOf: utf8)
        self.escaped.removeAll(keepingCapacity: true)
        self.escaped.append(contentsOf: escaped)
    }
}

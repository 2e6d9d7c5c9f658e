/// The string last written in one place of a JSON document and its escaped bytes, for
/// ``JSONByteWriter/string(utf8:repeatedIn:)``.
struct RepeatedJSONString {
    private var source: [UInt8] = []
    /// Quotes included.
    private(set) var escaped: [UInt8] = Array("\"\"".utf8)

    /// Whether `utf8` is the text kept, byte for byte.
    func holds(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard source.count == utf8.count else { return false }
        return source.withUnsafeBufferPointer { Self.equal($0, utf8) }
    }

    mutating func keep(_ utf8: UnsafeBufferPointer<UInt8>, escaped: ArraySlice<UInt8>) {
        // The arrays are reused: no allocation once they are big enough.
        source.removeAll(keepingCapacity: true)
        source.append(contentsOf: utf8)
        self.escaped.removeAll(keepingCapacity: true)
        self.escaped.append(contentsOf: escaped)
    }

    /// Eight bytes at a time: a byte loop cost as much as escaping.
    private static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
        if leftBase == rightBase { return true }
        var index = 0
        while index + 8 <= left.count {
            let leftWord = UnsafeRawPointer(leftBase).loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let rightWord = UnsafeRawPointer(rightBase).loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if leftWord != rightWord { return false }
            index += 8
        }
        while index < left.count {
            if left[index] != right[index] { return false }
            index += 1
        }
        return true
    }
}

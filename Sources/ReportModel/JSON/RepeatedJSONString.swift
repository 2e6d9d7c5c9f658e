/// The string last written in one place of a JSON document and its escaped bytes, for
/// ``JSONByteWriter/string(_:repeatedIn:)``.
struct RepeatedJSONString {
    private var text = ""
    /// Quotes included.
    private(set) var escaped: [UInt8] = Array("\"\"".utf8)

    /// Whether `utf8` is the text kept: the same storage (a measure's heading is one string shared
    /// by the measures of its section), or the same bytes.
    func holds(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        guard text.utf8.count == utf8.count else { return false }
        return text.withUTF8 { Self.equal($0, utf8) }
    }

    mutating func keep(_ text: String, escaped: ArraySlice<UInt8>) {
        self.text = text
        // The array is reused: no allocation once it is big enough.
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

import Glibc

extension String {
    /// Whether the two texts are the same UTF-8 bytes: equal then as strings too, and far cheaper
    /// to ask of CJK text than `==`, which compares the texts normalised unless the bytes agree.
    package func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var text = self
        var other = other
        return text.withUTF8 { left in other.withUTF8 { right in left.hasSameBytes(as: right) } }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the two buffers hold the same bytes. `memcmp` compares a word at a time; stepping
    /// through the bytes one by one cost as much as escaping or compacting them.
    package func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let base = baseAddress, let otherBase = other.baseAddress else { return true }
        return base == otherBase || memcmp(base, otherBase, count) == 0
    }
}

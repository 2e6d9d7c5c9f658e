import Glibc

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first occurrence of `needle` at or after `start` that `accept` takes.
    /// `memchr` finds the places where the needle's last byte stands, and `memcmp` compares the
    /// rest: in CJK text nearly every third byte is the first byte of some CJK word, so a loop that
    /// checked the first byte of each place cost more than the rest of the audit's reading of a
    /// figure's words. An empty needle is found nowhere.
    package func firstOffset(
        of needle: UnsafeBufferPointer<UInt8>, from start: Int = 0, where accept: (Int) -> Bool = { _ in true }
    ) -> Int? {
        guard let base = baseAddress, let wanted = needle.baseAddress, let lastByte = needle.last, start >= 0,
            needle.count <= count - start
        else { return nil }
        var from = start + needle.count - 1
        while from < count, let hit = memchr(base + from, Int32(lastByte), count - from) {
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let offset = end - (needle.count - 1)
            if memcmp(base + offset, wanted, needle.count) == 0, accept(offset) { return offset }
            from = end + 1
        }
        return nil
    }
}

import Glibc

extension UnsafeBufferPointer<UInt8> {
    /// Where `needle`'s bytes first stand at or after `start`: memchr to each place its first byte
    /// stands, memcmp for the rest. A scan in Swift that tests each byte costs several times as
    /// much over a Chinese text.
    package func firstOffset(of needle: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = baseAddress, let needleStart = needle.baseAddress, start >= 0,
            needle.count <= count - start
        else { return nil }
        let last = base + (count - needle.count)
        var candidate = base + start
        while candidate <= last {
            guard let first = memchr(candidate, Int32(needleStart.pointee), last - candidate + 1) else { return nil }
            candidate = UnsafePointer(first.assumingMemoryBound(to: UInt8.self))
            if memcmp(candidate, needleStart, needle.count) == 0 { return candidate - base }
            candidate += 1
        }
        return nil
    }
}

import ReportModel
import Testing

/// memmem against the plain definition: the first offset at or after the start where every byte
/// of the needle stands, over texts whose lead bytes repeat as a Chinese text's do.
@Suite struct ByteSearchTests {
    static func naive(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard start >= 0, needle.count <= haystack.count - start else { return nil }
        return (start...haystack.count - needle.count).first { Array(haystack[$0..<$0 + needle.count]) == needle }
    }

    @Test func findsWhatAScanFindsFromEveryStart() {
        let haystack = Array("受理27件,办结23件 › 纠错率为17.4%·自然人·件件".utf8)
        let needles = ["件", "办结", " › ", "·", "%·自", "件件", "不在", "2", "受理27件,办结23件 › 纠错率为17.4%·自然人·件件。"]
        for needle in needles.map({ Array($0.utf8) }) {
            for start in 0...haystack.count + 1 {
                let found = haystack.withUnsafeBufferPointer { haystack in
                    needle.withUnsafeBufferPointer { haystack.firstOffset(of: $0, from: start) }
                }
                #expect(found == Self.naive(needle, in: haystack, from: start), "\(needle) from \(start)")
            }
        }
    }

    @Test func anEmptyTextHoldsNothing() {
        let found = [UInt8]().withUnsafeBufferPointer { empty in
            Array("件".utf8).withUnsafeBufferPointer { empty.firstOffset(of: $0) }
        }
        #expect(found == nil)
    }
}

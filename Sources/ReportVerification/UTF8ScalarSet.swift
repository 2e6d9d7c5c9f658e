/// A few scalars (the breaks that end a clause, the fillers after a change word), matched against
/// a text's UTF-8 bytes in place: each scalar's bytes as one number (``code(of:)``), and the lead
/// bytes of the set's scalars as a mask, so that a scalar no member starts as (every ideograph, for
/// the punctuation sets) is passed by one test instead of a comparison with every member.
struct UTF8ScalarSet {
    private let codes: [UInt32]
    /// Bit `b & 63` of word `b >> 6` for every lead byte `b` of a member.
    private let leads: [UInt64]

    init(_ scalars: [Unicode.Scalar]) {
        let bytes = scalars.map { Array(String($0).utf8) }
        codes = bytes.map(Self.code)
        leads = bytes.reduce(into: [0, 0, 0, 0]) { leads, scalar in leads[Int(scalar[0] >> 6)] |= 1 << (scalar[0] & 63) }
    }

    /// A scalar's UTF-8 bytes (at most 4) as one number, the same for the same scalar.
    private static func code(of bytes: some Collection<UInt8>) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Whether the bytes of one scalar are a member's.
    func contains(_ scalar: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let lead = scalar[scalar.startIndex]
        return leads[Int(lead >> 6)] & 1 << (lead & 63) != 0 && codes.contains(Self.code(of: scalar))
    }

    /// Where the last `limit` scalars of `bytes` at most start, back to a member: read as UTF-8
    /// bytes (stepping through the text's scalars cost more than the rest of reading a figure's
    /// words).
    func tailStart(of bytes: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> Int {
        var start = bytes.count
        var taken = 0
        while start > 0, taken < limit {
            let previous = bytes.scalarStart(before: start)
            if contains(bytes[previous..<start]) { break }
            start = previous
            taken += 1
        }
        return start
    }

    /// Where `bytes` end once the members they end with are left off (增长了为 → 增长).
    func endBeforeMembers(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = bytes.count
        while end > 0 {
            let start = bytes.scalarStart(before: end)
            guard contains(bytes[start..<end]) else { break }
            end = start
        }
        return end
    }
}

extension UTF8ScalarSet {
    /// The breaks a figure's clause runs back to. An opening bracket starts a clause of its own:
    /// 受理79件（不予受理7件） is no 受理 of 7, and （上年126件） recalls last year inside a sentence on
    /// this one.
    static let clauseBreaks = UTF8ScalarSet(["，", ",", "；", ";", "。", "、", "：", ":", "|", "｜", "\n", "（", "("])

    /// What stands between a change word and its figure: 增长了, 增幅为, 下降达, 提高约.
    static let changeFillers = UTF8ScalarSet(["了", "为", "达", "约", "近", "超", "过"])
}

extension UnsafeBufferPointer<UInt8> {
    /// Where the scalar that ends at byte `end` (> 0) starts: back over its continuation bytes.
    func scalarStart(before end: Int) -> Int {
        var start = end - 1
        while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}

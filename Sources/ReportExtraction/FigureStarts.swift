/// The scalars a figure can begin with in the scanner's loop: digits, numerals and unit words,
/// 几 数 上 翻 成, and the opening marks of quotations it skips. Every other scalar, most of a
/// report, is passed over after one bit is read, where it used to go down the whole chain of tests.
struct FigureStarts {
    /// One bit for each scalar of the Basic Multilingual Plane; none of the scalars is beyond it.
    private let bits: [UInt64]

    static let shared = FigureStarts()

    private init() {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        let digits = (0x30...0x39).compactMap(Unicode.Scalar.init) + (0xFF10...0xFF19).compactMap(Unicode.Scalar.init)
        let numerals = "零〇一壹二两兩贰三叁四肆五伍六陆七柒八捌九玖十拾百千万亿".unicodeScalars
        let others = "几数上翻成“《「『〈‘\"".unicodeScalars
        for scalar in digits + numerals + others {
            bits[Int(scalar.value) / 64] |= 1 << (UInt64(scalar.value) % 64)
        }
        self.bits = bits
    }

    /// Whether the scalar of a unit of ``PackedScalars`` is one (a surrogate, for a scalar beyond
    /// the plane, is none).
    private func contains(unit: UInt16) -> Bool {
        bits[Int(unit) / 64] & (1 << UInt64(unit % 64)) != 0
    }

    /// Where the first scalar that is one stands in `range` of `scalars`, or the range's end.
    func firstStart(in scalars: PackedScalars, _ range: Range<Int>) -> Int {
        bits.withUnsafeBufferPointer { bits in
            scalars.firstIndex(in: range) { unit in bits[Int(unit) / 64] & (1 << UInt64(unit % 64)) != 0 }
        }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 && contains(unit: UInt16(truncatingIfNeeded: scalar.value))
    }
}

/// A text's Unicode scalars in two bytes each: a report is nearly all Chinese, English and
/// punctuation, all in the Basic Multilingual Plane, and four bytes a scalar made the array a third
/// of the extraction's peak memory. A scalar beyond the plane (a rare ideograph, an emoji) takes a
/// surrogate value as its mark, which no scalar has, and is kept whole in a short list beside.
struct PackedScalars: RandomAccessCollection {
    private let units: [UInt16]
    /// The scalars beyond the plane and where each stands, in the order they stand.
    private let astral: [(offset: Int, scalar: Unicode.Scalar)]
    private static let surrogateMark: UInt16 = 0xD800

    /// Decodes `utf8` (valid UTF-8, a String's storage, of `count` scalars), and notes in
    /// `checkpoints` the UTF-8 offset of every `checkpointStride`-th scalar (`utf8` is within 4 GiB).
    /// Each unit is made by its lead byte's own branch, three-byte characters (the Han characters
    /// and punctuation that are most of a report) tested first: a scalar decoded whole and then
    /// tested for the plane took a third more instructions.
    init(decoding utf8: UnsafeBufferPointer<UInt8>, count: Int, checkpointStride: Int, checkpoints: inout [UInt32]) {
        var astral: [(offset: Int, scalar: Unicode.Scalar)] = []
        units = [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = count
            guard let bytes = utf8.baseAddress, let units = buffer.baseAddress else { return }
            var index = 0
            var written = 0
            while written < count {
                checkpoints.append(UInt32(truncatingIfNeeded: index))
                let blockEnd = Swift.min(written &+ checkpointStride, count)
                while written < blockEnd {
                    let lead = UInt16(bytes[index])
                    if lead & 0xF0 == 0xE0 {
                        units[written] =
                            (lead & 0x0F) &<< 12 | UInt16(bytes[index &+ 1] & 0x3F) &<< 6
                            | UInt16(bytes[index &+ 2] & 0x3F)
                        index &+= 3
                    } else if lead < 0x80 {
                        units[written] = lead
                        index &+= 1
                    } else if lead < 0xE0 {
                        units[written] = (lead & 0x1F) &<< 6 | UInt16(bytes[index &+ 1] & 0x3F)
                        index &+= 2
                    } else {
                        units[written] = Self.surrogateMark
                        astral.append((written, ScalarText.scalar(in: utf8, at: &index)))
                    }
                    written &+= 1
                }
            }
        }
        self.astral = astral
    }

    var startIndex: Int { 0 }
    var endIndex: Int { units.count }

    @inline(__always)
    subscript(position: Int) -> Unicode.Scalar {
        let unit = units[position]
        guard unit & 0xF800 != Self.surrogateMark else { return astralScalar(at: position) }
        // Not a surrogate, so a valid scalar: checking again cost a test on every read.
        return unsafeBitCast(UInt32(unit), to: Unicode.Scalar.self)
    }

    /// The scalar at `position` as its two-byte unit: its value in the plane, a surrogate beyond
    /// it, which equals no scalar a caller looks for. Loops that only compare scalars with a few
    /// of the plane read units: without the branch for scalars beyond it they take half the
    /// instructions, and the compiler can run them several at a time.
    @inline(__always)
    func unit(at position: Int) -> UInt16 {
        units[position]
    }

    /// Calls `body` with the units of all the scalars (see ``unit(at:)``).
    @inline(__always)
    func withUnits<Result>(_ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        units.withUnsafeBufferPointer(body)
    }

    private func astralScalar(at position: Int) -> Unicode.Scalar {
        var (low, high) = (0, astral.count)
        while low < high {
            let middle = (low + high) / 2
            if astral[middle].offset < position { low = middle + 1 } else { high = middle }
        }
        return astral[low].scalar
    }

    /// Where `scalar` first stands in `range`: eight scalars at a time (one vector comparison),
    /// then one by one in the eight that hold it. Lines are found this way, a scan of every scalar
    /// that cost three times as much one at a time.
    func firstIndex(of scalar: Unicode.Scalar, in range: Range<Int>) -> Int? {
        guard scalar.value < 0x10000 else { return self[range].firstIndex(of: scalar) }
        let target = UInt16(truncatingIfNeeded: scalar.value)
        let pattern = SIMD8(repeating: target)
        return firstIndex(in: range, eightMayHold: { any($0 .== pattern) }, holds: { $0 == target })
    }

    /// Where the first of any of three scalars stands in `range`, found as ``firstIndex(of:in:)``
    /// finds one.
    func firstIndex(of scalars: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar), in range: Range<Int>) -> Int? {
        guard scalars.0.value < 0x10000, scalars.1.value < 0x10000, scalars.2.value < 0x10000 else {
            return self[range].firstIndex { $0 == scalars.0 || $0 == scalars.1 || $0 == scalars.2 }
        }
        let targets = (
            UInt16(truncatingIfNeeded: scalars.0.value), UInt16(truncatingIfNeeded: scalars.1.value),
            UInt16(truncatingIfNeeded: scalars.2.value)
        )
        let patterns = (SIMD8(repeating: targets.0), SIMD8(repeating: targets.1), SIMD8(repeating: targets.2))
        return firstIndex(
            in: range,
            eightMayHold: { any(($0 .== patterns.0) .| ($0 .== patterns.1) .| ($0 .== patterns.2)) },
            holds: { $0 == targets.0 || $0 == targets.1 || $0 == targets.2 })
    }

    /// The first index of `range` whose unit (see ``unit(at:)``) `holds`, or its end: a loop of
    /// its own over the units, where the same test inside a longer loop kept its values on the stack.
    @inline(__always)
    func firstIndex(in range: Range<Int>, whereUnit holds: (UInt16) -> Bool) -> Int {
        units.withUnsafeBufferPointer { units in
            var index = range.lowerBound
            while index < range.upperBound, !holds(units[index]) { index += 1 }
            return index
        }
    }

    /// The last index of `range` whose unit `holds`, or nil: ``firstIndex(in:whereUnit:)`` backwards.
    @inline(__always)
    func lastIndex(in range: Range<Int>, whereUnit holds: (UInt16) -> Bool) -> Int? {
        units.withUnsafeBufferPointer { units in
            var index = range.upperBound
            while index > range.lowerBound, !holds(units[index - 1]) { index -= 1 }
            return index > range.lowerBound ? index - 1 : nil
        }
    }

    @inline(__always)
    private func firstIndex(
        in range: Range<Int>, eightMayHold: (SIMD8<UInt16>) -> Bool, holds: (UInt16) -> Bool
    ) -> Int? {
        units.withUnsafeBufferPointer { units in
            guard let base = units.baseAddress else { return nil }
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                if eightMayHold(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<UInt16>.self)) { break }
                index += 8
            }
            while index < range.upperBound {
                if holds(units[index]) { return index }
                index += 1
            }
            return nil
        }
    }

    /// How many UTF-8 bytes the scalars of `range` take: one each, and one more from 0x80 and from
    /// 0x800 up (comparisons added, not branches); the surrogate of a scalar beyond the plane counts
    /// three, and the list of those scalars gives each its fourth.
    func utf8Length(_ range: Range<Int>) -> Int {
        var length = units.withUnsafeBufferPointer { units in
            var length = range.count
            for index in range {
                let unit = units[index]
                length += (unit >= 0x80 ? 1 : 0) + (unit >= 0x800 ? 1 : 0)
            }
            return length
        }
        if !astral.isEmpty {
            length += astral.count { range.contains($0.offset) }
        }
        return length
    }
}

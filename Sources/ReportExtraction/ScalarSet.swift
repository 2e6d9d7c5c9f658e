/// A few scalars that decide how a number or word is read (date suffixes, words a measure word
/// may begin), looked up at many places of a text. A `Set` hashes every scalar looked up, which
/// cost more than the rest of each look: here one bit for each value of a scalar's low 7 bits
/// rules most scalars out in one test, and the rest are compared with the few members. Nothing
/// is hashed when the set is made either, at every start.
struct ScalarSet: ExpressibleByArrayLiteral {
    private let members: [Unicode.Scalar]
    private let lowBits: (UInt64, UInt64)

    init(arrayLiteral members: Unicode.Scalar...) {
        self.members = members
        var bits: (UInt64, UInt64) = (0, 0)
        for member in members {
            let value = UInt64(member.value & 127)
            if value < 64 { bits.0 |= 1 << value } else { bits.1 |= 1 << (value - 64) }
        }
        lowBits = bits
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = UInt64(scalar.value & 127)
        guard (value < 64 ? lowBits.0 >> value : lowBits.1 >> (value - 64)) & 1 != 0 else { return false }
        for member in members where member == scalar { return true }
        return false
    }
}

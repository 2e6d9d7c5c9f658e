/// A measure's id, `m` and its number in reading order, kept as the number.
extension Measure {
    /// N of an id `mN` (N from 1, no leading zero), without making the id; nil for another id.
    package var idNumber: Int? {
        if let alone = texts.alone { return Measure.number(ofID: alone.id).map(Int.init) }
        guard idCode & Measure.idIsName != 0 else { return Int(codedIDNumber) }
        // An id `mN` past the numbers a measure keeps is kept among the names.
        return Measure.number(ofID: texts.names[Int(idCode & ~Measure.idIsName)]).map(Int.init)
    }

    /// The number of an id `mN` kept in the measure: its low 15 bits in ``idCode``, the rest in its
    /// detail. Ids come in reading order, so a report of more figures than 15 bits number adds one
    /// detail for each 32,768 of them, where keeping the id among the names would fill the names.
    var codedIDNumber: UInt32 {
        UInt32(texts.details[Int(detailIndex)].idBlock) << 15 | UInt32(idCode)
    }

    /// The ``idCode`` and ``MeasureDetail/idBlock`` of an id `mN`; nil past 2^31 (such an id is kept
    /// among the names).
    static func idParts(number: Int) -> (code: UInt16, block: UInt16)? {
        guard number > 0, number < 1 << 31 else { return nil }
        return (UInt16(number & Int(idIsName - 1)), UInt16(number >> 15))
    }

    /// `m` and the number's digits, written as bytes: interpolating them cost 430 instructions an
    /// id, and the audit asks for thousands.
    static func id(number: UInt32) -> String {
        // `m` and the 10 digits of the largest UInt32.
        let capacity = 11
        return String(unsafeUninitializedCapacity: capacity) { bytes in
            var digitCount = 0
            var rest = number
            repeat {
                digitCount += 1
                rest /= 10
            } while rest > 0
            bytes[0] = UInt8(ascii: "m")
            rest = number
            for index in stride(from: digitCount, through: 1, by: -1) {
                bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return digitCount + 1
        }
    }

    /// N of an id `mN` (N from 1, no leading zero and below 2^31), nil for another id.
    /// Reads the digits as bytes: writing the number back to compare cost a thousand instructions
    /// an id, twice for each measure loaded.
    static func number(ofID id: String) -> UInt32? {
        var id = id
        return id.withUTF8 { bytes -> UInt32? in
            // 10 digits hold every number below 2^31.
            guard (2...11).contains(bytes.count), bytes[0] == UInt8(ascii: "m"), bytes[1] != UInt8(ascii: "0") else {
                return nil
            }
            var number: UInt64 = 0
            for byte in bytes.dropFirst() {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                number = number * 10 + UInt64(byte - UInt8(ascii: "0"))
            }
            return number < 1 << 31 ? UInt32(number) : nil
        }
    }
}

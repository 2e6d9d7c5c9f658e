/// Whether texts equal one text as `==` compares them (canonical equivalence), answered from their
/// UTF-8 bytes: equal bytes are equal texts, two ASCII texts are equal only with equal bytes, and
/// the answer for any other short text is remembered by its bytes. A field compared with a
/// constant repeats few texts (units, kinds, reports), and `==` on unequal non-ASCII texts costs
/// many times a look-up.
final class TextEquality {
    private let text: String
    private let key: ShortText?
    /// Remembered answers, in a table with open addressing that is never more than half full.
    /// Kept out of the class's stored properties, whose every access would be checked for
    /// exclusivity at run time.
    private let slots: UnsafeMutablePointer<Slot>
    private static let slotCount = 128
    private var remembered = 0

    private struct Slot {
        var key: ShortText
        var isUsed: Bool
        var isEqual: Bool
    }

    init(_ text: String) {
        self.text = text
        key = ShortText(text)
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(
            repeating: Slot(key: ShortText(low: 0, high: 0, count: 0), isUsed: false, isEqual: false),
            count: Self.slotCount)
    }

    deinit {
        slots.deallocate()
    }

    func matches(_ other: String) -> Bool {
        guard let otherKey = ShortText(other), let key else { return other == text }
        if otherKey == key { return true }
        if otherKey.isASCII && key.isASCII { return false }
        let mask = Self.slotCount - 1
        var slot = otherKey.hash & mask
        while slots[slot].isUsed {
            if slots[slot].key == otherKey { return slots[slot].isEqual }
            slot = (slot + 1) & mask
        }
        let isEqual = other == text
        if remembered < Self.slotCount / 2 {
            slots[slot] = Slot(key: otherKey, isUsed: true, isEqual: isEqual)
            remembered += 1
        }
        return isEqual
    }
}

/// A text of at most 16 UTF-8 bytes held in two words (the rest zero) with its length: two are
/// equal exactly when their bytes are.
private struct ShortText: Equatable {
    var low: UInt64
    var high: UInt64
    var count: Int

    init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    /// nil for a longer text.
    init?(_ text: String) {
        let packed = text.utf8.withContiguousStorageIfAvailable { bytes -> ShortText? in
            guard bytes.count <= 16 else { return nil }
            var words: (low: UInt64, high: UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
            return ShortText(low: words.low, high: words.high, count: bytes.count)
        }
        guard let packed = packed ?? nil else { return nil }
        self = packed
    }

    var isASCII: Bool { (low | high) & 0x8080_8080_8080_8080 == 0 }

    var hash: Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        return Int(truncatingIfNeeded: mixed >> 32)
    }
}

import ReportModel

/// Numbers for a report's sentences or sections, from 0 in the order they are first met: one text,
/// one number. Texts are told apart by their UTF-8 bytes: hashing a `String` of CJK text normalises
/// it first, which cost more than the rest of numbering them, and a report's sentences are cut from
/// one text, so one sentence is always the same bytes. The figures of one sentence or section
/// follow one another: only a text unlike the last is hashed.
struct TextNumbering {
    private var numbers: [TextBytes: Int] = [:]
    private var last: (text: String, number: Int)?

    /// Room for `capacity` texts: growing the table hashed every text again.
    init(capacity: Int) {
        numbers.reserveCapacity(capacity)
    }

    mutating func number(of text: String) -> Int {
        if let last, last.text.hasSameBytes(as: text) { return last.number }
        let key = TextBytes(text: text)
        let number = numbers[key] ?? numbers.count
        if number == numbers.count { numbers[key] = number }
        last = (text, number)
        return number
    }
}

private struct TextBytes: Hashable {
    var text: String

    static func == (lhs: TextBytes, rhs: TextBytes) -> Bool { lhs.text.hasSameBytes(as: rhs.text) }

    /// The length and at most the first and last ``endLength`` bytes: two sentences that differ
    /// only in between are told apart by `==`. Hashing every byte of a report's sentences cost
    /// more than the rest of numbering them.
    func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { bytes in
            hasher.combine(bytes.count)
            let end = Self.endLength
            guard bytes.count > 2 * end else { return hasher.combine(bytes: UnsafeRawBufferPointer(bytes)) }
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<end])))
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[(bytes.count - end)...])))
        }
    }

    private static let endLength = 24
}

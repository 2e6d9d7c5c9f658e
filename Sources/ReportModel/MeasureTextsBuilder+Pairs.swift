extension MeasureTextsBuilder {
    /// Bytes that hold a `·` kept as a pair (``TextSpan/init(pairOf:and:separator:)``): the bytes
    /// before the last `·` and those after it, each a string kept once (the first a pair again
    /// where it holds a `·`). A table's figures have subjects of their column's label `·` their
    /// row's: kept as spans of every part, each figure's subject copied the parts of both labels,
    /// three spans a figure and a fifth of what a corpus kept of its reports' strings. Nil without a
    /// `·`, or when an index is past what a pair holds.
    mutating func pairSpan(_ bytes: UnsafeBufferPointer<UInt8>) -> TextSpan? {
        let separator = TextSpan.separatorBytes[0]
        // The last `·`, found forwards by memchr: a byte loop backwards cost more than the rest.
        var cut: Int?
        separator.withUnsafeBufferPointer { separator in
            while let found = bytes.firstOffset(of: separator, from: cut.map { $0 + separator.count } ?? 0) {
                cut = found
            }
        }
        guard let cut else { return nil }
        let first = keptPart(UnsafeBufferPointer(rebasing: bytes[..<cut]))
        let second = keptPart(UnsafeBufferPointer(rebasing: bytes[(cut + separator.count)...]))
        guard second <= TextSpan.maximumParts, first <= TextSpan.maximumOffset else { return nil }
        return TextSpan(pairOf: UInt32(first), and: UInt32(second), separator: 0)
    }

    /// The ``Measure/subjectIndex`` of a subject that does not stand in its sentence: a pair in the
    /// measure's own bits where it holds a `·` and the pair's indices fit them (a table figure's,
    /// each one's own: a span of it among the strings was a third of what its pair kept), else
    /// the index of the subject kept once among the strings.
    mutating func keptSubjectCode(_ subject: String) -> UInt32 {
        var subject = subject
        if let code = subject.withUTF8({ pairSpan($0).flatMap(Measure.subjectCode(pair:)) }) { return code }
        return stringIndex(subject, joining: true)
    }

    /// The index among the strings of a part of a pair, kept once: a pair again where it holds a
    /// `·`, else where it first stands in the text, else in the pool.
    private mutating func keptPart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let hash = hasher.finalize()
        let known = pairParts[hash]
        if let known,
            pairPartBytes.withUnsafeBufferPointer({ UnsafeBufferPointer(rebasing: $0[known.bytes]).hasSameBytes(as: bytes) })
        {
            return Int(known.index)
        }
        let index = strings.count
        // Its place first: a pair's own strings are kept after it.
        strings.append(.empty)
        strings[index] = pairSpan(bytes) ?? placedSpan(bytes)
        // Two parts of one hash (never seen) would keep the first; the second is kept again each time.
        if known == nil {
            pairParts[hash] = (UInt32(index), pairPartBytes.count..<pairPartBytes.count + bytes.count)
            pairPartBytes.append(contentsOf: bytes)
        }
        return index
    }
}

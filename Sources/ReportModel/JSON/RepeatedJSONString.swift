/// The string last written in one place of a JSON document and its escaped bytes, for
/// ``JSONByteWriter/string(utf8:repeatedIn:)``.
struct RepeatedJSONString {
    /// The string's bytes, then its escaped bytes with their quotes, then room: one array to
    /// refill in place, where two cost twice the clearing and copying of each string kept.
    private var bytes: [UInt8] = Array("\"\"".utf8)
    private var sourceCount = 0
    private var escapedCount = 2

    /// Writes the escaped bytes kept, quotes included, when `utf8` is the text kept, and says
    /// whether it did. The bytes are copied from where they are, into a writer's stored bytes
    /// passed alone: a closure over the writer had the compiler copy every string kept, a retain
    /// and a release of each on every string written.
    func appendEscaped(ifHolding utf8: UnsafeBufferPointer<UInt8>, to storage: inout [UInt8], count: inout Int) -> Bool {
        guard sourceCount == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { kept in
            guard UnsafeBufferPointer(rebasing: kept[..<sourceCount]).hasSameBytes(as: utf8) else { return false }
            let escaped = UnsafeBufferPointer(rebasing: kept[sourceCount..<(sourceCount + escapedCount)])
            JSONByteWriter.append(escaped, to: &storage, count: &count)
            return true
        }
    }

    /// Keeps `utf8` and its escaped bytes, `escaped` of a writer's stored bytes.
    mutating func keep(_ utf8: UnsafeBufferPointer<UInt8>, escaped: Range<Int>, of storage: [UInt8]) {
        let needed = utf8.count + escaped.count
        // Grown, never shrunk: once the array is big enough, keeping a string is two copies.
        if bytes.count < needed { bytes = Array(repeating: 0, count: max(needed, 2 * bytes.count)) }
        bytes.withUnsafeMutableBufferPointer { target in
            _ = UnsafeMutableBufferPointer(rebasing: target[..<utf8.count]).initialize(fromContentsOf: utf8)
            storage.withUnsafeBufferPointer { source in
                _ = UnsafeMutableBufferPointer(rebasing: target[utf8.count..<needed])
                    .initialize(fromContentsOf: UnsafeBufferPointer(rebasing: source[escaped]))
            }
        }
        sourceCount = utf8.count
        escapedCount = escaped.count
    }
}

/// The members of a measure that are most often the previous measure's, and their places for
/// ``JSONByteWriter/string(utf8:repeatedIn:)``.
enum RepeatedMember {
    case heading, sentence, section, report
}

/// The string last written in each place: one stored slot a place, where an array of them cost
/// a bounds check, a uniqueness check and a retain on every string written.
struct RepeatedJSONStrings {
    private var heading = RepeatedJSONString()
    private var sentence = RepeatedJSONString()
    private var section = RepeatedJSONString()
    private var report = RepeatedJSONString()

    /// Writes the escaped bytes kept in `place` when they are those of `utf8`, and says whether it
    /// did, as ``RepeatedJSONString/appendEscaped(ifHolding:to:count:)``.
    func appendEscaped(
        ifHolding utf8: UnsafeBufferPointer<UInt8>, in place: RepeatedMember, to storage: inout [UInt8], count: inout Int
    ) -> Bool {
        switch place {
        case .heading: heading.appendEscaped(ifHolding: utf8, to: &storage, count: &count)
        case .sentence: sentence.appendEscaped(ifHolding: utf8, to: &storage, count: &count)
        case .section: section.appendEscaped(ifHolding: utf8, to: &storage, count: &count)
        case .report: report.appendEscaped(ifHolding: utf8, to: &storage, count: &count)
        }
    }

    mutating func keep(_ utf8: UnsafeBufferPointer<UInt8>, escaped: Range<Int>, of storage: [UInt8], in place: RepeatedMember) {
        switch place {
        case .heading: heading.keep(utf8, escaped: escaped, of: storage)
        case .sentence: sentence.keep(utf8, escaped: escaped, of: storage)
        case .section: section.keep(utf8, escaped: escaped, of: storage)
        case .report: report.keep(utf8, escaped: escaped, of: storage)
        }
    }
}

/// The string last written in one place of a JSON document and its escaped bytes, for
/// ``JSONByteWriter/string(utf8:repeatedIn:)``.
struct RepeatedJSONString {
    /// The string's bytes, then its escaped bytes with their quotes: one array to refill, where
    /// two cost twice the clearing and copying of each string kept.
    private(set) var bytes: [UInt8] = Array("\"\"".utf8)
    private var sourceCount = 0

    /// Where the escaped bytes start in `bytes`.
    var escapedStart: Int { sourceCount }

    /// Whether `utf8` is the text kept, byte for byte.
    func holds(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard sourceCount == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[..<sourceCount]).hasSameBytes(as: utf8) }
    }

    mutating func keep(_ utf8: UnsafeBufferPointer<UInt8>, escaped: ArraySlice<UInt8>) {
        // The array is reused: no allocation once it is big enough.
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: utf8)
        bytes.append(contentsOf: escaped)
        sourceCount = utf8.count
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

    func holds(_ utf8: UnsafeBufferPointer<UInt8>, in place: RepeatedMember) -> Bool {
        switch place {
        case .heading: heading.holds(utf8)
        case .sentence: sentence.holds(utf8)
        case .section: section.holds(utf8)
        case .report: report.holds(utf8)
        }
    }

    /// The escaped bytes kept in `place`, quotes included.
    func escaped(in place: RepeatedMember) -> ArraySlice<UInt8> {
        let kept: RepeatedJSONString
        switch place {
        case .heading: kept = heading
        case .sentence: kept = sentence
        case .section: kept = section
        case .report: kept = report
        }
        return kept.bytes[kept.escapedStart...]
    }

    mutating func keep(_ utf8: UnsafeBufferPointer<UInt8>, escaped: ArraySlice<UInt8>, in place: RepeatedMember) {
        switch place {
        case .heading: heading.keep(utf8, escaped: escaped)
        case .sentence: sentence.keep(utf8, escaped: escaped)
        case .section: section.keep(utf8, escaped: escaped)
        case .report: report.keep(utf8, escaped: escaped)
        }
    }
}

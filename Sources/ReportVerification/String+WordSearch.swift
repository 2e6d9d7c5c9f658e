import Glibc
import ReportModel

extension String {
    /// Whether `word` occurs in the text, compared as UTF-8 bytes. The audit asks this of every
    /// candidate count, and a search by `Character` (grapheme clusters, normalisation) took most of
    /// its time; for the words it looks for, plain CJK and ASCII, the two find the same matches.
    func containsWord(_ word: String) -> Bool {
        firstByteOffset(of: word, where: { _ in true }) != nil
    }

    /// Whether `word` occurs in the text not right after one of `negations` (不予受理 is no 受理),
    /// as ``Swift/UnsafeBufferPointer/containsWord(_:notAfter:)`` finds it in the text's bytes.
    func containsWord(_ word: String, notAfter negations: [String]) -> Bool {
        withUTF8Bytes { $0.containsWord(word, notAfter: negations) }
    }

    /// The range of the first occurrence of `word`, found as UTF-8 bytes.
    func firstRange(ofWord word: String) -> Range<String.Index>? {
        guard let offset = firstByteOffset(of: word, where: { _ in true }) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: word.utf8.count)
    }

    /// The pieces between the occurrences of `separator` (found as UTF-8 bytes), empty ones kept:
    /// what `split(separator:omittingEmptySubsequences: false)` gives for plain CJK and ASCII. Each
    /// piece is made once from the text's bytes (cutting the rest of the text into a string at
    /// each separator cost more than the rest of preparing a table, whose header paths this splits).
    func pieces(separatedBy separator: String) -> [String] {
        withUTF8Bytes { bytes in
            separator.withUTF8Bytes { separator in
                guard !separator.isEmpty else { return [self] }
                var pieces: [String] = []
                var start = 0
                while let offset = bytes.firstOffset(of: separator, from: start) {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
                    start = offset + separator.count
                }
                pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
                return pieces
            }
        }
    }

    /// The text without any occurrence of `word`, compared as UTF-8 bytes as ``containsWord(_:)``
    /// does: what `replacing(word, with: "")` gives for plain CJK and ASCII words.
    func removingWord(_ word: String) -> String {
        withUTF8Bytes { haystack in
            word.withUTF8Bytes { needle in
                guard !needle.isEmpty else { return self }
                var kept: [UInt8] = []
                kept.reserveCapacity(haystack.count)
                var offset = 0
                while offset < haystack.count {
                    if offset + needle.count <= haystack.count,
                        haystack[offset..<(offset + needle.count)].elementsEqual(needle)
                    {
                        offset += needle.count
                    } else {
                        kept.append(haystack[offset])
                        offset += 1
                    }
                }
                return String(decoding: kept, as: UTF8.self)
            }
        }
    }

    /// The byte offset of the first occurrence of `word` that `accept` takes.
    private func firstByteOffset(of word: String, where accept: (Int) -> Bool) -> Int? {
        withUTF8Bytes { haystack in
            word.withUTF8Bytes { needle in haystack.firstOffset(of: needle, from: 0, where: accept) }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether `word` occurs in the text not right after one of `negations` (不予受理 is no 受理),
    /// compared as UTF-8 bytes as ``Swift/String/containsWord(_:)`` compares them. A negation's
    /// scalars must take three bytes each, as every CJK ideograph does.
    func containsWord(_ word: String, notAfter negations: [String]) -> Bool {
        word.withUTF8Bytes { needle in
            firstOffset(of: needle, from: 0) { offset in
                guard offset >= 3 else { return true }
                let before = self[(offset - 3)..<offset]
                return !negations.contains { $0.utf8.elementsEqual(before) }
            }
        } != nil
    }
}

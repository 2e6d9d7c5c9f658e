extension String {
    /// The last run of characters between sentence ends (。！？；, a line break) in the text, trailing
    /// ends left out: what splitting it at those characters gives last. Found from the end on the
    /// UTF-8 bytes (walking the text by `Character` cost more than the rest of reading a figure's
    /// topic); a sentence end counts only as a character of its own, as it did by `Character`
    /// (`\r\n` or 。 with a combining mark is none), which two grapheme-boundary checks tell.
    func lastSentencePart() -> Substring {
        let (start, end) = withUTF8Bytes { bytes in
            var end = bytes.count
            while let length = sentenceEndLength(endingAt: end, in: bytes) { end -= length }
            var start = end
            while start > 0, sentenceEndLength(endingAt: start, in: bytes) == nil { start -= 1 }
            return (start, end)
        }
        return self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    /// The byte length of the sentence end that ends at `offset`, nil when none does.
    private func sentenceEndLength(endingAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // Most bytes end no sentence end: their last byte tells at once.
        guard offset > 0, Self.isLastByteOfSentenceEnd[Int(bytes[offset - 1])],
            let length = Self.sentenceEndBytes.first(where: { end in
                offset >= end.count && bytes[(offset - end.count)..<offset].elementsEqual(end)
            })?.count,
            isCharacterBoundary(offset - length), isCharacterBoundary(offset)
        else { return nil }
        return length
    }

    private func isCharacterBoundary(_ offset: Int) -> Bool {
        String.Index(utf8.index(utf8.startIndex, offsetBy: offset), within: self) != nil
    }

    private static let sentenceEndBytes: [[UInt8]] = ["。", "！", "？", "；", "\n"].map { Array($0.utf8) }

    private static let isLastByteOfSentenceEnd: [Bool] = (0...255).map { byte in
        sentenceEndBytes.contains { $0.last == UInt8(byte) }
    }
}

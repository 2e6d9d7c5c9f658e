import Glibc

/// The line of a report text each figure stands on, told from where its `raw` stands, so that a
/// measure of a report need not keep its paragraph: the line breaks before every ``stride``-th
/// byte of the text, the rest counted when asked (4 bytes for 256 of text, against 4 for every
/// measure). A figure whose `raw` is in the pool has its line kept by its place there; a measure
/// made on its own from extraction has its own line kept whole.
struct LineMarks: Sendable {
    private let storage: Storage

    private enum Storage {
        /// The line breaks before byte `stride` × n of the text, at n; and the lines of the figures
        /// whose `raw` is in the pool, by its ``TextSpan/encodedStart`` (in increasing order, as the
        /// pool grows).
        case text(marks: [UInt32], pooled: [PlacedLine])
        /// The line of the one figure of a measure made on its own: no array to make and free for
        /// each figure `extract` writes.
        case only(PlacedLine)
    }

    static let stride = 256

    /// A line and the ``TextSpan/encodedStart`` of the `raw` that stands on it.
    struct PlacedLine: Sendable {
        var start: UInt32
        var line: UInt32
    }

    static let none = LineMarks(marks: [], pooled: [])

    init(marks: [UInt32], pooled: [PlacedLine]) {
        storage = .text(marks: marks, pooled: pooled)
    }

    /// The line of one figure alone.
    init(only line: PlacedLine) {
        storage = .only(line)
    }

    /// The line (from 0) of the figure whose `raw` starts at `start` (``TextSpan/encodedStart``).
    func line(ofRawAt start: UInt32, in text: String) -> Int {
        switch storage {
        case .only(let only): return Int(only.line)
        case .text(let marks, let pooled):
            let span = TextSpan(encodedStart: start, count: 0)
            guard !span.isInPool else { return Int(Self.pooledLine(at: start, in: pooled)) }
            return text.withUTF8Bytes { Self.line(ofByte: span.offset, in: $0, marks: marks) }
        }
    }

    private static func pooledLine(at start: UInt32, in pooled: [PlacedLine]) -> UInt32 {
        var low = 0
        var high = pooled.count
        while low < high {
            let middle = (low + high) / 2
            if pooled[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return pooled[low].line
    }

    /// The line of byte `offset`: the mark before it and the breaks between.
    static func line(ofByte offset: Int, in text: UnsafeBufferPointer<UInt8>, marks: [UInt32]) -> Int {
        let mark = offset / stride
        return Int(marks[mark]) + breaks(in: UnsafeBufferPointer(rebasing: text[mark * stride..<offset]))
    }

    /// How many line feeds the bytes hold, found with `memchr`: lines are tens of bytes long, and
    /// a loop over every byte was a hundredth of a load.
    static func breaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var from = 0
        while from < bytes.count, let hit = memchr(base + from, 0x0A, bytes.count - from) {
            count += 1
            from = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return count
    }
}

/// Walks a text to tell the lines of the figures added (mostly in reading order, so each byte is
/// counted once), and gathers the ``LineMarks`` that tell them again.
struct LineMarksBuilder {
    private let text: UnsafeBufferPointer<UInt8>
    private var marks: [UInt32] = [0]
    private var pooled: [LineMarks.PlacedLine] = []
    private var cursor = (byte: 0, lines: 0)

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// Whether the figure whose `raw` is `raw` stands on line `paragraph` as the lines will tell it:
    /// for one in the text, whether it is its line; one in the pool has it kept.
    mutating func keeps(_ paragraph: Int, of raw: TextSpan) -> Bool {
        guard let line = UInt32(exactly: paragraph) else { return false }
        guard !raw.isInPool else {
            pooled.append(LineMarks.PlacedLine(start: raw.encodedStart, line: line))
            return true
        }
        return self.line(ofByte: raw.offset) == paragraph
    }

    private mutating func line(ofByte offset: Int) -> Int {
        guard offset >= cursor.byte else { return LineMarks.line(ofByte: offset, in: text, marks: marks) }
        advance(to: offset)
        return cursor.lines
    }

    /// Counts the breaks up to `offset`, marking each stride passed.
    private mutating func advance(to offset: Int) {
        while cursor.byte < offset {
            let nextMark = marks.count * LineMarks.stride
            let end = min(offset, nextMark)
            cursor.lines += LineMarks.breaks(in: UnsafeBufferPointer(rebasing: text[cursor.byte..<end]))
            cursor.byte = end
            if end == nextMark { marks.append(UInt32(cursor.lines)) }
        }
    }

    /// The lines of the text as far as the figures asked for (no other is told), and of the figures
    /// in the pool.
    func lines() -> LineMarks {
        LineMarks(marks: trimmed(marks), pooled: trimmed(pooled))
    }
}

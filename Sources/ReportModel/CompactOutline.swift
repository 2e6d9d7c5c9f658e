/// A report's outline kept small, for a corpus held in memory: each section's title a span of the
/// report text where it stands there (else of a pool), its path in the pool, its level and offsets
/// in 32 bits; 28 bytes a section and no string of its own. The sections are made when read. Made
/// by ``Report/compact()``; never changed once made.
package final class CompactOutline: Sendable {
    /// The report text (the same storage as ``Report/text``).
    private let text: String
    private let pool: [UInt8]
    private let entries: [Entry]

    /// A section: its title a span of the report text (or of the pool, for a title read from a
    /// model), its path a span of the pool, its level and offsets in 32 bits, as a measure's
    /// offsets are (see ``Measure/maximumOffset``): 28 bytes. Extraction builds these as it finds
    /// the sections, and the outline keeps that array as it is.
    package struct Entry: Sendable {
        fileprivate var title: TextSpan
        fileprivate var path: TextSpan
        private var storedStart: UInt32
        private var storedEnd: UInt32
        private var storedLevel: Int32

        /// A section as extraction finds it: `title` bytes of the report text, `path` bytes of the pool.
        package init(title: Range<Int>, path: Range<Int>, level: Int, start: Int, end: Int) {
            self.init(
                title: title.isEmpty ? .empty : TextSpan(textOffset: title.lowerBound, count: title.count),
                path: path.isEmpty ? .empty : TextSpan(poolOffset: path.lowerBound, count: path.count), level: level,
                start: start, end: end)
        }

        fileprivate init(title: TextSpan, path: TextSpan, level: Int, start: Int, end: Int) {
            self.title = title
            self.path = path
            storedStart = UInt32(start)
            storedEnd = UInt32(end)
            storedLevel = Int32(level)
        }

        /// The title's bytes in the report text (for an entry made by extraction).
        package var titleBytes: Range<Int> { title.offset..<(title.offset + title.count) }
        /// The path's bytes in the pool.
        package var pathBytes: Range<Int> { path.offset..<(path.offset + path.count) }
        package var level: Int { Int(storedLevel) }
        /// The span of the section's text, in Unicode scalars (``Section/start``, ``Section/end``).
        package var start: Int { Int(storedStart) }
        package var end: Int {
            get { Int(storedEnd) }
            set { storedEnd = UInt32(newValue) }
        }
    }

    /// How far past a section's start its title is looked for: beyond the indentation the section
    /// starts after, its marker (`（十二）`, `二十三是`) is a few scalars long.
    private static let titleWindow = 64

    /// The sections kept so, or nil when one does not fit (an offset past 32 bits, a level past
    /// 31) and they are better kept as they are. `offsets` are those of `text`, walked already for
    /// its measures.
    init?(_ sections: [Section], text: String, offsets: inout ScalarOffsets) {
        guard
            sections.allSatisfy({
                (0...Int(UInt32.max)).contains($0.start) && (0...Int(UInt32.max)).contains($0.end)
                    && Int32(exactly: $0.level) != nil
            })
        else { return nil }
        var text = text
        var pool: [UInt8] = []
        var entries: [Entry] = []
        entries.reserveCapacity(sections.count)
        let fits = text.withUTF8 { bytes -> Bool in
            for section in sections {
                let title =
                    offsets.byte(ofScalar: section.start).flatMap { Self.span(of: section.title, near: $0, in: bytes) }
                    ?? TextSpan(appending: section.title, to: &pool)
                let path = TextSpan(appending: section.path, to: &pool)
                guard pool.count <= TextSpan.maximumOffset else { return false }
                entries.append(
                    Entry(title: title, path: path, level: section.level, start: section.start, end: section.end))
            }
            return true
        }
        guard fits else { return nil }
        self.text = text
        self.pool = trimmed(pool)
        self.entries = entries
    }

    /// The sections as extraction found them: their titles kept where they stand in `text`, their
    /// paths in the pool `paths`. Nil when the text or the paths are longer than a span reaches.
    /// Both arrays are copied without the room they grew into as extraction appended to them: kept
    /// as they were, that room was a twentieth of what a corpus's outlines held.
    package init?(_ entries: [Entry], paths: [UInt8], text: String) {
        guard paths.count <= TextSpan.maximumOffset && text.utf8.count <= TextSpan.maximumOffset else { return nil }
        self.text = text
        pool = trimmed(paths)
        self.entries = trimmed(entries)
    }

    var sections: [Section] {
        entries.map {
            Section(
                path: string($0.path), title: string($0.title), level: $0.level, start: $0.start, end: $0.end)
        }
    }

    var count: Int { entries.count }

    /// How many titles are kept in the pool, not as spans of the text.
    var titlesInPool: Int { entries.count { $0.title.isInPool && $0.title.count > 0 } }

    private func string(_ span: TextSpan) -> String {
        if span.count == 0 { return "" }
        return span.withUTF8(text: text, pool: pool) { String(decoding: $0, as: UTF8.self) }
    }

    /// Where the title first stands in the text from the section's start on, within ``titleWindow``.
    private static func span(of title: String, near start: Int, in text: UnsafeBufferPointer<UInt8>) -> TextSpan? {
        var title = title
        return title.withUTF8 { title -> TextSpan? in
            guard !title.isEmpty else { return .empty }
            guard start <= text.count else { return nil }
            let window = UnsafeBufferPointer(rebasing: text[start..<min(text.count, start + titleWindow + title.count)])
            return window.firstOffset(of: title).map { TextSpan(textOffset: start + $0, count: title.count) }
        }
    }
}

/// The byte offsets of scalar offsets in UTF-8 text, asked for mostly in increasing order: each is
/// found by walking on from the last one. The walk marks where every ``markStride``-th scalar
/// stands, so an offset it has passed (a report's sections, asked for after its measures) is
/// walked to from the mark before it, not from the start of the text again.
struct ScalarOffsets {
    private let text: UnsafeBufferPointer<UInt8>
    private var cursor = (scalar: 0, byte: 0)
    /// The byte offset of scalar `markStride` × n at n, as far as the walk has been.
    private var marks = [0]

    private static let markStride = 1024

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// The byte offset of the scalar offset, nil past the end of the text.
    mutating func byte(ofScalar scalar: Int) -> Int? {
        let mark = min(scalar / Self.markStride, marks.count - 1)
        if scalar < cursor.scalar || mark * Self.markStride > cursor.scalar {
            cursor = (mark * Self.markStride, marks[mark])
        }
        var (scalars, byte) = cursor
        var nextMark = marks.count * Self.markStride
        while scalars < scalar, byte < text.count {
            byte += 1
            while byte < text.count, text[byte] & 0xC0 == 0x80 { byte += 1 }
            scalars += 1
            if scalars == nextMark {
                marks.append(byte)
                nextMark += Self.markStride
            }
        }
        guard scalars == scalar else { return nil }
        cursor = (scalars, byte)
        return byte
    }
}

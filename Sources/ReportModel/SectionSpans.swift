/// A section as extraction finds it: its title a range of the report text's UTF-8 and its path a
/// range of a pool of paths, with no string of its own. Extraction made a path and a title String
/// for every section, and `extract --format jsonl` writes none of them; the strings are made when
/// a section is read (see ``CompactOutline``). Kept in 32 bits, as a measure's offsets are (see
/// ``Measure/maximumOffset``): 28 bytes a section, half what `Int` took, and the array of a big
/// report's sections was the largest allocation after its text while it grew. Inlinable: made and
/// read in the outline's loops, in another module, a call each cost as much as the work.
package struct SectionSpans: Sendable {
    @usableFromInline var titleStart: UInt32
    @usableFromInline var titleCount: UInt32
    @usableFromInline var pathStart: UInt32
    @usableFromInline var pathCount: UInt32
    @usableFromInline var storedStart: UInt32
    @usableFromInline var storedEnd: UInt32
    @usableFromInline var storedLevel: Int32

    @inlinable @inline(__always) package init(title: Range<Int>, path: Range<Int>, level: Int, start: Int, end: Int) {
        titleStart = UInt32(title.lowerBound)
        titleCount = UInt32(title.count)
        pathStart = UInt32(path.lowerBound)
        pathCount = UInt32(path.count)
        storedStart = UInt32(start)
        storedEnd = UInt32(end)
        storedLevel = Int32(level)
    }

    /// The title's bytes in the report text.
    @inlinable package var title: Range<Int> { Int(titleStart)..<(Int(titleStart) + Int(titleCount)) }
    /// The path's bytes in the pool of paths.
    @inlinable package var path: Range<Int> { Int(pathStart)..<(Int(pathStart) + Int(pathCount)) }
    @inlinable package var level: Int { Int(storedLevel) }
    /// The span of the section's text, in Unicode scalars (``Section/start``, ``Section/end``).
    @inlinable package var start: Int { Int(storedStart) }
    @inlinable package var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(newValue) }
    }
}

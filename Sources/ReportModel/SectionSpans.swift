/// A section as extraction finds it: its title a range of the report text's UTF-8 and its path a
/// range of a pool of paths, with no string of its own. Extraction made a path and a title String
/// for every section, and `extract --format jsonl` writes none of them; the strings are made when
/// a section is read (see ``CompactOutline``).
package struct SectionSpans: Sendable {
    /// The title's bytes in the report text.
    package var title: Range<Int>
    /// The path's bytes in the pool of paths.
    package var path: Range<Int>
    package var level: Int
    /// The span of the section's text, in Unicode scalars (``Section/start``, ``Section/end``).
    package var start: Int
    package var end: Int

    package init(title: Range<Int>, path: Range<Int>, level: Int, start: Int, end: Int) {
        self.title = title
        self.path = path
        self.level = level
        self.start = start
        self.end = end
    }
}

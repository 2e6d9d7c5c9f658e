extension Report {
    /// Keeps the report's measures and tables small, for a corpus held in memory: the measures
    /// share one ``MeasureTexts``, where `raw`, `sentence` and `before` are spans of the report
    /// text when they stand in it, every other string is kept once, and bounds equal to the value
    /// or half a step from it are told from it; the cells of its tables share one ``TableCellLabels``, their captions one
    /// copy each; its sections are kept as a ``CompactOutline``. Nothing a reader sees changes.
    /// Called once the report is whole, or once extraction has found every measure: `extracted`,
    /// added after ``measures`` from their spans of the text.
    public mutating func compact(adding extracted: [ExtractedMeasure] = []) {
        let text = text
        var bytes = text
        var outline: CompactOutline?
        (measures, tables) = bytes.withUTF8 { [measures, tables, plainSections, compactOutline] bytes in
            var builder = MeasureTextsBuilder(text: bytes)
            builder.reserve(measures.count + extracted.count)
            var compacted = measures.map { builder.add($0) }
            compacted.reserveCapacity(measures.count + extracted.count)
            for measure in extracted { compacted.append(builder.add(measure)) }
            var captions = SharedStrings()
            var compactedTables = tables.map { table in
                var table = table
                table.section = captions.shared(table.section)
                table.title = captions.shared(table.title)
                table.cells = table.cells.map { builder.add($0) }
                return table
            }
            let texts = builder.texts(text: text)
            let cellLabels = TableCellLabels(texts: texts)
            // In place: a copy of the measures to set them was a second array of them for a moment.
            for index in compacted.indices where compacted[index].texts === MeasureTexts.pending {
                compacted[index].texts = texts
            }
            for table in compactedTables.indices {
                for cell in compactedTables[table].cells.indices
                where compactedTables[table].cells[cell].labels === TableCellLabels.pending {
                    compactedTables[table].cells[cell].labels = cellLabels
                }
            }
            if compactOutline == nil {
                outline = CompactOutline(plainSections, text: text, offsets: &builder.offsets)
            }
            return (compacted, compactedTables)
        }
        if compactOutline == nil {
            if let outline {
                compactOutline = outline
                plainSections = []
            } else {
                plainSections = trimmed(plainSections)
            }
        }
    }
}

/// One copy of each string that does not fit inside a `String` (longer than 15 UTF-8 bytes).
private struct SharedStrings {
    private var kept: Set<ExactString> = []

    mutating func shared(_ string: String) -> String {
        guard string.utf8.count > 15 else { return string }
        return kept.insert(ExactString(string)).memberAfterInsert.string
    }
}

/// A string told apart from others by its UTF-8 bytes: what is kept must read back byte for byte
/// (`String`'s own equality takes canonically equivalent strings as equal), and hashing bytes
/// needs no normalisation.
struct ExactString: Hashable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (left: ExactString, right: ExactString) -> Bool {
        left.string.hasSameBytes(as: right.string)
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A copy without the room an array grows into as it is appended to.
func trimmed<Element>(_ array: [Element]) -> [Element] {
    [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
        _ = buffer.initialize(fromContentsOf: array)
        count = array.count
    }
}

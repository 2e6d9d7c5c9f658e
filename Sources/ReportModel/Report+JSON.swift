/// The model JSON (`reportsh extract --format json|jsonl`).
///
/// Written two ways with the same members in the same order: as `JSONValue` trees for the
/// language's results, and straight into bytes for `extract`, where a big report's model is tens
/// of megabytes. A test holds the two to the same text.
extension Report {
    public var headerJSON: JSONValue {
        .object([
            ("id", .string(id)),
            ("title", .string(title)),
            ("region", region.map(JSONValue.string) ?? .null),
            ("year", year.map(JSONValue.integer) ?? .null),
            ("region_level", regionLevel.map(JSONValue.string) ?? .null),
            ("body", body.map(JSONValue.string) ?? .null),
            ("genre", genre.map(JSONValue.string) ?? .null),
            ("found", metadataSources.json),
        ])
    }

    public var json: JSONValue {
        .object([
            ("report", headerJSON),
            ("sections", .array(sections.map(\.json))),
            ("tables", .array(tables.map(\.json))),
            ("measures", .array(measures.map(\.json))),
        ])
    }

    /// The whole model as one JSON object (no newline); the writer may flush between sections and
    /// between measures.
    public func writeJSON(to writer: inout JSONByteWriter) {
        writeJSONBeforeMeasures(to: &writer)
        for (index, measure) in measures.enumerated() {
            if index > 0 { writer.raw(",") }
            measure.writeJSON(to: &writer)
            writer.flushIfFull()
        }
        writer.raw("]}")
    }

    /// The model up to its measures, which come last so that they can be written as they are
    /// found: the measures follow, separated by commas, then `]}`.
    public func writeJSONBeforeMeasures(to writer: inout JSONByteWriter) {
        writer.raw("{\"report\":{\"id\":")
        writer.string(id)
        writer.raw(",\"title\":")
        writer.string(title)
        writer.raw(",\"region\":")
        if let region { writer.string(region) } else { writer.null() }
        writer.raw(",\"year\":")
        if let year { writer.integer(year) } else { writer.null() }
        writer.raw(",\"region_level\":")
        if let regionLevel { writer.string(regionLevel) } else { writer.null() }
        writer.raw(",\"body\":")
        if let body { writer.string(body) } else { writer.null() }
        writer.raw(",\"genre\":")
        if let genre { writer.string(genre) } else { writer.null() }
        writer.raw(",\"found\":{")
        for (index, (name, source)) in metadataSources.members.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.string(name)
            writer.raw(":")
            if let source { writer.string(source.rawValue) } else { writer.null() }
        }
        writer.raw("}},\"sections\":[")
        for (index, section) in sections.enumerated() {
            if index > 0 { writer.raw(",") }
            section.writeJSON(to: &writer)
            writer.flushIfFull()
        }
        writer.raw("],\"tables\":[")
        for (index, table) in tables.enumerated() {
            if index > 0 { writer.raw(",") }
            table.writeJSON(to: &writer)
            writer.flushIfFull()
        }
        writer.raw("],\"measures\":[")
    }
}

extension MetadataSources {
    /// `region`, `body`, `year`, `genre`, in the order the model JSON writes them.
    var members: [(String, MetadataSource?)] {
        [("region", region), ("body", body), ("year", year), ("genre", genre)]
    }

    public var json: JSONValue {
        .object(members.map { name, source in (name, source.map { JSONValue.string($0.rawValue) } ?? .null) })
    }
}

extension Section {
    public var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("title", .string(title)),
            ("level", .integer(level)),
            ("start", .integer(start)),
            ("end", .integer(end)),
        ])
    }

    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.raw("{\"path\":")
        writer.string(path)
        writer.raw(",\"title\":")
        writer.string(title)
        writer.raw(",\"level\":")
        writer.integer(level)
        writer.raw(",\"start\":")
        writer.integer(start)
        writer.raw(",\"end\":")
        writer.integer(end)
        writer.raw("}")
    }
}

extension Measure {
    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("value", .decimal(value)),
            ("unit", .string(unit)),
            ("raw", .string(raw)),
            ("kind", .string(kind.rawValue)),
            ("approx", approx.map(JSONValue.string) ?? .null),
            ("lower", lower.map(JSONValue.decimal) ?? .null),
            ("upper", upper.map(JSONValue.decimal) ?? .null),
            ("decimals", .integer(decimals)),
            ("subject", .string(subject)),
            ("section", .string(section)),
            ("heading", .string(heading)),
            ("sentence", .string(sentence)),
            ("paragraph", .integer(paragraph)),
            ("before", .string(before)),
            ("start", .integer(start)),
            ("end", .integer(end)),
            ("report", .string(report)),
            ("table", table.map(JSONValue.string) ?? .null),
            ("cell", cell.map(\.json) ?? .null),
        ])
    }

    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.raw("{\"id\":")
        // `m` and its number, written without making the id (the getter interpolates a String).
        if let idNumber {
            writer.raw("\"m")
            writer.integer(idNumber)
            writer.raw("\"")
        } else {
            writer.string(id)
        }
        writer.raw(",\"value\":")
        writer.decimal(value)
        writer.raw(",\"unit\":")
        writer.string(unit)
        writer.raw(",\"raw\":")
        write({ $0.raw }, rawSpan, to: &writer)
        writer.raw(kind.jsonMember)
        writer.raw(",\"approx\":")
        if let approx { writer.string(approx) } else { writer.null() }
        writer.raw(",\"lower\":")
        if let lower { writer.decimal(lower) } else { writer.null() }
        writer.raw(",\"upper\":")
        if let upper { writer.decimal(upper) } else { writer.null() }
        writer.raw(",\"decimals\":")
        writer.integer(decimals)
        writer.raw(",\"subject\":")
        write({ $0.subject }, texts.holdsFieldsAlone ? .empty : subjectSpan, to: &writer)
        writer.raw(",\"section\":")
        write({ $0.section }, texts.holdsFieldsAlone ? .empty : texts.outline[Int(sectionIndex)], to: &writer)
        writer.raw(",\"heading\":")
        write(
            { $0.heading }, texts.holdsFieldsAlone ? .empty : texts.outline[Int(headingIndex)], to: &writer,
            repeatedIn: RepeatedMember.heading)
        writer.raw(",\"sentence\":")
        write(
            { $0.sentence }, texts.holdsFieldsAlone ? .empty : texts.strings[Int(sentenceIndex)], to: &writer,
            repeatedIn: RepeatedMember.sentence)
        writer.raw(",\"paragraph\":")
        writer.integer(paragraph)
        writer.raw(",\"before\":")
        write({ $0.before }, beforeSpan, to: &writer)
        writer.raw(",\"start\":")
        writer.integer(start)
        writer.raw(",\"end\":")
        writer.integer(end)
        writer.raw(",\"report\":")
        writer.string(report)
        writer.raw(",\"table\":")
        if let table { writer.string(table) } else { writer.null() }
        writer.raw(",\"cell\":")
        if let cell { cell.writeJSON(to: &writer) } else { writer.null() }
        writer.raw("}")
    }
}

extension Measure {
    /// Writes a string field as a JSON string from its bytes: those of `span` for a measure of a
    /// report, those of the field of a measure alone; `place` as in
    /// ``JSONByteWriter/string(utf8:repeatedIn:)``.
    fileprivate func write(
        _ field: (MeasureFields) -> String, _ span: TextSpan, to writer: inout JSONByteWriter,
        repeatedIn place: Int? = nil
    ) {
        func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            if let place { writer.string(utf8: bytes, repeatedIn: place) } else { writer.string(utf8: bytes) }
        }
        // Tested before it is read: binding the fields of a measure alone copied them all (360
        // bytes) for every string of every measure of a report.
        guard texts.holdsFieldsAlone, var string = texts.alone.map(field) else {
            return texts.withUTF8(span, write)
        }
        string.withUTF8(write)
    }
}

/// The members of a measure that are most often the previous measure's, and their places for
/// ``JSONByteWriter/string(utf8:repeatedIn:)``.
enum RepeatedMember {
    static let heading = 0
    static let sentence = 1
}

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
}

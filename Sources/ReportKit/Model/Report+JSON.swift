/// The model JSON of the SPEC (`reportsh extract --format json|jsonl`).
extension Report {
    public var headerJSON: JSONValue {
        .object([
            ("id", .string(id)),
            ("title", .string(title)),
            ("region", region.map(JSONValue.string) ?? .null),
            ("year", year.map(JSONValue.integer) ?? .null),
        ])
    }

    public var json: JSONValue {
        .object([
            ("report", headerJSON),
            ("sections", .array(sections.map(\.json))),
            ("measures", .array(measures.map(\.json))),
        ])
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
            ("start", .integer(start)),
            ("end", .integer(end)),
            ("report", .string(report)),
        ])
    }
}

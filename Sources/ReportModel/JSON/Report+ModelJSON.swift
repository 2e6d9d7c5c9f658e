/// Why a JSON document is not a report model: the member path and what is wrong with it.
public struct ModelJSONError: Error, Sendable, Equatable {
    public let problem: String
}

/// Reads back the model JSON that `reportsh extract --format json` writes, numbers exact.
extension Report {
    public init(modelJSON json: JSONValue) throws(ModelJSONError) {
        let document = ModelObject(json, path: "")
        let header = try document.object("report")
        let sections = try document.array("sections").map { (section) throws(ModelJSONError) -> Section in
            let (start, end) = try section.span()
            return Section(
                path: try section.string("path"), title: try section.string("title"),
                level: try section.integer("level", in: 0...Int.max), start: start, end: end)
        }
        let id = try header.string("id")
        var ids: Set<String> = []
        let measures = try document.array("measures").map { (measure) throws(ModelJSONError) -> Measure in
            let kindName = try measure.string("kind")
            guard let kind = MeasureKind(rawValue: kindName) else { throw measure.invalid("kind", "unknown kind '\(kindName)'") }
            let measureID = try measure.string("id")
            guard ids.insert(measureID).inserted else {
                throw measure.invalid("id", "'\(measureID)' is the id of an earlier measure")
            }
            let value = try measure.number("value")
            let lower = try measure.optionalNumber("lower"), upper = try measure.optionalNumber("upper")
            if let lower, lower > value { throw measure.invalid("lower", "\(lower) is above the value \(value)") }
            if let upper, upper < value { throw measure.invalid("upper", "\(upper) is below the value \(value)") }
            let (start, end) = try measure.span()
            return Measure(
                id: measureID, value: value, unit: try measure.string("unit"),
                raw: try measure.string("raw"), kind: kind, approx: try measure.optionalString("approx"),
                lower: lower, upper: upper,
                decimals: try measure.integer("decimals", in: 0...Measure.maximumDecimals),
                subject: try measure.string("subject"),
                section: try measure.string("section"), heading: try measure.string("heading"),
                sentence: try measure.string("sentence"),
                paragraph: try measure.offset("paragraph"),
                before: try measure.string("before"), start: start,
                end: end, report: (try? measure.string("report")) ?? id,
                table: try measure.optionalMemberString("table"), cell: try measure.optionalCell("cell"))
        }
        // A model written before tables were read has none.
        let tables = try document.has("tables") ? document.array("tables").map(ReportTable.init(model:)) : []
        self.init(
            id: id, title: try header.string("title"), region: try header.optionalString("region"),
            year: try header.optionalInteger("year"), text: "", sections: sections, measures: measures,
            tables: tables)
        // A model written before these were read has none of them.
        regionLevel = try header.optionalMemberString("region_level")
        body = try header.optionalMemberString("body")
        genre = try header.optionalMemberString("genre")
        if header.has("found") {
            let found = try header.object("found")
            metadataSources = MetadataSources(
                region: try found.optionalSource("region"), body: try found.optionalSource("body"),
                year: try found.optionalSource("year"), genre: try found.optionalSource("genre"))
        }
        compact()
    }
}

extension ReportTable {
    fileprivate init(model table: ModelObject) throws(ModelJSONError) {
        let cells = try table.array("cells").map { (cell) throws(ModelJSONError) -> TableCell in
            TableCell(
                row: try cell.offset("row"), col: try cell.offset("col"), rowSpan: try cell.offset("row_span"),
                colSpan: try cell.offset("col_span"), text: try cell.string("text"),
                rowPath: try cell.string("row_path"), colPath: try cell.string("col_path"))
        }
        self.init(
            id: try table.string("id"), section: try table.string("section"), title: try table.string("title"),
            rows: try table.integer("rows"), cols: try table.integer("cols"),
            headerRows: try table.integer("header_rows"), headerCols: try table.integer("header_cols"),
            cells: cells)
    }
}

/// A JSON object of the model, with typed member access that names the member path on failure.
private struct ModelObject {
    let members: [(String, JSONValue)]
    let path: String

    init(_ value: JSONValue, path: String) {
        if case .object(let members) = value { self.members = members } else { self.members = [] }
        self.path = path
    }

    func invalid(_ name: String, _ problem: String) -> ModelJSONError {
        ModelJSONError(problem: "\(path)\(name): \(problem)")
    }

    private func member(_ name: String) throws(ModelJSONError) -> JSONValue {
        guard let value = members.first(where: { $0.0 == name })?.1 else { throw invalid(name, "missing") }
        return value
    }

    func object(_ name: String) throws(ModelJSONError) -> ModelObject {
        guard case .object = try member(name) else { throw invalid(name, "expected an object") }
        return ModelObject(try member(name), path: "\(path)\(name).")
    }

    func array(_ name: String) throws(ModelJSONError) -> [ModelObject] {
        guard case .array(let elements) = try member(name) else { throw invalid(name, "expected an array") }
        return elements.enumerated().map { ModelObject($1, path: "\(path)\(name)[\($0)].") }
    }

    /// Text of the report is never NUL; one here is a damaged or forged file.
    func string(_ name: String) throws(ModelJSONError) -> String {
        guard case .string(let text) = try member(name) else { throw invalid(name, "expected a string") }
        guard !text.utf8.contains(0) else { throw invalid(name, "contains a NUL character") }
        return text
    }

    func optionalString(_ name: String) throws(ModelJSONError) -> String? {
        if case .null = try member(name) { return nil }
        return try string(name)
    }

    func number(_ name: String) throws(ModelJSONError) -> Rational {
        guard case .number(let text) = try member(name), let value = Rational(decimal: text) else {
            throw invalid(name, "expected a decimal number")
        }
        return value
    }

    func optionalNumber(_ name: String) throws(ModelJSONError) -> Rational? {
        if case .null = try member(name) { return nil }
        return try number(name)
    }

    func integer(_ name: String) throws(ModelJSONError) -> Int {
        let value = try number(name)
        guard value.isInteger, let integer = Int(exactly: value.numerator) else { throw invalid(name, "expected a whole number") }
        return integer
    }

    func integer(_ name: String, in allowed: ClosedRange<Int>) throws(ModelJSONError) -> Int {
        let value = try integer(name)
        guard allowed.contains(value) else {
            let bounds =
                allowed.upperBound == .max ? "at least \(allowed.lowerBound)" : "\(allowed.lowerBound)…\(allowed.upperBound)"
            throw invalid(name, "\(value) is out of range (\(bounds))")
        }
        return value
    }

    /// An offset or a paragraph index: a measure keeps them in 32 bits.
    func offset(_ name: String) throws(ModelJSONError) -> Int {
        let offset = try integer(name, in: 0...Int.max)
        guard offset <= Measure.maximumOffset else {
            throw invalid(name, "\(offset) is too large (at most \(Measure.maximumOffset))")
        }
        return offset
    }

    /// `start` and `end`, offsets into the text: non-negative and in order.
    func span() throws(ModelJSONError) -> (start: Int, end: Int) {
        let start = try offset("start")
        let end = try offset("end")
        guard start <= end else { throw invalid("end", "\(end) is before the start \(start)") }
        return (start, end)
    }

    func has(_ name: String) -> Bool {
        members.contains { $0.0 == name }
    }

    /// A member that a model written before it existed lacks: missing or null is nil.
    func optionalMemberString(_ name: String) throws(ModelJSONError) -> String? {
        has(name) ? try optionalString(name) : nil
    }

    /// A figure's cell (`{"row": 5, "col": 3}`), missing or null outside tables.
    func optionalCell(_ name: String) throws(ModelJSONError) -> CellPosition? {
        guard has(name) else { return nil }
        if case .null = try member(name) { return nil }
        let cell = try object(name)
        return CellPosition(row: try cell.offset("row"), col: try cell.offset("col"))
    }

    /// Where a metadata member was read (`title`, `signature`, …), missing or null when unknown.
    func optionalSource(_ name: String) throws(ModelJSONError) -> MetadataSource? {
        guard let text = try optionalMemberString(name) else { return nil }
        guard let source = MetadataSource(rawValue: text) else {
            let known = MetadataSource.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid(name, "unknown source '\(text)' (one of \(known))")
        }
        return source
    }

    func optionalInteger(_ name: String) throws(ModelJSONError) -> Int? {
        if case .null = try member(name) { return nil }
        return try integer(name)
    }
}

/// Where a report's region, body, year or genre was read: a reader can weigh a year read from a
/// title above one worked out from the date a report was signed.
public enum MetadataSource: String, Sendable, CaseIterable {
    /// The report's title line (`白河县人民政府2023年政府信息公开工作年度报告`).
    case title
    /// The opening paragraph (`2023年，随州市坚持…`).
    case firstParagraph = "first-paragraph"
    /// The issuing body and date at the end (`东湖区人民政府` over `2024年1月26日`); a year read
    /// there is the year before the date's, as annual reports come out in the first months after it.
    case signature
    /// The file's name (`随州市2023年法治政府建设年度报告.pdf`).
    case fileName = "file-name"
}

/// For each of a report's region, body, year and genre, where it was read; nil where it is nil.
public struct MetadataSources: Sendable, Equatable {
    public var region: MetadataSource?
    public var body: MetadataSource?
    public var year: MetadataSource?
    public var genre: MetadataSource?

    public init(
        region: MetadataSource? = nil, body: MetadataSource? = nil, year: MetadataSource? = nil,
        genre: MetadataSource? = nil
    ) {
        self.region = region
        self.body = body
        self.year = year
        self.genre = genre
    }
}

extension MetadataSources {
    /// `region=title body=signature year=title`: the ones found, for a table's cell.
    public var summary: String {
        members.compactMap { name, source in source.map { "\(name)=\($0.rawValue)" } }
            .joined(separator: " ")
    }
}

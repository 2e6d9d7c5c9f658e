import ReportExtraction
import ReportModel

/// Who issued a report: the administrative unit (临江区) and the body (司法局, 人民政府), as the
/// report's metadata gives them, or as its region and title tell in a model written before the
/// metadata had a body. Reports of one issuer make a series whose years can be compared.
struct ReportIssuer: Hashable {
    var region: String
    var body: String

    /// Bodies a title names right after the region, longest first (人民政府办公室 before 人民政府).
    private static let bodies = [
        "人民政府办公室", "人民政府办公厅", "政府办公室", "司法局", "司法厅", "人民政府", "政府",
    ]

    /// Nil when the report names no region. A region that names its body too (随州市司法局) is
    /// read as an organ's name. A title with no body (关于青山县2022年法治政府建设情况的报告)
    /// is the region's 人民政府's, whose report it is by custom; 政府 and 人民政府 are one body.
    init?(_ report: Report) {
        guard var region = report.region, !region.isEmpty else { return nil }
        var body = report.body
        if body == nil, let organ = OrganName.parse(region), let unit = organ.region, let named = organ.body {
            body = named
            region = unit
        }
        if body == nil, let range = report.title.firstRange(of: region) {
            let after = report.title[range.upperBound...]
            body = Self.bodies.first { after.hasPrefix($0) }
        }
        self.region = region
        self.body = (body ?? "人民政府").replacing("人民政府", with: "政府")
    }
}

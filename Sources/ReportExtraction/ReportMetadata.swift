import ReportModel

/// The report's title, region, issuing body, year and genre, read from its title line, its first
/// paragraph and its signature (`白河县人民政府2023年政府信息公开工作年度报告`, `2023年,随州市坚持…`,
/// `东湖区人民政府` over `2024年1月26日`), each with where it was read. What none of them says
/// plainly stays nil: a corpus compared by region and year is better with a gap than a wrong one.
package struct ReportMetadata {
    var title = ""
    var region: String?
    var year: Int?
    var regionLevel: String?
    var body: String?
    var genre: String?
    var sources = MetadataSources()

    private static let titleWords = ["报告", "情况", "工作总结", "年报", "年鉴"]

    /// Reads the first and last lines of `text` only: the metadata is there, and a big report
    /// costs no more than a small one.
    init(text: String) {
        let lines = Self.edgeLines(of: text)
        let first = lines.head.first ?? ""
        let looksLikeTitle =
            first.dropFirst(80).isEmpty && !first.containsText("。") && Self.titleWords.contains { first.containsText($0) }
        if looksLikeTitle { read(title: first, as: .title) }
        let opening = lines.head.dropFirst(looksLikeTitle ? 1 : 0).first { Self.isParagraph($0) }
        if let opening { read(firstParagraph: opening) }
        if region == nil || body == nil || year == nil, let signature = ReportSignature(lastLines: lines.tail) {
            read(signature)
        }
        if looksLikeTitle {
            title = first
        } else {
            title = (region ?? "") + (year.map { "\($0)年" } ?? "") + "法治政府建设年度报告"
        }
    }

    /// What a file's name says, for what the text left nil: the name of a file saved under its
    /// report's title (`随州市2023年法治政府建设年度报告.pdf`). A name with no Chinese says nothing.
    package static func fill(_ report: inout Report, fromFileName stem: String) {
        guard stem.contains(where: \.isHan) else { return }
        var named = ReportMetadata()
        named.read(title: stem, as: .fileName)
        if report.region == nil, let region = named.region {
            report.region = region
            report.regionLevel = named.regionLevel
            report.metadataSources.region = .fileName
        }
        if report.body == nil, let body = named.body, report.region == named.region {
            report.body = body
            report.metadataSources.body = .fileName
        }
        if report.year == nil, let year = named.year {
            report.year = year
            report.metadataSources.year = .fileName
        }
        if report.genre == nil, let genre = named.genre {
            report.genre = genre
            report.metadataSources.genre = .fileName
        }
    }

    private init() {}

    /// Sets what the model's constructor does not take: level, body, genre and the sources.
    func describe(_ report: inout Report) {
        report.regionLevel = regionLevel
        report.body = body
        report.genre = genre
        report.metadataSources = sources
    }

    // MARK: - Where each is read

    /// `[关于]ORGAN[关于]YEAR年[度]GENRE` or `YEAR年ORGAN GENRE`: the organ is what stands before
    /// the year or the genre's words, else what follows the year up to them.
    private mutating func read(title: String, as source: MetadataSource) {
        let title = Self.asciiDigits(title)
        let characters = Array(title)
        let found = ReportYear.first(in: characters)
        let genreStart = ReportGenre.firstWord(in: characters) ?? characters.count
        var organText = characters[..<min(found?.range.lowerBound ?? characters.count, genreStart)].joinedText
        if organText.isEmpty || organText == "关于", let found, found.range.upperBound < genreStart {
            organText = characters[found.range.upperBound..<genreStart].joinedText
        }
        if let organ = OrganName.parse(Self.trimmingAbout(organText)) {
            set(organ, from: source)
        }
        if let found {
            year = found.year
            sources.year = source
        }
        if let genre = ReportGenre.of(title: title) {
            self.genre = genre
            sources.genre = source
        }
    }

    /// `2023年，随州市坚持…`, `今年以来，城关街道…`: the year when the paragraph starts with it, the
    /// region that follows; the statistics period of the 政府信息公开 template (`统计期限自2023年1月1日
    /// 起至2023年12月31日`); the genre when there was no title to say it.
    private mutating func read(firstParagraph paragraph: String) {
        let text = Self.asciiDigits(paragraph)
        // The paragraph is walked as characters only as far as its opening is read: it can be long.
        var rest = text[...]
        if let found = ReportYear.first(in: Array(text.prefix(8))), found.range.lowerBound == 0 {
            if year == nil {
                year = found.year
                sources.year = .firstParagraph
            }
            rest = text.dropFirst(found.range.upperBound)
        }
        for lead in ["度", "以来", "上半年", "全年"] where rest.starts(with: lead) { rest = rest.dropFirst(lead.count) }
        var opensWithTime = rest.startIndex != text.startIndex
        if !opensWithTime, let lead = ["今年以来", "一年来", "过去一年"].first(where: { rest.starts(with: $0) }) {
            rest = rest.dropFirst(lead.count)
            opensWithTime = true
        }
        // The subject of a sentence that opens with its time: 2023年，随州市坚持…
        if opensWithTime, region == nil, let organ = OrganName.leadingRegion(rest.drop { !$0.isHan }) {
            set(organ, from: .firstParagraph)
        }
        if year == nil, let period = ReportYear.statisticsPeriod(in: text) {
            year = period
            sources.year = .firstParagraph
        }
        if genre == nil, let genre = ReportGenre.of(firstParagraph: text) {
            self.genre = genre
            sources.genre = .firstParagraph
        }
    }

    /// The organ and date at the end: the region when nothing before named it; the body when the
    /// region is the same one; the year before the date's when it is in the first half of a year.
    private mutating func read(_ signature: ReportSignature) {
        if let organ = signature.organ {
            if region == nil, organ.region != nil { set(organ, from: .signature) }
            if body == nil, let body = organ.body, organ.region == region {
                self.body = body
                sources.body = .signature
            }
        }
        if year == nil, let reported = signature.reportedYear {
            year = reported
            sources.year = .signature
        }
    }

    private mutating func set(_ organ: OrganName, from source: MetadataSource) {
        if region == nil, let found = organ.region {
            region = found
            regionLevel = organ.level
            sources.region = source
        }
        if body == nil, let found = organ.body, organ.region == region {
            body = found
            sources.body = source
        }
    }

    // MARK: - Text

    /// The first lines and the last ones that hold anything, trimmed. Lines are found by their
    /// newline byte: walking a long text by characters costs more than the rest of its metadata.
    private static func edgeLines(of text: String) -> (head: [String], tail: [String]) {
        var bytesOfText = text
        return bytesOfText.withUTF8 { bytes in
            let newline = UInt8(ascii: "\n")
            // Cut from the text, not decoded from its bytes again: it is valid UTF-8 already, and a
            // newline byte is always a character's edge.
            func line(_ range: Range<Int>) -> String {
                let utf8 = text.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                let end = utf8.index(start, offsetBy: range.count)
                return String(text[start..<end]).trimmingSpaces
            }
            var head: [String] = []
            var nonEmptyLines = 0
            var start = 0
            while nonEmptyLines < 12, head.count < 6, start < bytes.count {
                let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
                if start < end {
                    nonEmptyLines += 1
                    let trimmed = line(start..<end)
                    if !trimmed.isEmpty { head.append(trimmed) }
                }
                start = end == bytes.count ? end : end + 1
            }
            var tail: [String] = []
            var end = bytes.count
            while tail.count < 10, end > 0 {
                let start = bytes[..<end].lastIndex(of: newline).map { $0 + 1 } ?? 0
                let trimmed = line(start..<end)
                if !trimmed.isEmpty { tail.insert(trimmed, at: 0) }
                end = start == 0 ? start : start - 1
            }
            return (head, tail)
        }
    }

    /// A paragraph of prose, not a document number (`云政文〔2024〕3号`) or a salutation (`市人民政府：`).
    private static func isParagraph(_ line: String) -> Bool {
        !line.dropFirst(19).isEmpty || line.contains("，") || line.contains(",")
    }

    private static func trimmingAbout(_ text: String) -> String {
        var text = Substring(text.filter { !$0.isWhitespace })
        while text.hasSuffix("关于") || text.hasSuffix("的") { text = text.dropLast(text.hasSuffix("的") ? 1 : 2) }
        return String(text)
    }

    /// Full-width digits (`２０２３年`, as PDFs print them) read as ASCII ones. Most texts have none
    /// and are returned as they are: appending every scalar to a new String cost more than
    /// looking through them.
    static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(
                (0xFF10...0xFF19).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30)! : scalar)
        }
        return String(scalars)
    }
}

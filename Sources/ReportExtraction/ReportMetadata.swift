/// The report's title, issuing body and year, read from its title line or first sentence
/// (`随州市2023年法治政府建设年度报告`, `2023年,随州市坚持…`).
struct ReportMetadata {
    var title: String
    var region: String?
    var year: Int?

    private static let regionSuffixes: Set<Unicode.Scalar> = [
        "省", "市", "区", "县", "州", "旗", "盟", "部", "局", "厅", "委", "署", "镇", "乡",
    ]
    private static let titleWords = ["报告", "情况", "工作总结", "年度报告"]
    private static let leadingNoise = ["关于", "中共"]
    private static let bodyWords = ["人民政府", "政府", "人民"]

    init(text: ScalarText, lines: TextLines) {
        let firstLine = lines.ranges.first { range in range.contains { !text.scalars[$0].properties.isWhitespace } }
        let first = firstLine.map { text.string($0).trimmingSpaces } ?? ""
        let looksLikeTitle =
            first.unicodeScalars.count <= 80 && !first.contains("。")
            && Self.titleWords.contains { first.contains($0) }
        var region: String? = nil
        var year: Int? = nil
        let firstScalars = Array(first.unicodeScalars)
        if let (value, at, end) = Self.year(in: firstScalars) {
            year = value
            if looksLikeTitle {
                region = Self.region(before: Array(firstScalars[..<at])) ?? Self.region(after: Array(firstScalars[end...]))
            } else {
                region = Self.region(after: Array(firstScalars[end...]))
            }
        }
        if looksLikeTitle, region == nil || year == nil, lines.ranges.count > 1 {
            let second = Array(text.string(lines.ranges[1]).unicodeScalars.prefix(120))
            if let (value, _, end) = Self.year(in: second) {
                year = year ?? value
                region = region ?? Self.region(after: Array(second[end...]))
            }
        }
        self.region = region
        self.year = year
        if looksLikeTitle {
            title = first
        } else {
            title = (region ?? "") + (year.map { "\($0)年" } ?? "") + "法治政府建设年度报告"
        }
    }

    /// The first 19xx/20xx年 and its span.
    private static func year(in scalars: [Unicode.Scalar]) -> (Int, Int, Int)? {
        var index = 0
        while index + 4 < scalars.count {
            if index == 0 || scalars[index - 1].arabicDigit == nil,
                let a = scalars[index].arabicDigit, let b = scalars[index + 1].arabicDigit,
                let c = scalars[index + 2].arabicDigit, let d = scalars[index + 3].arabicDigit, scalars[index + 4] == "年"
            {
                let value = a * 1000 + b * 100 + c * 10 + d
                if (1949...2100).contains(value) { return (value, index, index + 5) }
            }
            index += 1
        }
        return nil
    }

    /// The body named before the year in a title: 关于随州市2023年… → 随州市.
    private static func region(before scalars: [Unicode.Scalar]) -> String? {
        var name = String(String.UnicodeScalarView(scalars)).trimmingSpaces
        for noise in leadingNoise where name.hasPrefix(noise) { name = String(name.dropFirst(noise.count)) }
        for word in bodyWords where name.hasSuffix(word) { name = String(name.dropLast(word.count)) }
        for word in ["关于"] where name.hasSuffix(word) { name = String(name.dropLast(word.count)) }
        for word in bodyWords where name.hasSuffix(word) { name = String(name.dropLast(word.count)) }
        guard let last = name.unicodeScalars.last, regionSuffixes.contains(last), name.count >= 2 else { return nil }
        return name
    }

    /// The body named after the year in a first sentence: 2023年,随州市坚持… → 随州市;
    /// 湖北省随州市 is kept whole.
    private static func region(after scalars: [Unicode.Scalar]) -> String? {
        var start = 0
        while start < scalars.count, !scalars[start].isHan || scalars[start] == "度" { start += 1 }
        for lead in ["以来", "在", "是"] where String(String.UnicodeScalarView(scalars[start...].prefix(2))).hasPrefix(lead) {
            start += lead.count
            while start < scalars.count, !scalars[start].isHan { start += 1 }
        }
        let window = start..<min(scalars.count, start + 12)
        guard let first = window.first(where: { $0 > start && regionSuffixes.contains(scalars[$0]) && scalars[$0 - 1].isHan })
        else { return nil }
        var end = first
        if first + 1 < scalars.count, scalars[first] != "市", "市县区盟旗".unicodeScalars.contains(scalars[first + 1]) {
            end = first + 1
        } else if scalars[first] == "省" || scalars[first] == "区",
            let next = (first + 2..<min(scalars.count, first + 6)).first(where: { "市州盟县区".unicodeScalars.contains(scalars[$0]) })
        {
            end = next
        }
        guard window.contains(end), (start...end).allSatisfy({ scalars[$0].isHan }) else { return nil }
        let name = String(String.UnicodeScalarView(scalars[start...end]))
        guard !name.hasPrefix("我"), !name.hasPrefix("全"), !name.hasPrefix("本") else { return nil }
        return name
    }
}

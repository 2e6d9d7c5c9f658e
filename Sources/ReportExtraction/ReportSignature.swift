/// A report's signature: the issuing organ on a line of its own over the date it was signed, at
/// the end (`东湖区人民政府` / `2024年1月26日`), page numbers and contact lines around them aside.
struct ReportSignature {
    var organ: OrganName?
    var year: Int
    var month: Int

    /// The last date line among `lastLines` and the organ on the line before it, if that is one.
    init?(lastLines: [String]) {
        guard let dateIndex = lastLines.lastIndex(where: { ReportYear.date($0) != nil }),
            let date = ReportYear.date(lastLines[dateIndex])
        else { return nil }
        (year, month) = date
        organ = dateIndex > 0 ? Self.organ(in: lastLines[dateIndex - 1]) : nil
    }

    /// The line, or its last run of Chinese when a PDF's lines were joined into it
    /// (`（联系人：李华，电话：…）临江市人民政府`).
    private static func organ(in line: String) -> OrganName? {
        if let organ = OrganName.parse(line) { return organ }
        let characters = Array(line)
        var end = characters.endIndex
        while end > 0, !characters[end - 1].isHan { end -= 1 }
        var start = end
        while start > 0, characters[start - 1].isHan { start -= 1 }
        return end - start >= 3 ? OrganName.parse(characters[start..<end].joinedText) : nil
    }

    /// The year reported on: annual reports come out in the first months of the next year (by 1
    /// April for 法治政府建设, by 31 January or 31 March for 政府信息公开); a date later in a year could
    /// be either, and gives none.
    var reportedYear: Int? {
        month <= 6 ? year - 1 : nil
    }
}

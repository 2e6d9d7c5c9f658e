/// The kinds of report, told by the words of a title or of an opening paragraph.
enum ReportGenre {
    static let ruleOfLaw = "法治政府建设年度报告"
    static let governmentInformation = "政府信息公开工作年度报告"
    static let administrativeReconsideration = "行政复议工作报告"
    static let yearbook = "年鉴"
    static let other = "其他"

    /// Words a title's genre starts with: the organ stands before them.
    private static let titleWords = [
        "法治政府", "法治建设", "法治工作", "依法行政", "政府信息公开", "政务公开", "信息公开", "行政复议", "年度报告", "工作报告",
        "情况报告", "工作总结", "工作情况", "年鉴",
    ]

    /// Where the genre's words start in a title, if they do.
    static func firstWord(in characters: [Character]) -> Int? {
        // Only where a word's first character stands is a word tried: trying every word at every
        // character cost a hundred times more than the rest of reading a title.
        characters.indices.first { index in
            titleWordStarts.contains(characters[index])
                && titleWordCharacters.contains { characters[index...].starts(with: $0) }
        }
    }

    private static let titleWordCharacters = titleWords.map(Array.init)
    private static let titleWordStarts = Set(titleWords.compactMap(\.first))

    /// A title's genre: a report on one of the genre's subjects is that genre; another report or
    /// summary is `其他`; a title that is no report's says nothing.
    static func of(title: String) -> String? {
        let isReport = ["报告", "年报", "总结", "情况"].contains { title.containsText($0) }
        if title.containsText("年鉴") { return yearbook }
        if ["政府信息公开", "政务公开", "信息公开"].contains(where: title.containsText), isReport { return governmentInformation }
        if ["法治政府", "法治建设", "依法行政", "法治工作"].contains(where: title.containsText), isReport { return ruleOfLaw }
        if title.containsText("行政复议"), isReport { return administrativeReconsideration }
        return isReport ? other : nil
    }

    /// An untitled report's genre from its opening: the 政府信息公开 template cites its regulation,
    /// a 法治政府建设 report names its subject.
    static func of(firstParagraph paragraph: String) -> String? {
        if paragraph.containsText("政府信息公开条例"), paragraph.containsText("本报告") || paragraph.containsText("年度报告") {
            return governmentInformation
        }
        // Outside titles: every report cites 《法治政府建设实施纲要》, whatever it is about.
        if unquoted(paragraph).containsText("法治政府建设") { return ruleOfLaw }
        return nil
    }

    /// The text without the titles in 《》 it cites.
    private static func unquoted(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var depth = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "《": depth += 1
            case "》": depth = max(0, depth - 1)
            default: if depth == 0 { result.append(scalar) }
            }
        }
        return String(result)
    }
}

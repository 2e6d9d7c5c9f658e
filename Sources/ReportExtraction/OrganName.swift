/// An issuing organ's name read into the administrative unit it belongs to and the body itself:
/// `江北省司法厅` → 江北省 (省) and 司法厅; `中共随州市曾都区委` → 随州市曾都区 (区) and 区委;
/// `城关街道办事处` → 城关街道 (街道) and 办事处; `水利部` → 全国 (国家) and 水利部.
///
/// The region is the chain of units as written (`湖北省随州市`), its level the last one's. A name
/// is read only when all of it is units and a body: a line that is anything else is no organ.
package struct OrganName: Equatable {
    package var region: String?
    package var level: String?
    package var body: String?

    /// The levels a unit's name ends with, longest first so that `自治区` is found before `区`.
    static let levels = [
        "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "街道", "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇",
    ]
    private static let levelScalars = levels.map { Array($0.unicodeScalars) }
    /// The last characters of the levels, to rule out most ends before comparing whole levels.
    private static let levelEnds = levels.compactMap { $0.unicodeScalars.last }
    /// How a body's name ends; a body is one of these or a name that ends with one.
    private static let bodyEndings = [
        "人民政府", "政府", "办公室", "办公厅", "委员会", "管委会", "办事处", "总局", "总署", "法院", "检察院", "局", "厅", "委", "部", "署",
        "办", "中心", "院",
    ]
    /// Characters a unit's own name never holds: they belong to bodies and to sentences.
    private static let notInUnitNames = Array("委局厅部办府会院的和与及年在".unicodeScalars)
    /// Words that stand where a unit's name would and name none: 全市, 本县, 我区, 各乡镇.
    private static let notUnitNames: Set<String> = [
        "全", "本", "我", "各", "该", "两", "每", "其", "外", "辖", "省", "市", "县", "区", "乡", "镇", "州",
    ]
    private static let leadingNoise = ["中国共产党", "中共", "关于"].map { Array($0.unicodeScalars) }

    // Names are read scalar by scalar: a name is ideographs only, each a character of its own, and
    // reading it as Characters cost more than the rest of a report's metadata.

    /// The organ `name` is, or nil when it is not one (a sentence, a heading, a number).
    package static func parse(_ name: String) -> OrganName? {
        var scalars = stripped(name)
        guard !scalars.isEmpty, scalars.count <= 40, scalars.allSatisfy(\.isNameIdeograph) else { return nil }
        let units = leadingUnits(scalars[...])
        scalars.removeFirst(units.reduce(0) { $0 + $1.length })
        var organ = OrganName(
            region: units.isEmpty ? nil : joinedNames(units), level: units.last?.level, body: nil)
        guard !scalars.isEmpty else { return units.isEmpty ? nil : organ }
        var body = String(String.UnicodeScalarView(scalars))
        // 中共东湖区委: the party committee of the last unit.
        if scalars[0] == "委", let level = units.last?.level { body = String(level.last!) + body }
        guard bodyEndings.contains(where: { body.hasSuffix($0) }) else { return nil }
        organ.body = body == "政府" ? "人民政府" : body
        if units.isEmpty {
            guard isNational(body) else { return OrganName(region: nil, level: nil, body: organ.body) }
            organ.region = "全国"
            organ.level = "国家"
        }
        return organ
    }

    /// The region that `characters` start with (a first sentence after its year: `随州市坚持…`), its
    /// body and whatever follows not read.
    static func leadingRegion(_ characters: Substring) -> OrganName? {
        // More than any chain of units and the words before it: the paragraph's rest is not read.
        var opening = ""
        var taken = 0
        for character in characters where !character.isWhitespace {
            opening.append(character)
            taken += 1
            if taken == 48 { break }
        }
        let units = leadingUnits(stripped(opening).prefix(30))
        guard let last = units.last else { return nil }
        return OrganName(region: joinedNames(units), level: last.level, body: nil)
    }

    /// The units' names as one region (`湖北省随州市`).
    private static func joinedNames(_ units: [Unit]) -> String {
        units.reduce(into: "") { $0 += $1.name }
    }

    /// A ministry or a national bureau: its region is the whole country.
    private static func isNational(_ body: String) -> Bool {
        body.hasPrefix("国务院") || body.hasPrefix("国家") || body.hasPrefix("中华人民共和国") || body.hasSuffix("部")
            || body.hasSuffix("总局") || body.hasSuffix("总署")
    }

    /// The name's scalars without spaces and without the words that may stand before an organ.
    private static func stripped(_ name: String) -> [Unicode.Scalar] {
        var scalars = Array(name.unicodeScalars.filter { !$0.isSpace })
        var changed = true
        while changed {
            changed = false
            for noise in leadingNoise where scalars.starts(with: noise) {
                scalars.removeFirst(noise.count)
                changed = true
            }
        }
        return scalars
    }

    /// A unit: its name as written, its level, and the scalars it takes.
    private typealias Unit = (name: String, level: String, length: Int)

    /// The units `scalars` starts with, each the shortest name that ends with a level
    /// (`湖北省`, `随州市`, `曾都区`); `苏州市` and `通州区` are one unit, not 苏州 then 市.
    private static func leadingUnits(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unit] {
        var units: [Unit] = []
        var start = scalars.startIndex
        while start < scalars.endIndex, scalars[start] != "委" {
            guard let unit = unit(in: scalars, at: start) else { break }
            units.append(unit)
            start += unit.length
        }
        return units
    }

    private static func unit(in scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> Unit? {
        guard start + 2 <= scalars.endIndex else { return nil }
        for end in (start + 2)...min(scalars.endIndex, start + 12) {
            guard levelEnds.contains(scalars[end - 1]),
                let levelIndex = levelScalars.firstIndex(where: { scalars[start..<end].ends(with: $0) })
            else { continue }
            let level = levels[levelIndex]
            let own = scalars[start..<(end - levelScalars[levelIndex].count)]
            guard !own.isEmpty else { continue }
            let longest = level.hasPrefix("自治") || own.contains("族") ? 10 : 5
            let ownName = String(String.UnicodeScalarView(own))
            guard own.count <= longest, !own.contains(where: notInUnitNames.contains), !notUnitNames.contains(ownName)
            else { return nil }
            let name = ownName + level
            if level == "州", end < scalars.endIndex, "市区县".unicodeScalars.contains(scalars[end]) {
                let next = String(scalars[end])
                return (name + next, next, end + 1 - start)
            }
            // 随州, 苏州 on their own are cities' short names, not 自治州 (恩施州, 黔东南州).
            if level == "州", own.count < 2 { return nil }
            return (name, level, end - start)
        }
        return nil
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// Whether the slice ends with `suffix`.
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}

extension Unicode.Scalar {
    /// A CJK ideograph or 〇: the names of units and bodies are written in nothing else.
    var isNameIdeograph: Bool { isHan || self == "〇" }
}

extension Character {
    /// A CJK ideograph (the names of units and bodies are written in nothing else).
    var isHan: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return scalar.isNameIdeograph
    }
}

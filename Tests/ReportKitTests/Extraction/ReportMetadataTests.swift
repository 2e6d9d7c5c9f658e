import Testing

@testable import ReportExtraction
@testable import ReportLoading
@testable import ReportModel

/// What a report's metadata reads, wording by wording: region and level, body, year and genre,
/// each with where it was found, and nil where the text does not say.
struct ReportMetadataTests {
    struct Expected: CustomTestStringConvertible, Sendable {
        var text: String
        var region: String?
        var level: String?
        var body: String?
        var year: Int?
        var genre: String?
        var sources: MetadataSources
        var testDescription: String { String(text.prefix(40)) }
    }

    static let paragraph = "一、主要工作\n全年共办理行政复议案件12件。\n"

    @Test(arguments: [
        // Titles with a year, with and without 关于, 中共 and a body.
        Expected(
            text: "随州市2023年法治政府建设年度报告\n2023年，随州市坚持以习近平法治思想为指导，扎实推进依法行政。\n" + paragraph,
            region: "随州市", level: "市", body: nil, year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, year: .title, genre: .title)),
        Expected(
            text: "关于青山县2022年法治政府建设情况的报告\n2022年，青山县深入贯彻习近平法治思想，法治政府建设取得新成效。\n" + paragraph,
            region: "青山县", level: "县", body: nil, year: 2022, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, year: .title, genre: .title)),
        Expected(
            text: "中共随州市曾都区委全面依法治区委员会办公室关于2023年度法治建设工作情况的报告\n2023年，全区法治建设取得积极成效，现将有关情况报告如下。\n" + paragraph,
            region: "随州市曾都区", level: "区", body: "区委全面依法治区委员会办公室", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        Expected(
            text: "中共东湖区委2023年法治建设工作报告\n今年以来，全区上下认真贯彻落实上级决策部署，现将有关工作报告如下。\n" + paragraph,
            region: "东湖区", level: "区", body: "区委", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        Expected(
            text: "云溪县人民政府关于2023年度法治政府建设情况的报告\n云政文〔2024〕3号\n市人民政府：\n2023年，云溪县坚持以习近平法治思想为指导，现将有关情况报告如下。\n" + paragraph,
            region: "云溪县", level: "县", body: "人民政府", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        // 旗, 街道, 镇, 自治州, a city whose name holds 州.
        Expected(
            text: "鄂温克族自治旗人民政府2023年法治政府建设年度报告\n2023年，全旗法治政府建设稳步推进，现报告如下。\n" + paragraph,
            region: "鄂温克族自治旗", level: "自治旗", body: "人民政府", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        Expected(
            text: "城关街道办事处2023年法治建设工作报告\n今年以来，城关街道在区委、区政府的坚强领导下，认真贯彻落实上级部署。\n" + paragraph,
            region: "城关街道", level: "街道", body: "办事处", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        Expected(
            text: "恩施土家族苗族自治州利川市2023年法治政府建设年度报告\n2023年，利川市全面推进依法行政，现将有关情况报告如下。\n" + paragraph,
            region: "恩施土家族苗族自治州利川市", level: "市", body: nil, year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, year: .title, genre: .title)),
        Expected(
            text: "苏州市2023年法治政府建设年度报告\n2023年，苏州市坚持以习近平法治思想为指导，现将有关情况报告如下。\n" + paragraph,
            region: "苏州市", level: "市", body: nil, year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, year: .title, genre: .title)),
        Expected(
            text: "关庙镇人民政府2023年度法治政府建设工作报告\n2023年，关庙镇认真落实法治政府建设各项任务，现报告如下。\n" + paragraph,
            region: "关庙镇", level: "镇", body: "人民政府", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        // Ministries and provincial departments.
        Expected(
            text: "水利部关于2023年法治政府建设情况的报告\n2023年，水利部坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。\n" + paragraph,
            region: "全国", level: "国家", body: "水利部", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        Expected(
            text: "国家税务总局2023年法治政府建设情况报告\n2023年，税务总局深入学习贯彻习近平法治思想，现将有关情况报告如下。\n" + paragraph,
            region: "全国", level: "国家", body: "国家税务总局", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        Expected(
            text: "江南省市场监督管理局2023年度法治政府建设情况报告\n2023年，省市场监管局坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。\n" + paragraph,
            region: "江南省", level: "省", body: "市场监督管理局", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        Expected(
            text: "广西壮族自治区司法厅2023年法治政府建设年度报告\n2023年，自治区司法厅坚持以习近平法治思想为指导，现将有关情况报告如下。\n" + paragraph,
            region: "广西壮族自治区", level: "自治区", body: "司法厅", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        // 政府信息公开, 行政复议, yearbooks, other reports.
        Expected(
            text: "白河县人民政府2023年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制。\n" + paragraph,
            region: "白河县", level: "县", body: "人民政府", year: 2023, genre: ReportGenre.governmentInformation,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        Expected(
            text: "黄州区司法局2023年行政复议工作情况报告\n2023年，黄州区司法局依法办理行政复议案件，现将有关情况报告如下。\n" + paragraph,
            region: "黄州区", level: "区", body: "司法局", year: 2023, genre: ReportGenre.administrativeReconsideration,
            sources: MetadataSources(region: .title, body: .title, year: .title, genre: .title)),
        Expected(
            text: "随州年鉴2024·法治建设\n2023年，随州市法治建设取得新进展。\n" + paragraph,
            region: "随州市", level: "市", body: nil, year: 2023, genre: ReportGenre.yearbook,
            sources: MetadataSources(region: .firstParagraph, year: .firstParagraph, genre: .title)),
        Expected(
            text: "清河市2023年国民经济和社会发展统计公报情况报告\n2023年，清河市经济运行总体平稳，现报告如下。\n" + paragraph,
            region: "清河市", level: "市", body: nil, year: 2023, genre: ReportGenre.other,
            sources: MetadataSources(region: .title, year: .title, genre: .title)),
        // Titles without a year, or without the region: the first paragraph and the signature.
        Expected(
            text: "关于法治政府建设工作情况的报告\n2023年，我县坚持以习近平法治思想为指导，全面推进依法行政。\n" + paragraph
                + "青山县人民政府\n2024年1月26日\n",
            region: "青山县", level: "县", body: "人民政府", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .signature, body: .signature, year: .firstParagraph, genre: .title)),
        Expected(
            text: "法治政府建设年度报告\n一年来，我市法治政府建设取得新进展。\n" + paragraph
                + "临江市人民政府\n二〇二四年三月二十八日\n— 3 —\n",
            region: "临江市", level: "市", body: "人民政府", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .signature, body: .signature, year: .signature, genre: .title)),
        Expected(
            text: "东湖区2023年法治政府建设年度报告\n2023年，东湖区坚持以习近平法治思想为引领，现将有关情况报告如下。\n" + paragraph
                + "联系人：王明，电话：0719-4312678。\n东湖区人民政府\n2024年1月26日\n",
            region: "东湖区", level: "区", body: "人民政府", year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, body: .signature, year: .title, genre: .title)),
        // A signature of another region gives no body; a date late in a year gives no year.
        Expected(
            text: "东湖区法治政府建设情况报告\n今年以来，东湖区法治政府建设取得积极成效，现将有关情况报告如下。\n" + paragraph
                + "西湖区人民政府\n2023年12月20日\n",
            region: "东湖区", level: "区", body: nil, year: nil, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, genre: .title)),
        // Untitled: the first paragraph; a full-width year.
        Expected(
            text: "2023年,随州市坚持以习近平新时代中国特色社会主义思想为指导,不断开创法治政府建设新局面。\n" + paragraph,
            region: "随州市", level: "市", body: nil, year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .firstParagraph, year: .firstParagraph, genre: .firstParagraph)),
        Expected(
            text: "临江市２０２３年法治政府建设情况报告\n临政报〔２０２４〕１２号\n　　２０２３年，临江市深入学习贯彻习近平法治思想，现将有关情况报告如下。\n" + paragraph,
            region: "临江市", level: "市", body: nil, year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(region: .title, year: .title, genre: .title)),
        Expected(
            text: "本报告根据《中华人民共和国政府信息公开条例》编制，本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
                + paragraph,
            region: nil, level: nil, body: nil, year: 2023, genre: ReportGenre.governmentInformation,
            sources: MetadataSources(year: .firstParagraph, genre: .firstParagraph)),
        // Nothing plain: nil rather than a guess. A plan's span is no year; 全市 and 省 are no region.
        Expected(
            text: "根据《法治政府建设实施纲要（2021—2025年）》要求，全市各部门认真落实。\n" + paragraph,
            region: nil, level: nil, body: nil, year: nil, genre: nil, sources: MetadataSources()),
        Expected(
            text: "2023年，市委、市政府高度重视法治政府建设，主要负责同志多次听取汇报。\n" + paragraph,
            region: nil, level: nil, body: nil, year: 2023, genre: ReportGenre.ruleOfLaw,
            sources: MetadataSources(year: .firstParagraph, genre: .firstParagraph)),
        Expected(
            text: "2023年，省司法厅深入学习贯彻习近平法治思想，统筹推进全面依法治省各项工作。\n" + paragraph,
            region: nil, level: nil, body: nil, year: 2023, genre: nil,
            sources: MetadataSources(year: .firstParagraph)),
    ])
    func eachWordingGivesItsMetadata(_ expected: Expected) {
        let metadata = ReportMetadata(text: expected.text)
        #expect(metadata.region == expected.region)
        #expect(metadata.regionLevel == expected.level)
        #expect(metadata.body == expected.body)
        #expect(metadata.year == expected.year)
        #expect(metadata.genre == expected.genre)
        #expect(metadata.sources == expected.sources)
    }

    @Test(arguments: [
        ("江北省司法厅", OrganName(region: "江北省", level: "省", body: "司法厅")),
        ("中共随州市委", OrganName(region: "随州市", level: "市", body: "市委")),
        ("湖北省随州市人民政府", OrganName(region: "湖北省随州市", level: "市", body: "人民政府")),
        ("济南市市中区人民政府", OrganName(region: "济南市市中区", level: "区", body: "人民政府")),
        ("随州市政府", OrganName(region: "随州市", level: "市", body: "人民政府")),
        ("锡林郭勒盟行政公署", OrganName(region: "锡林郭勒盟", level: "盟", body: "行政公署")),
        ("司法局", OrganName(region: nil, level: nil, body: "司法局")),
        ("随州市", OrganName(region: "随州市", level: "市", body: nil)),
        // One character after a unit: too short for another unit's name, so it is the body.
        ("随州市局", OrganName(region: "随州市", level: "市", body: "局")),
        ("中共 随州市 曾都区委", OrganName(region: "随州市曾都区", level: "区", body: "区委")),
        ("恩施州利川市人民政府", OrganName(region: "恩施州利川市", level: "市", body: "人民政府")),
    ])
    func organNamesSplitIntoRegionAndBody(name: String, organ: OrganName) {
        #expect(OrganName.parse(name) == organ)
    }

    @Test(arguments: ["现将有关情况报告如下", "全市各部门", "2024年1月26日", "随州市坚持以习近平法治思想为指导", "市人民政府：", ""])
    func whatIsNoOrganGivesNone(line: String) {
        #expect(OrganName.parse(line) == nil)
    }

    @Test func signatureDatesAreReadInDigitsAndInChinese() {
        #expect(ReportYear.date("2024年1月26日")! == (2024, 1))
        #expect(ReportYear.date("２０２４年３月２８日")! == (2024, 3))
        #expect(ReportYear.date("二〇二四年十二月三十一日")! == (2024, 12))
        #expect(ReportYear.date(" 2024 年 2 月 6 日 ")! == (2024, 2))
        #expect(ReportYear.date("2024年13月1日") == nil)
        #expect(ReportYear.date("2024年1月26日印发，共10份") == nil)
    }

    @Test func aFileNamedAfterItsReportFillsWhatTheTextLeftOut() {
        var report = Report(id: "r", title: "", region: nil, year: nil, text: "", sections: [], measures: [])
        ReportMetadata.fill(&report, fromFileName: "恩施市司法局2023年行政复议工作报告")
        #expect(report.region == "恩施市" && report.regionLevel == "市" && report.body == "司法局")
        #expect(report.year == 2023 && report.genre == ReportGenre.administrativeReconsideration)
        #expect(report.metadataSources == MetadataSources(region: .fileName, body: .fileName, year: .fileName, genre: .fileName))
        var named = Report(id: "r", title: "", region: "随州市", year: 2022, text: "", sections: [], measures: [])
        ReportMetadata.fill(&named, fromFileName: "suizhou-2023")
        ReportMetadata.fill(&named, fromFileName: "恩施市2023年法治政府建设年度报告")
        #expect(named.region == "随州市" && named.year == 2022 && named.body == nil)
        #expect(named.genre == ReportGenre.ruleOfLaw)
    }
}

/// The metadata of every fixture, as read through the loader: the reports the tests stand on are
/// comparable by region, body, year and genre.
struct FixtureMetadataTests {
    @Test(
        arguments: [
            ("baihe-county-govinfo-2023.txt", "白河县", "县", "人民政府", 2023, ReportGenre.governmentInformation),
            ("chengguan-street-2023.txt", "城关街道", "街道", "办事处", 2023, ReportGenre.ruleOfLaw),
            ("donghu-district-2023.txt", "东湖区", "区", "人民政府", 2023, ReportGenre.ruleOfLaw),
            ("jiangbei-justice-2023.txt", "江北省", "省", "司法厅", 2023, ReportGenre.ruleOfLaw),
            ("jiangnan-samr-2023.txt", "江南省", "省", "市场监督管理局", 2023, ReportGenre.ruleOfLaw),
            ("linjiang-pdf-2023.txt", "临江市", "市", "人民政府", 2023, ReportGenre.ruleOfLaw),
            ("qinghe-city-2023.txt", "清河市", "市", nil, 2023, ReportGenre.ruleOfLaw),
            ("qingshan-2022.txt", "青山县", "县", nil, 2022, ReportGenre.ruleOfLaw),
            ("qingshi-county-govinfo-2023.txt", "青石县", "县", "人民政府", 2023, ReportGenre.governmentInformation),
            ("shuili-ministry-2023.txt", "全国", "国家", "水利部", 2023, ReportGenre.ruleOfLaw),
            ("suizhou-2023.txt", "随州市", "市", nil, 2023, ReportGenre.ruleOfLaw),
            ("suizhou-2023-gb18030.txt", "随州市", "市", nil, 2023, ReportGenre.ruleOfLaw),
            ("suizhou-2023.html", "随州市", "市", nil, 2023, ReportGenre.ruleOfLaw),
            ("suizhou-2023.docx", "随州市", "市", nil, 2023, ReportGenre.ruleOfLaw),
            ("yunxi-county-2023.txt", "云溪县", "县", "人民政府", 2023, ReportGenre.ruleOfLaw),
        ] as [(String, String, String, String?, Int, String)])
    func eachFixtureHasItsMetadata(file: String, region: String, level: String, body: String?, year: Int, genre: String)
        throws
    {
        let report = try #require(try ReportLoader.load(path: ReportLoaderTests.fixtures.path + "/" + file).first)
        #expect(report.region == region)
        #expect(report.regionLevel == level)
        #expect(report.body == body)
        #expect(report.year == year)
        #expect(report.genre == genre)
    }

    @Test func theModelJSONCarriesItAndAModelWithoutItStillLoads() throws {
        let path = ReportLoaderTests.fixtures.path + "/donghu-district-2023.txt"
        let report = try #require(try ReportLoader.load(path: path).first)
        let again = try Report(modelJSON: JSONParser.parse(report.json.compactText))
        #expect(again.regionLevel == "区" && again.body == "人民政府" && again.genre == ReportGenre.ruleOfLaw)
        #expect(again.metadataSources == report.metadataSources)
        let old = try #require(try ReportLoader.load(path: ReportLoaderTests.fixtures.path + "/sample-model.json").first)
        #expect(old.region == "示例市" && old.body == nil && old.genre == nil && old.metadataSources == MetadataSources())
    }
}

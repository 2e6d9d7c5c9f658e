import ReportModel

/// Words and set phrases with numerals in them that are not quantities: slogans and names the
/// genre writes without quotation marks (八项规定, 两个维护), and the scalars before a numeral that
/// make it an ordinal or part of a word (第六次, 前三, 每一).
enum LexicalTraps {
    static let setPhrases = WordList([
        "八项规定", "三项制度", "三项机制", "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "三个代表",
        "五位一体", "两个一百年", "一成不变", "三个务必", "五级书记", "四个最严", "两个结合", "三个一批", "六个一",
        "两个责任", "三个表率", "四个不摘", "两个毫不动摇", "三个区分开来", "四个一", "一国两制", "三重一大",
        "三会一课", "两学一做", "一岗双责", "两法衔接", "双随机一公开", "三年行动", "两个健康", "五个一",
        "两个至上", "三个至上", "四个着力", "两个大局", "九个坚持", "十个坚持", "十一个坚持",
        // the 政府信息公开 template's grounds for withholding: kinds of information, not counts
        "三类内部事务", "四类过程性", "三安全一稳定",
    ])

    /// Scalars that make the numeral after them an ordinal or a word (第六次, 前三名, 每一, 初一, 周一).
    static let ordinalMarkers: ScalarSet = ["第", "前", "每", "初", "周", "其", "之"]

    /// The length of the set phrase written at `index`, if any.
    static func setPhrase(in text: ScalarText, at index: Int) -> Int? {
        setPhrases.matchedLength(in: text, at: index)
    }

    /// Measure words that after a Chinese numeral name a phase or edition (神农云二期, 一号文件), as
    /// the scalar the text holds: hashing the unit's String normalised it first.
    static let ordinalUnitsAfterChinese: ScalarSet = ["期", "号", "版"]

    /// The only units a lone 一 counts with; 一批, 一项, 一次 are the article "a".
    static let unitsForLoneOne: Set<MeasureKind> = [.multiple, .tenths, .points]

    /// Scalars after the digits of an Arabic number that make it a year, date, time or edition.
    static let dateSuffixes: ScalarSet = ["年", "月", "日", "号", "时", "届", "版", "点"]

    /// Words before a bare 万/亿 figure that make it money (投资7000万建设).
    static let moneyContext: [[Unicode.Scalar]] = [
        "投资", "资金", "经费", "投入", "标的", "金额", "罚款", "罚没", "预算", "支出", "拨付", "筹集", "补助",
        "补贴", "赔偿", "收入", "费用", "成本", "挽回", "损失", "追回", "涉案", "资产", "税", "款", "融资", "价值",
    ].scalarWords
}

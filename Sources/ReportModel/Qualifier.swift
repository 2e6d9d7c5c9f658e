/// The words that make a stated figure approximate or one-sided, and what each allows.
///
/// 达 and 达到 ("reached") are not here: they state an exact figure.
public enum Qualifier: Sendable, Equatable {
    /// 以上, 超, 超过, 突破 (突破6万件), 逾, 至少, 不少于, …: the true value is at least the figure.
    case atLeast
    /// 以下, 以内 (控制在15%以内), 不足, 不到, 至多, 最多, 不超过, …: the true value is at most the figure.
    case atMost
    /// 多, 余, 几, 来 (3000多名, 2000余人): at least the figure, below the next step of its
    /// last stated digit (3000多 → 3000…4000).
    case moreThanRound
    /// 近, 将近, 接近: a little below the figure, taken as 90%…100% of it.
    case nearly
    /// 约, 大约, 左右, 上下: within half a step of the figure's last significant digit
    /// (约3000 → 2500…3500).
    case about

    /// Words written before the number, longest first so that 超过 wins over 超.
    public static let prefixWords: [String] = [
        "不少于", "不低于", "不超过", "不多于", "不高于",
        "超过", "突破", "多于", "高于", "大于", "至少", "逾", "超",
        "不足", "不到", "少于", "低于", "小于", "至多", "最多",
        "将近", "接近", "近", "大约", "约",
    ]

    /// Words written after the number or inside it (3000多名, 50%以上).
    public static let suffixWords: [String] = ["以上", "以下", "以内", "左右", "上下", "多", "余", "几", "来"]

    public init?(word: String) {
        // Found by their bytes first, as the scanner copies the words: String equality compares
        // non-ASCII text through Unicode normalisation (a switch over the words cost 6,000
        // instructions a word). Then as Strings, for the same characters written another way.
        var bytesOfWord = word
        let entry =
            bytesOfWord.withUTF8 { bytes in
                Self.meanings.first { $0.word.utf8.count == bytes.count && $0.word.utf8.elementsEqual(bytes) }
            }
            ?? Self.meanings.first { $0.word == word }
        guard let entry else { return nil }
        self = entry.meaning
    }

    /// Every word and what it allows.
    private static let meanings: [(word: String, meaning: Qualifier)] = [
        ("以上", .atLeast), ("超过", .atLeast), ("突破", .atLeast), ("超", .atLeast), ("逾", .atLeast),
        ("多于", .atLeast), ("高于", .atLeast), ("大于", .atLeast), ("至少", .atLeast), ("不少于", .atLeast),
        ("不低于", .atLeast),
        ("以下", .atMost), ("以内", .atMost), ("不足", .atMost), ("不到", .atMost), ("少于", .atMost),
        ("低于", .atMost), ("小于", .atMost), ("至多", .atMost), ("最多", .atMost), ("不超过", .atMost),
        ("不多于", .atMost), ("不高于", .atMost),
        ("多", .moreThanRound), ("余", .moreThanRound), ("几", .moreThanRound), ("来", .moreThanRound),
        ("近", .nearly), ("将近", .nearly), ("接近", .nearly),
        ("约", .about), ("大约", .about), ("左右", .about), ("上下", .about),
    ]
}

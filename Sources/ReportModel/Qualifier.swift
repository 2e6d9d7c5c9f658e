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
        switch word {
        case "以上", "超过", "突破", "超", "逾", "多于", "高于", "大于", "至少", "不少于", "不低于":
            self = .atLeast
        case "以下", "以内", "不足", "不到", "少于", "低于", "小于", "至多", "最多", "不超过", "不多于", "不高于":
            self = .atMost
        case "多", "余", "几", "来":
            self = .moreThanRound
        case "近", "将近", "接近":
            self = .nearly
        case "约", "大约", "左右", "上下":
            self = .about
        default:
            return nil
        }
    }
}

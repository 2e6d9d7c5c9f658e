/// Lines a web page adds around a report when it is copied from a site (scan prompts, browser
/// notices, print and close links): neither sections nor figures.
enum PageFurniture {
    private static let markers = WordList([
        "扫一扫", "您访问的链接即将离开", "浏览器版本", "升级您的浏览器", "为了更好的浏览体验", "打印本页", "关闭窗口",
        "【打印】", "【关闭】", "分享到", "网站标识码", "ICP备", "版权所有", "技术支持：", "主办单位：", "【字体",
        "字号：", "用手机扫描", "手机扫码", "您是第", "访问量：", "浏览次数", "责任编辑", "相关链接", "返回顶部",
    ])

    private static let maximumLength = 80

    static func isFurniture(_ text: ScalarText, line: Range<Int>) -> Bool {
        guard line.count <= maximumLength else { return false }
        // A page number (— 3 —) left in text that was not otherwise printed, e.g. a Word export.
        if PrintedLayout.isPageNumber(text, line) { return true }
        let markers = markers
        return line.contains { markers.matchedLength(in: text, at: $0) != nil }
    }
}

/// The few ANSI sequences reportsh prints, on a terminal only.
public enum TerminalColour {
    public static func bold(_ text: String) -> String { "\u{1B}[1m" + text + "\u{1B}[0m" }
    public static func dim(_ text: String) -> String { "\u{1B}[2m" + text + "\u{1B}[0m" }
    public static func error(_ text: String) -> String { "\u{1B}[1;31m" + text + "\u{1B}[0m" }
}

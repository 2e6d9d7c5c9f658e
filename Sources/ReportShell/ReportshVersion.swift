/// The program's version: `--version`, the shell's banner and saved scripts' readers all say it.
public enum ReportshVersion {
    public static let number = "0.1.0"
}

/// The init file, run before anything else unless `--no-init`.
public enum InitFile {
    /// `$XDG_CONFIG_HOME/reportsh/init.rsh`, else `~/.config/reportsh/init.rsh`; nil without HOME.
    public static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/reportsh/init.rsh"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/reportsh/init.rsh"
    }
}

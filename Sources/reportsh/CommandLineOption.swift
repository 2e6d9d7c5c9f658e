/// Reads an option's value the way ArgumentParser does, for the command lines read without it.
enum CommandLineOption {
    /// The value of `--name=VALUE`; nil for another argument.
    static func value(of argument: String, named name: String) -> String? {
        guard argument.hasPrefix(name + "=") else { return nil }
        return String(argument.dropFirst(name.count + 1))
    }

    /// The value of option `short` or `long`: attached (`--long=VALUE`), or the argument after it
    /// when that cannot be read as an option (taken from `rest`); nil for another option.
    static func value(of option: String, _ short: String, _ long: String, in rest: inout ArraySlice<String>) -> String? {
        if let attached = value(of: option, named: long) { return attached }
        guard option == short || option == long, let next = rest.first, !next.hasPrefix("-") else { return nil }
        return rest.removeFirst()
    }
}

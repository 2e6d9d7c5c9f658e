/// The conclusion of a `check` or `solve`: the text a person reads (the verdict and the arithmetic
/// that decides it) and the same numbers as a table, for `--format json` and friends.
public struct Verdict: Sendable {
    public var text: String
    public var table: Table
    /// A check that fails: the script runs on, and exits with status 1.
    public var isFailure: Bool
}

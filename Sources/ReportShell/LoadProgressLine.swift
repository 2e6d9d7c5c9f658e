import ReportLoading

/// The line that shows a long load on a terminal: files, megabytes, rate and time left, written
/// over itself (`\r`) and erased when the load ends, so that nothing of it stays on the screen or
/// reaches a file. A load that ends within half a second shows nothing.
public final class LoadProgressLine {
    private let write: (String) -> Void
    private let elapsed: () -> Duration
    private var lastDrawn: Duration?

    static let delay = Duration.milliseconds(500)
    /// Redrawn at most this often: a folder of small files finishes thousands a second.
    static let interval = Duration.milliseconds(100)

    /// `write` takes the terminal's control text; `elapsed` is the time since the load started.
    public init(write: @escaping (String) -> Void, elapsed: @escaping () -> Duration) {
        self.write = write
        self.elapsed = elapsed
    }

    /// A line on a terminal's standard error, timed from now.
    public convenience init(write: @escaping (String) -> Void) {
        let clock = ContinuousClock()
        let start = clock.now
        self.init(write: write, elapsed: { clock.now - start })
    }

    public func update(_ progress: LoadProgress) {
        let now = elapsed()
        guard now >= Self.delay, progress.files < progress.fileCount else { return }
        if let lastDrawn, now - lastDrawn < Self.interval { return }
        lastDrawn = now
        // Erasing to the end of the line covers a longer line drawn before.
        write("\r" + Self.text(progress, elapsed: now) + "\u{1B}[K")
    }

    /// Erases the line, if one was drawn.
    public func finish() {
        guard lastDrawn != nil else { return }
        lastDrawn = nil
        write("\r\u{1B}[K")
    }

    /// `loading 120/1000 files · 3.1/25.0 MB · 6.2 MB/s · 4 s left`
    static func text(_ progress: LoadProgress, elapsed: Duration) -> String {
        let milliseconds = max(1, elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        var parts = [
            "loading \(progress.files)/\(progress.fileCount) files",
            "\(megabytes(progress.bytes))/\(megabytes(progress.byteCount)) MB",
            "\(megabytes(Int(Int64(progress.bytes) * 1000 / milliseconds))) MB/s",
        ]
        if progress.bytes > 0 {
            let left = Int64(progress.byteCount - progress.bytes) * milliseconds / Int64(progress.bytes) / 1000
            parts.append(left >= 60 ? "\(left / 60) min \(left % 60) s left" : "\(left) s left")
        }
        return parts.joined(separator: " · ")
    }

    /// Bytes as megabytes with one decimal, without floating point.
    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}

import Foundation

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A session over the built-in report that collects what it writes.
struct CapturedSession {
    let sink = CollectingSink()
    let session: Session

    init(reports: [Report] = [BuiltinReport.load()]) {
        session = Session(reports: reports, sink: sink)
    }

    @discardableResult
    func run(_ source: String, origin: String = "test.rsh") -> Session.Outcome {
        session.run(source: source, origin: origin)
    }

    var results: String { sink.results }
    var diagnostics: String { sink.diagnostics }
}

/// A fresh folder under the temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "reportsh-commands-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    var entries: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? [] }

    func remove() {
        chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }
}

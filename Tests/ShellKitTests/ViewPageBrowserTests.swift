import Foundation
import Testing

/// `reportsh view`'s page as a browser sees it: headless Chromium loads the file, runs its
/// script, and dumps the DOM, in which every measure has one mark with audit's verdict and a
/// mismatch's tip holds its arithmetic. Skipped where Chromium is not installed
/// (`scripts/install-deps --browser` installs it; CI does).
@Suite(
    .enabled(
        if: Chromium.path != nil,
        "chromium is not installed: run scripts/install-deps --browser to test the page in a browser"))
struct ViewPageBrowserTests {
    static let report = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ReportKitTests/Fixtures/yunxi-county-2023.txt").path
    let folder = NSTemporaryDirectory() + "reportsh-view-" + UUID().uuidString

    /// One mark of the dumped DOM: its attributes, entities decoded.
    struct Mark {
        var attributes: [String: String]
    }

    @Test func chromiumShowsEveryMeasureWithItsVerdict() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let binary = try #require(ReportshExecutable.path)
        let environment = ["HOME": folder, "NO_COLOR": "1"]
        let page = folder + "/page.html"
        let view = try ChildProcess.run(binary, ["view", Self.report, "-o", page], environment: environment)
        #expect(view.status == 0, "\(view.errors)")

        // CPU time bounded in the child (ulimit -t), so that a browser that hangs cannot hang the tests.
        let dump = try ChildProcess.run(
            "/bin/sh",
            [
                "-c",
                "ulimit -t 120; exec \"$0\" --headless --no-sandbox --disable-gpu "
                    + "--no-first-run --user-data-dir=\"$1\" --dump-dom \"file://$2\"",
                try #require(Chromium.path), folder + "/profile", page,
            ],
            environment: ["HOME": folder, "PATH": "/usr/bin:/bin"])
        #expect(dump.status == 0, "\(dump.errors)")
        // Set by the page's script: the DOM is the one after scripts ran.
        #expect(dump.output.contains("data-mismatches=\"1\""))

        let marks = Self.marks(in: dump.output)
        let measures = try Self.jsonLines(
            ChildProcess.run(
                binary, ["--no-init", Self.report, "-f", "jsonl", "-c", "measures | select id"],
                environment: environment
            ).output
        ).map { $0["id"] as? String }
        #expect(measures.count > 40)
        #expect(marks.map { $0.attributes["data-measure"] } == measures)

        let rows = try Self.jsonLines(
            ChildProcess.run(
                binary, ["--no-init", Self.report, "-f", "jsonl", "-c", "audit"],
                environment: environment
            ).output)
        #expect(rows.count > 10)
        let verdicts = Dictionary(grouping: rows, by: { $0["claim"] as? String ?? "" }).mapValues {
            $0.compactMap { $0["verdict"] as? String }
        }
        for mark in marks {
            let id = mark.attributes["data-measure"] ?? ""
            let classes = (mark.attributes["class"] ?? "").split(separator: " ")
            if let expected = verdicts[id] {
                let verdict = try #require(mark.attributes["data-verdict"], "\(id) has no verdict")
                #expect(expected.contains(verdict), "\(id): \(verdict), audit says \(expected)")
                #expect(classes.contains("v-\(verdict)"[...]), "\(id): \(classes)")
            } else {
                #expect(mark.attributes["data-verdict"] == nil, "\(id)")
                #expect(classes.contains("plain"), "\(id): \(classes)")
            }
        }

        let mismatch = try #require(rows.first { $0["verdict"] as? String == "mismatch" })
        let mark = try #require(marks.first { $0.attributes["data-measure"] == mismatch["claim"] as? String })
        let arithmetic = try #require(mismatch["arithmetic"] as? String)
        #expect(mark.attributes["data-tip"]?.contains(arithmetic) == true, "\(mark.attributes)")
        #expect(mark.attributes["data-tip"]?.contains("mismatch") == true)
        #expect(mark.attributes["tabindex"] == "0")
    }

    /// The `<mark …>` start tags of a serialised DOM, with their attributes.
    static func marks(in dom: String) -> [Mark] {
        let tag = try! NSRegularExpression(pattern: "<mark\\s([^>]*)>")
        let attribute = try! NSRegularExpression(pattern: "([a-z-]+)=\"([^\"]*)\"")
        let text = dom as NSString
        return tag.matches(in: dom, range: NSRange(location: 0, length: text.length)).map { match in
            let inside = text.substring(with: match.range(at: 1))
            var attributes: [String: String] = [:]
            for pair in attribute.matches(in: inside, range: NSRange(location: 0, length: (inside as NSString).length)) {
                let name = (inside as NSString).substring(with: pair.range(at: 1))
                attributes[name] = decode((inside as NSString).substring(with: pair.range(at: 2)))
            }
            return Mark(attributes: attributes)
        }
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }
}

/// Debian's headless browser, found on the PATH.
enum Chromium {
    static let path: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}

import Foundation
import Synchronization
import Testing

@testable import ReportLoading
@testable import ReportShell

/// A folder of reports at any depth: every file in path order, the broken ones skipped and named.
struct FolderLoadingTests {
    let folder = NSTemporaryDirectory() + "reportsh-folder-load-" + UUID().uuidString

    /// Good reports beside broken files, hidden ones and files that are no report, in nested folders.
    func makeCorpus() throws {
        let fixtures = ReportLoaderTests.fixtures.path
        let manager = FileManager.default
        for directory in ["sub/deeper", ".hidden", "empty-folder"] {
            try manager.createDirectory(atPath: folder + "/" + directory, withIntermediateDirectories: true)
        }
        try manager.copyItem(atPath: fixtures + "/qinghe-city-2023.txt", toPath: folder + "/b.txt")
        try manager.copyItem(atPath: fixtures + "/suizhou-2023.docx", toPath: folder + "/sub/deeper/a.docx")
        try manager.copyItem(atPath: fixtures + "/sample-model.json", toPath: folder + "/sub/model.json")
        try manager.copyItem(atPath: fixtures + "/suizhou-2023.txt", toPath: folder + "/.hidden/c.txt")
        try Data().write(to: URL(fileURLWithPath: folder + "/sub/empty.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]).write(to: URL(fileURLWithPath: folder + "/sub/damaged.docx"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: URL(fileURLWithPath: folder + "/picture.png"))
    }

    @Test func aFolderLoadsEveryReportAtAnyDepthAndNamesTheFilesItSkips() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try makeCorpus()
        let loaded = try ReportLoader.load(path: folder, isCancelled: { false })
        #expect(loaded.reports.map(\.id) == ["b", "a", "sample-2023"])
        #expect(loaded.failures.map(\.location) == [folder + "/sub/damaged.docx", folder + "/sub/empty.txt"])
        #expect(loaded.fileCount == 5)
        #expect(throws: ReportLoadError.self) { try ReportLoader.load(path: folder) }
    }

    @Test func theOrderIsThePathsWhateverTheCoresDo() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try makeCorpus()
        let first = try ReportLoader.load(path: folder, isCancelled: { false })
        for _ in 0..<3 {
            let again = try ReportLoader.load(path: folder, isCancelled: { false })
            #expect(again.reports.map(\.json) == first.reports.map(\.json))
        }
    }

    @Test func ctrlCDropsTheWholeLoad() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try makeCorpus()
        var delivered = 0
        #expect(throws: ReportLoadError.interrupted(folder)) {
            try ReportLoader.forEachReport(path: folder, isCancelled: { delivered >= 1 }, each: { _ in delivered += 1 })
        }
        #expect(delivered == 1)
        let sink = CollectingSink()
        let session = Session(reports: [], sink: sink)
        session.isCancelled = { true }
        #expect(session.run(source: ".load \(folder)", origin: "<command>") == .error)
        #expect(session.loaded.isEmpty)
    }

    @Test func theSessionReportsEachUnreadFileAndACount() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try makeCorpus()
        let sink = CollectingSink()
        let session = Session(reports: [], sink: sink)
        #expect(session.run(source: ".load \(folder)\nmeasures | count", origin: "<command>") == .ok)
        #expect(session.unreadFiles == 2)
        #expect(
            sink.diagnostics == """
                \(folder)/sub/damaged.docx: error: file is a damaged Word (.docx) file (not a readable zip archive); \
                open it in Word or LibreOffice and save it again
                \(folder)/sub/empty.txt: error: file is empty: give the plain text of a report
                \(folder): 2 of 5 files could not be read; the other 3 are loaded

                """)
        #expect(session.loaded.map(\.report.id) == ["b", "a", "sample-2023"])
    }

    @Test(arguments: [
        (["a.txt", "b.txt"], ["a", "b"]),
        (["2023/suizhou.txt", "2024/suizhou.txt", "x.txt"], ["2023-suizhou", "2024-suizhou", "x"]),
        (["a.html", "a.txt"], ["a-html", "a-txt"]),
        (["hubei/suizhou/2023.txt", "hunan/2023.pdf"], ["hubei-suizhou-2023", "hunan-2023"]),
        (["/tmp/folder/report.v2.txt"], ["report.v2"]),
    ])
    func idsAreStemsQualifiedOnlyWhereTwoFilesShareOne(paths: [String], ids: [String]) {
        #expect(ReportFiles.ids(for: paths) == ids)
    }
}

/// Results handed back in order whichever worker finishes first.
struct OrderedParallelMapTests {
    @Test func resultsComeInTheItemsOrder() {
        var seen: [Int] = []
        let finished = OrderedParallelMap.run(
            count: 300, workers: 4, window: 5,
            transform: { index in
                // Uneven work, so that later items often finish first.
                var total = 0
                for step in 0..<((300 - index) % 7 * 20_000) { total &+= step }
                return index * 2 + (total == -1 ? 1 : 0)
            },
            deliver: { index, value in
                #expect(value == index * 2)
                seen.append(index)
            })
        #expect(finished)
        #expect(seen == Array(0..<300))
    }

    @Test func stoppingEndsTheRunAfterTheItemsInHand() {
        var seen = 0
        let finished = OrderedParallelMap.run(
            count: 1000, workers: 3, window: 4, shouldStop: { seen >= 10 },
            transform: { $0 }, deliver: { _, _ in seen += 1 })
        #expect(!finished)
        #expect(seen == 10)
    }

    /// Ctrl-C while the workers are far ahead of what was handed back (the first item is slow):
    /// the run ends cleanly, whatever they had worked out is dropped.
    @Test func stoppingFarBehindTheWorkersEndsCleanly() {
        let window = 8
        let finishedAhead = Mutex(0)
        var seen = 0
        let finished = OrderedParallelMap.run(
            count: 100, workers: 2, window: window, shouldStop: { seen >= 1 },
            transform: { index in
                if index == 0 {
                    // Held until the other worker has filled the window.
                    while finishedAhead.withLock({ $0 }) < window - 1 { sched_yield() }
                } else {
                    finishedAhead.withLock { $0 += 1 }
                }
                return index
            },
            deliver: { _, _ in seen += 1 })
        #expect(!finished)
        #expect(seen == 1)
    }
}

/// The progress line: only after half a second, redrawn in place, erased at the end.
struct LoadProgressLineTests {
    @Test func aQuickLoadShowsNothingAndALongOneIsDrawnOverItselfThenErased() {
        var written: [String] = []
        var now = Duration.milliseconds(100)
        let line = LoadProgressLine(write: { written.append($0) }, elapsed: { now })
        let progress = LoadProgress(files: 10, fileCount: 100, bytes: 1_000_000, byteCount: 10_000_000)
        line.update(progress)
        #expect(written.isEmpty)
        now = .milliseconds(600)
        line.update(progress)
        now = .milliseconds(650)
        line.update(progress)
        #expect(written == ["\rloading 10/100 files · 1.0/10.0 MB · 1.7 MB/s · 5 s left\u{1B}[K"])
        line.finish()
        line.finish()
        #expect(written.last == "\r\u{1B}[K")
        #expect(written.count == 2)
    }

    @Test func aLoadThatEndsBeforeHalfASecondLeavesNothingToErase() {
        var written: [String] = []
        let line = LoadProgressLine(write: { written.append($0) }, elapsed: { .milliseconds(499) })
        line.update(LoadProgress(files: 1, fileCount: 2, bytes: 10, byteCount: 20))
        line.finish()
        #expect(written.isEmpty)
    }

    @Test func longLoadsCountMinutes() {
        let text = LoadProgressLine.text(
            LoadProgress(files: 1000, fileCount: 100_000, bytes: 10_000_000, byteCount: 1_000_000_000),
            elapsed: .seconds(10))
        #expect(text == "loading 1000/100000 files · 10.0/1000.0 MB · 1.0 MB/s · 16 min 30 s left")
    }
}

import Foundation
import Testing

@testable import ReportExport
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportVerification

/// The SQLite export, read back through the sqlite3 shell (installed by scripts/install-deps): every
/// source is a table with as many rows as the source gives, figures keep their exact value beside
/// the REAL one, and the columns that name a report or a measure lead to one.
@Suite struct SQLiteExportTests {
    /// The built-in report, and a folder of the fixtures in their text and model-JSON forms.
    enum Corpus: String, CaseIterable, CustomStringConvertible {
        case builtIn, fixtures
        var description: String { rawValue }

        func reports() throws -> [Report] {
            switch self {
            case .builtIn: return [BuiltinReport.load()]
            case .fixtures: return try SQLiteExportTests.fixtureFolderReports()
            }
        }
    }

    static func fixtureFolderReports() throws -> [Report] {
        let folder = try ExportFolder()
        defer { folder.remove() }
        let fixtures = try #require(Bundle.module.resourcePath) + "/Fixtures"
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures)
        where name.hasSuffix(".txt") || name == "sample-model.json" {
            try FileManager.default.copyItem(atPath: fixtures + "/" + name, toPath: folder.file(name))
        }
        let reports = try ReportLoader.load(path: folder.path)
        #expect(reports.count > 10 && Set(reports.map(\.id)).count == reports.count)
        return reports
    }

    /// The database of these reports, written into a fresh folder.
    private func exported(_ reports: [Report]) throws -> (folder: ExportFolder, database: String, evaluator: Evaluator) {
        let folder = try ExportFolder()
        let database = folder.file("corpus.sqlite")
        let evaluator = Evaluator(reports: reports)
        let counts = try SQLiteExport.write(evaluator, to: database)
        #expect(counts.map(\.table) == Evaluator.standaloneSources.map(\.rawValue))
        return (folder, database, evaluator)
    }

    @Test(arguments: Corpus.allCases) func everySourceIsATableWithItsRows(corpus: Corpus) throws {
        let (folder, database, evaluator) = try exported(try corpus.reports())
        defer { folder.remove() }
        let tables = try SQLite.query(database, "select name from sqlite_master where type = 'table' order by rowid")
        #expect(tables == Evaluator.standaloneSources.map { [$0.rawValue] })
        for source in Evaluator.standaloneSources {
            let count = try SQLite.query(database, "select count(*) from \"\(source.rawValue)\"")
            #expect(count == [[String(try evaluator.table(of: source).rows.count)]], "\(source)")
        }
        // What the shell counts, sqlite3 counts.
        var shell = evaluator
        let counted = try #require(try shell.run(try Parser.parse("measures | count")))
        #expect(try SQLite.query(database, "select count(*) from measures") == [[counted.text]])
    }

    @Test(arguments: Corpus.allCases) func measuresKeepTheirExactValuesAndUnits(corpus: Corpus) throws {
        let reports = try corpus.reports()
        let (folder, database, _) = try exported(reports)
        defer { folder.remove() }
        let rows = try SQLite.query(
            database,
            "select report, id, value_exact, unit, kind, lower_exact, upper_exact, typeof(value) from measures order by rowid")
        let measures = reports.flatMap(\.measures)
        #expect(rows.count == measures.count)
        for (row, measure) in zip(rows, measures) {
            #expect(row[0] == measure.report && row[1] == measure.id && row[3] == measure.unit && row[4] == measure.kind.rawValue)
            #expect(Self.rational(row[2]) == measure.value, "\(measure.report).\(measure.id) \(row[2])")
            #expect(Self.rational(row[5]) == measure.lower && Self.rational(row[6]) == measure.upper, "\(measure.id)")
            #expect(row[7] == "real")
        }
        // The REAL column is the exact one's nearest double.
        let drifting = try SQLite.query(
            database,
            """
            select count(*) from measures where value_exact not like '%/%'
              and abs(value - cast(value_exact as real)) > 1e-12 * abs(value)
            """)
        #expect(drifting == [["0"]])
    }

    @Test(arguments: Corpus.allCases) func auditVerdictsRoundTrip(corpus: Corpus) throws {
        let reports = try corpus.reports()
        let (folder, database, _) = try exported(reports)
        defer { folder.remove() }
        let rows = try SQLite.query(database, "select report, claim, \"check\", verdict, formula from audit order by rowid")
        // Each report's own rows, then those that compare the reports with one another.
        let audit = reports.flatMap { Audit.run(reports: [$0]) } + CrossReportAudit.rows(reports: reports)
        #expect(!audit.isEmpty)
        #expect(rows == audit.map { [$0.report, $0.claim, $0.check.rawValue, $0.verdict.rawValue, $0.formula ?? ""] })
        let mismatches = try SQLite.query(database, "select count(*) from audit where verdict = 'mismatch'")
        #expect(mismatches == [[String(audit.count { $0.verdict == .mismatch })]])
    }

    @Test func theColumnsThatNameARowLeadToIt() throws {
        let (folder, database, _) = try exported(try Self.fixtureFolderReports())
        defer { folder.remove() }
        let orphans = try SQLite.query(
            database,
            """
            select
              (select count(*) from measures m where not exists (select 1 from reports r where r.id = m.report)),
              (select count(*) from sections s where not exists (select 1 from reports r where r.id = s.report)),
              (select count(*) from cells c where c.measure is not null
                 and not exists (select 1 from measures m where m.report = c.report and m.id = c.measure)),
              (select count(*) from cells c where not exists (select 1 from tables t where t.report = c.report and t.id = c."table")),
              (select count(*) from audit a where not exists (select 1 from measures m where m.report = a.report and m.id = a.claim))
            """)
        #expect(orphans == [["0", "0", "0", "0", "0"]])
        // A cell and its measure state the same figure.
        let differing = try SQLite.query(
            database,
            "select count(*) from cells c join measures m on m.report = c.report and m.id = c.measure where c.value_exact != m.value_exact"
        )
        #expect(differing == [["0"]])
        #expect(try SQLite.query(database, "select count(*) from cells where measure is not null") != [["0"]])
    }

    /// A report with no tables gives the same columns and types as one with tables, so a query
    /// works on every export.
    @Test func theSchemaDoesNotDependOnTheReports() throws {
        let withoutTables = try exported([BuiltinReport.load()])
        defer { withoutTables.folder.remove() }
        let withTables = try exported(try Self.fixtureFolderReports())
        defer { withTables.folder.remove() }
        let schema = "select m.name, p.name, p.type from sqlite_master m join pragma_table_info(m.name) p order by m.rowid, p.cid"
        #expect(try SQLite.query(withoutTables.database, schema) == SQLite.query(withTables.database, schema))
        let cells = try SQLite.query(withoutTables.database, "select name || ' ' || type from pragma_table_info('cells')").map {
            $0[0]
        }
        #expect(cells.contains("value REAL") && cells.contains("value_exact TEXT") && cells.contains("row INTEGER"))
        let indexes = try SQLite.query(withTables.database, "select name from sqlite_master where type = 'index' order by name")
            .map { $0[0] }
        for index in ["measures_report_id", "measures_unit", "cells_report", "cells_unit", "audit_report", "sections_report"] {
            #expect(indexes.contains(index), "\(index)")
        }
    }

    @Test func aFractionIsKeptExactBesideItsNearestDouble() throws {
        let third = try Rational(numerator: 2, denominator: 3)
        let column = ExportColumn(name: "ratio", values: [Value.number(third), .null])
        #expect(column.definitions.map(\.type) == ["REAL", "TEXT"])
        #expect(column.sqlValues(.number(third)) == [.real(2.0 / 3.0), .text("2/3")])
        let percent = ExportColumn(name: "value", values: [Value.stated(Rational(decimal: "17.4")!, isPercent: true)])
        #expect(percent.sqlValues(.stated(Rational(decimal: "17.4")!, isPercent: true)) == [.real(17.4), .text("17.4")])
        #expect(ExportColumn(name: "body", values: [Value.null]).definitions.map(\.type) == ["TEXT"])
        #expect(ExportColumn(name: "year", values: [Value.null]).definitions.map(\.type) == ["INTEGER"])
    }

    // MARK: - The file

    @Test func aDatabaseOrAnEmptyFileIsReplaced() throws {
        let folder = try ExportFolder()
        defer { folder.remove() }
        let database = folder.file("old.sqlite")
        try SQLite.query(database, "create table notes (text); insert into notes values ('old')")
        _ = try SQLiteExport.write(Evaluator(reports: [BuiltinReport.load()]), to: database)
        #expect(try SQLite.query(database, "select count(*) from sqlite_master where name = 'notes'") == [["0"]])
        let empty = folder.file("empty.db")
        FileManager.default.createFile(atPath: empty, contents: Data())
        _ = try SQLiteExport.write(Evaluator(reports: [BuiltinReport.load()]), to: empty)
        #expect(try SQLite.query(empty, "select count(*) from reports") == [["1"]])
        #expect(folder.entries == ["empty.db", "old.sqlite"])
    }

    @Test func anyOtherFileIsLeftAsItWas() throws {
        let folder = try ExportFolder()
        defer { folder.remove() }
        let report = folder.file("report.txt")
        try Data("一、基本情况\n收到申请23件。\n".utf8).write(to: URL(fileURLWithPath: report))
        let error = try #require(throws: ExportError.self) {
            try SQLiteExport.write(Evaluator(reports: [BuiltinReport.load()]), to: report)
        }
        #expect(
            error.description
                == "cannot write '\(report)': it exists and is not a SQLite database; remove it or choose another name")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "一、基本情况\n收到申请23件。\n")
        #expect(folder.entries == ["report.txt"])
    }

    @Test func aPathThatCannotBeWrittenIsOneLine() throws {
        let folder = try ExportFolder()
        defer { folder.remove() }
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder.file("plain")))
        var cases = [
            (folder.file("missing/corpus.sqlite"), "No such file or directory"),
            (folder.file("plain/corpus.sqlite"), "Not a directory"),
            (folder.path, "it is a folder"),
            ("/dev/null", "a database is written to a regular file, not a device or FIFO"),
            ("", "a file name is needed"),
        ]
        // A folder without write permission stops anyone but root; sysfs refuses new files to root too.
        let readOnly = folder.file("read-only")
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: false)
        chmod(readOnly, 0o555)
        cases.append(
            geteuid() == 0 ? ("/sys/corpus.sqlite", "Permission denied") : (readOnly + "/corpus.sqlite", "Permission denied"))
        for (path, reason) in cases {
            let error = try #require(throws: ExportError.self) {
                try SQLiteExport.write(Evaluator(reports: [BuiltinReport.load()]), to: path)
            }
            #expect(error.description == "cannot write '\(path)': \(reason)")
            #expect(!error.description.contains("\n"))
        }
        #expect(folder.entries == ["plain", "read-only"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly).isEmpty)
    }

    @Test func reportsWithTheSameIdAreRefused() throws {
        let folder = try ExportFolder()
        defer { folder.remove() }
        let database = folder.file("corpus.sqlite")
        let error = try #require(throws: ExportError.self) {
            try SQLiteExport.write(Evaluator(reports: [BuiltinReport.load(), BuiltinReport.load()]), to: database)
        }
        #expect(error.reason.hasPrefix("two reports have the id 'suizhou-2023'"))
        #expect(folder.entries.isEmpty)
    }

    @Test func aStoppedExportLeavesNothing() throws {
        let folder = try ExportFolder()
        defer { folder.remove() }
        var evaluator = Evaluator(reports: [BuiltinReport.load()])
        evaluator.shouldStop = { true }
        let error = try #require(throws: ExportError.self) {
            try SQLiteExport.write(evaluator, to: folder.file("corpus.sqlite"))
        }
        #expect(error.wasInterrupted)
        #expect(folder.entries.isEmpty)
    }

    /// `2/3` or `17.4` back to the number; nil for SQL's null.
    static func rational(_ text: String) -> Rational? {
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: "/")
        if parts.count == 2, let numerator = Int128(parts[0]), let denominator = Int128(parts[1]) {
            return try? Rational(numerator: numerator, denominator: denominator)
        }
        return Rational(decimal: text)
    }
}

/// The sqlite3 shell, as a person would run it on the exported file.
enum SQLite {
    /// The rows of a query, each a list of its fields as sqlite3 prints them (a null as nothing).
    @discardableResult
    static func query(_ database: String, _ sql: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "sqlite3", "-batch", "-bail", "-noheader", "-separator", "\u{1F}", "-newline", "\u{1E}", database, sql,
        ]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SQLiteShellError(message: String(decoding: message, as: UTF8.self) + " (install it with scripts/install-deps)")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\u{1E}", omittingEmptySubsequences: true).map {
            $0.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        }
    }
}

struct SQLiteShellError: Error, CustomStringConvertible {
    var message: String
    var description: String { "sqlite3: \(message)" }
}

/// A fresh folder under the temporary directory, removed by `remove()`.
struct ExportFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "reportsh-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    var entries: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? [] }

    func remove() {
        chmod(path + "/read-only", 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }
}

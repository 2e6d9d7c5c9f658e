import ReportModel
import ReportVerification

/// One report on the page: its header and verdict summary, its outline, and its text with every
/// measure marked. A report loaded from model JSON has no text: its measures' sentences stand in
/// for it, section by section, and the page says so.
struct ReportSection {
    var report: Report
    /// Audit's row for each judged measure, by measure id.
    var judged: [String: AuditRow]
    var inCorpus: Bool

    var html: String {
        var html = "<section class=\"report\" id=\"\(HTML.anchor(report.id))\">\n"
        html += header + outline
        html += "<article class=\"text\">\n"
        html += report.text.isEmpty ? sentencesBySection : text
        html += "</article>\n</section>\n"
        return html
    }

    // MARK: - Header and summary

    private var header: String {
        let title = report.title.isEmpty ? report.id : report.title
        var facts = [report.id]
        if let region = report.region { facts.append(region) }
        if let year = report.year { facts.append(String(year)) }
        facts.append("\(report.measures.count) figures, \(judged.count) checked by audit")
        var html = "<header class=\"summary\">\n"
        html +=
            inCorpus
            ? "<h1><a href=\"#top\" class=\"up\" title=\"index\">↑</a> \(HTML.escape(title))</h1>\n"
            : "<h1>\(HTML.escape(title))</h1>\n"
        html += "<p class=\"facts\">\(HTML.escape(facts.joined(separator: " · ")))</p>\n<p class=\"counts\">"
        for verdict in ReportPage.verdictOrder {
            let count = judged.values.filter { $0.verdict == verdict }.count
            if count > 0 { html += "<span class=\"chip v-\(verdict.rawValue)\">\(verdict.rawValue) \(count)</span> " }
        }
        let restricted = judged.values.filter { RoundingRule.restriction($0.rules) != nil }.count
        if restricted > 0 { html += "<span class=\"chip restricted\">holds only by one rounding \(restricted)</span> " }
        html += "<span class=\"chip plain\">not checked \(report.measures.count - judged.count)</span></p>\n"
        let rows = report.measures.compactMap { measure in judged[measure.id].map { (measure, $0) } }
            .sorted { ReportPage.rank($0.1.verdict) < ReportPage.rank($1.1.verdict) }
        let needsAttention = rows.filter { [.mismatch, .orderViolation].contains($0.1.verdict) }
        if needsAttention.isEmpty {
            html += "<p class=\"none\">No mismatch: every rate that audit could tie to counts agrees with them.</p>\n"
        } else {
            html += "<ol class=\"findings\">\n" + needsAttention.map(finding).joined() + "</ol>\n"
        }
        let others = rows.filter { ![.mismatch, .orderViolation].contains($0.1.verdict) }
        if !others.isEmpty {
            html += "<details class=\"others\"><summary>\(others.count) other checked figures</summary><ol class=\"findings\">\n"
            html += others.map(finding).joined() + "</ol></details>\n"
        }
        return html + "</header>\n"
    }

    /// One summary line: the verdict and figure linking to its place, then why.
    private func finding(_ entry: (measure: Measure, row: AuditRow)) -> String {
        let verdict = entry.row.verdict.rawValue
        return "<li><a href=\"#\(anchor(entry.measure))\"><span class=\"chip v-\(verdict)\">\(verdict)</span> "
            + "<b>\(HTML.escape(entry.measure.raw))</b> \(HTML.escape(entry.measure.subject))</a> "
            + "<span class=\"why\">\(HTML.escape(entry.row.explanation))</span></li>\n"
    }

    private var outline: String {
        let sections = report.sections.filter { $0.path != Section.preamblePath }
        guard !sections.isEmpty else { return "" }
        var html = "<nav class=\"outline\"><h2>Outline</h2><ul>\n"
        for section in sections {
            html +=
                "<li class=\"l\(min(section.level, 4))\"><a href=\"#\(anchor(section))\">"
                + "<span class=\"marker\">\(HTML.escape(Self.marker(of: section)))</span> "
                + "\(HTML.escape(section.title))</a></li>\n"
        }
        return html + "</ul></nav>\n"
    }

    /// The section's own marker as the text writes it: the last step of its path, without the
    /// `#2` that tells apart a marker repeated under one parent.
    private static func marker(of section: Section) -> String {
        let last = section.path.split(separator: "/").last.map(String.init) ?? ""
        return last.split(separator: "#").first.map(String.init) ?? last
    }

    // MARK: - The text

    /// The report's lines: headings where a section's title stands alone on its line, rows of
    /// ` | `-separated cells as tables, the rest paragraphs; marks and section anchors at their
    /// offsets. A measure whose offsets fall outside any line is listed after the text, so that
    /// every measure has its mark.
    private var text: String {
        var marker = TextMarker(
            scalars: Array(report.text.unicodeScalars), measures: report.measures,
            sections: report.sections.filter { $0.path != Section.preamblePath }, page: self)
        var html = ""
        var tableRows: [String] = []
        func closeTable() {
            guard !tableRows.isEmpty else { return }
            html += "<table class=\"cells\">\n" + tableRows.joined() + "</table>\n"
            tableRows.removeAll()
        }
        for line in marker.lines() {
            let lineText = String(String.UnicodeScalarView(marker.scalars[line]))
            if lineText.allSatisfy(\.isWhitespace) { continue }
            let cells = marker.cells(in: line)
            if cells.count > 1 {
                let pending = marker.pendingAnchors(before: line.lowerBound)
                tableRows.append(
                    "<tr>"
                        + cells.enumerated().map { index, cell in
                            "<td>" + (index == 0 ? pending : "") + marker.render(cell) + "</td>"
                        }.joined() + "</tr>\n")
                continue
            }
            closeTable()
            let pending = marker.pendingAnchors(before: line.lowerBound)
            if let section = marker.heading(of: line) {
                let level = min(section.level + 1, 5)
                html += "<h\(level) class=\"heading\">" + pending + marker.render(line) + "</h\(level)>\n"
            } else {
                html += "<p>" + pending + marker.render(line) + "</p>\n"
            }
        }
        closeTable()
        html += unplaced(marker.finish())
        return html
    }

    /// The figures that have no place in the text they were read from (offsets outside it).
    private func unplaced(_ measures: [Measure]) -> String {
        guard !measures.isEmpty else { return "" }
        return "<h2>Figures whose place in the text is unknown</h2>\n<p>"
            + measures.map { mark($0, text: $0.raw) }.joined(separator: " ") + "</p>\n"
    }

    /// No text: each section's sentences, each once, with its figures marked where the sentence
    /// states them.
    private var sentencesBySection: String {
        var html =
            "<p class=\"notice\">This report was loaded from its model JSON, which holds no text: "
            + "its figures are shown in their sentences, section by section.</p>\n"
        let titles = Dictionary(report.sections.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var currentSection: String?
        var index = 0
        let measures = report.measures
        while index < measures.count {
            let first = measures[index]
            var end = index + 1
            while end < measures.count, measures[end].sentence == first.sentence,
                measures[end].paragraph == first.paragraph, measures[end].section == first.section
            { end += 1 }
            if first.section != currentSection {
                currentSection = first.section
                let section = titles[first.section]
                let level = min((section?.level ?? 1) + 1, 5)
                let id = section.map { " id=\"\(anchor($0))\"" } ?? ""
                html +=
                    "<h\(level) class=\"heading\"\(id)>\(HTML.escape(first.section)) \(HTML.escape(section?.title ?? ""))</h\(level)>\n"
            }
            html += "<p>" + markedSentence(Array(measures[index..<end])) + "</p>\n"
            index = end
        }
        return html
    }

    /// A sentence with each measure's `raw` marked at its next occurrence; a figure the sentence
    /// does not spell as `raw` follows it.
    private func markedSentence(_ measures: [Measure]) -> String {
        let sentence = Array(measures[0].sentence.unicodeScalars)
        var html = "", cursor = 0, missing: [Measure] = []
        for measure in measures {
            let raw = Array(measure.raw.unicodeScalars)
            guard !raw.isEmpty, let found = Self.find(raw, in: sentence, from: cursor) else { missing.append(measure); continue }
            html += HTML.escape(String(String.UnicodeScalarView(sentence[cursor..<found])))
            html += mark(measure, text: measure.raw)
            cursor = found + raw.count
        }
        html += HTML.escape(String(String.UnicodeScalarView(sentence[cursor...])))
        return html + missing.map { " " + mark($0, text: $0.raw) }.joined()
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    // MARK: - Marks

    func anchor(_ measure: Measure) -> String { HTML.anchor(report.id + "." + measure.id) }

    func anchor(_ section: Section) -> String { HTML.anchor(report.id + ":" + section.path) }

    /// A figure: its verdict as class and `data-verdict`, its measure and arithmetic as the tip.
    func mark(_ measure: Measure, text: String) -> String {
        let row = judged[measure.id]
        var classes = "fig " + (row.map { "v-" + $0.verdict.rawValue } ?? "plain")
        if let row, RoundingRule.restriction(row.rules) != nil { classes += " restricted" }
        var attributes =
            "id=\"\(anchor(measure))\" class=\"\(classes)\" tabindex=\"0\" data-measure=\"\(HTML.escape(measure.id))\""
        if let row { attributes += " data-verdict=\"\(row.verdict.rawValue)\"" }
        if inCorpus { attributes += " data-report=\"\(HTML.escape(report.id))\"" }
        attributes += " data-tip=\"\(HTML.escape(tip(measure, row)))\""
        return "<mark \(attributes)>\(HTML.escape(text))</mark>"
    }

    /// What hovering a figure shows: the measure, then audit's arithmetic and explanation.
    private func tip(_ measure: Measure, _ row: AuditRow?) -> String {
        var lines = ["\(measure.id) · \(measure.raw) · \(measure.subject.isEmpty ? "(no subject)" : measure.subject)"]
        var value = "value \(measure.value) \(measure.unit)"
        if measure.lower != measure.value || measure.upper != measure.value {
            value += " · interval \(measure.lower.map(\.description) ?? "−∞") … \(measure.upper.map(\.description) ?? "∞")"
        }
        if let approx = measure.approx { value += " · \(approx)" }
        lines.append(value)
        lines.append("section \(measure.section)" + (measure.heading.isEmpty ? "" : " · \(measure.heading)"))
        guard let row else { return lines.joined(separator: "\n") }
        var verdict = row.verdict.rawValue
        if let formula = row.formula { verdict += ": \(formula)" }
        if let arithmetic = row.arithmetic, arithmetic != row.formula { verdict += " = \(arithmetic)" }
        if let computed = row.computed {
            let (digits, isExact) = computed.decimalDigits(maxFractionDigits: 4)
            verdict += " = \(digits)\(isExact ? "" : "…")\(measure.unit == "%" ? "%" : "")"
        }
        lines.append(verdict)
        if !row.rules.isEmpty {
            lines.append(
                "rounding: " + RoundingRule.summary(row.rules) + (RoundingRule.restriction(row.rules).map { " (\($0))" } ?? ""))
        }
        lines.append(row.explanation)
        return lines.joined(separator: "\n")
    }
}

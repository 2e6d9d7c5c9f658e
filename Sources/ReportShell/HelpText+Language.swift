/// `.help` for the language: statements, sources, stages and functions, each with an example.
extension HelpText {
    static var languageEntries: [(topic: String, text: String)] {
        [
            (
                "let",
                """
                let NAME = PIPELINE
                  Names a value (a number, a measure, a table) for later statements.
                  example: let 办结 = m38      then      m39 / 办结 as %
                """
            ),
            (
                "check",
                """
                check A == B ["LABEL"]   (also != < <= > >=)
                  Compares figures and arithmetic. A measure written alone, or a literal in an equality,
                  stands for the interval its wording allows (17.4% is 17.35%…17.45%); measures inside
                  arithmetic bring their intervals. Prints ✓ (holds), ? (holds for some of the values the
                  wording allows) or ✗ (fails) with the arithmetic that decides it and which rounding rules
                  (half-up, half-even, truncation) write the figure. A failed check makes the exit status 1;
                  the script runs on. Other output modes get the verdict as a row.
                  example: check m40 == m39 / m38 "直接纠错率"   → ✓ 直接纠错率: … 4/23 = 17.3913…% lies in [17.35%, 17.45%]
                """
            ),
            (
                "solve",
                """
                solve RATE of BASE    |    solve RATE
                  The counts of BASE that give RATE, or the smallest base that can give it and from which
                  base every value is possible. RATE is a percentage as written or a percentage measure.
                  example: solve 73.9% of 23   → 17 (17/23 = 73.91%)
                  example: solve 90.24%        → 37/41
                """
            ),
            (
                "audit",
                """
                audit
                  One row per percentage in the reports in use, with its verdict: reproduced (stated counts
                  give it: 4/23), implied (a stated base gives it with an unstated count: 17/23),
                  unverifiable (with the smallest base that could), bound, mismatch, order-violation.
                  Each row's check says what it checks: rate, order (a case funnel), total (a 总计/合计/小计
                  cell against its parts), identity (一 + 二 = 三（七）+ 四, as a table states it or the
                  政府信息公开 template implies it), share (a 比例/占比 cell against its count and base),
                  repeat (a prose count against the table cell that restates it), cross-report (against
                  the same issuer's report of the year before, or of the same year, when both are loaded:
                  a 同比增长 or 较上年增加 against last year's figure, 上年结转 against last year's
                  结转下年度继续办理, a year's figure stated twice; ids of the other report are qualified,
                  REPORT.mN). The rows are data: filter, sort, count and save them like measures.
                  example: audit | where verdict == "mismatch" | select claim, raw, explanation
                  example: audit | where check != "rate" | select claim, check, verdict, explanation
                """
            ),
            (
                "measures",
                """
                measures
                  Every figure of the reports in use, one row each (.help fields lists the columns).
                  example: measures | where unit == "件" | sort value desc | take 5
                """
            ),
            (
                "sections",
                """
                sections
                  The outline: path title level start end report.
                  example: sections | where level == 1 | select path, title
                """
            ),
            (
                "reports",
                """
                reports
                  The reports in use: id title region region_level body year genre found measures sections.
                  region is the administrative unit (随州市, 城关街道; 全国 for a ministry) and region_level
                  its level (省 市 县 区 旗 街道 乡 镇 …); body the issuing body (人民政府, 司法局); year the
                  year reported on; genre 法治政府建设年度报告, 政府信息公开工作年度报告, 行政复议工作报告,
                  年鉴 or 其他; found where each was read (title, first-paragraph, signature, file-name).
                  Each is null when the report does not say it plainly.
                  example: reports | where genre == "法治政府建设年度报告" | select id, region, body, year
                """
            ),
            (
                "tables",
                """
                tables
                  The tables of the reports in use, read from their rows of cells: id report section title
                  rows cols (title is the caption line before the table, 表1 … or 第二十条第（一）项).
                  example: tables | select id, title, rows, cols
                """
            ),
            (
                "cells",
                """
                cells
                  Every data cell of those tables: table row col row_path col_path raw value unit measure
                  report. row and col count from 0, header rows and columns included; row_path and col_path
                  are the labels over the cell joined by ` › ` (三、本年度办理结果 › （七）总计); value, unit
                  and measure are the figure the cell states (null when it states none).
                  example: cells | where col_path ~ "商业企业" | sum value
                """
            ),
            (
                "indicators",
                """
                indicators
                  The reports' figures for the standard quantities of the genre (docs/indicators.md: 行政复议申请,
                  纠错率, 败诉率, 出庭应诉率, 政府信息公开申请, 公开率, 规范性文件制发, …), however each report
                  words them: report region year indicator value unit measure raw approx lower upper topic
                  period measures. year is the year the figure is for (period previous: a figure the report
                  recalls for last year, 上年为126件); measures lists every statement of it (prose and table).
                  A figure whose wording or context fits two indicators, or that a report states twice with
                  different values, is left out rather than guessed.
                  example: indicators | where indicator == "纠错率" | sort year | chart value by region
                """
            ),
            (
                "find",
                """
                find "TEXT"
                  The measures whose sentence contains TEXT.
                  example: find "纠错" | select id, raw, subject
                """
            ),
            (
                "where",
                """
                | where CONDITION
                  Keeps the rows for which CONDITION is true. Operators: == != < <= > >= ~ (contains),
                  and or not, + - * /, parentheses.
                  example: measures | where value > 1万 and kind == "amount"
                """
            ),
            (
                "sort",
                """
                | sort FIELD [asc|desc] [, FIELD …]
                  Orders the rows (stable; nulls last).
                  example: measures | sort unit, value desc
                """
            ),
            (
                "take",
                """
                | take N
                  The first N rows (N a whole number or $ARG).
                  example: measures | sort value desc | take 3
                """
            ),
            (
                "select",
                """
                | select FIELD, NAME = EXPRESSION, …
                  Chooses and computes columns.
                  example: measures | select id, raw, 万 = value / 1万
                """
            ),
            ("count", "| count\n  The number of rows.\n  example: measures | where unit == \"件\" | count"),
            ("sum", "| sum FIELD\n  The exact sum of a numeric field.\n  example: measures | where unit == \"万元\" | sum value"),
            ("avg", "| avg FIELD\n  The exact mean of a numeric field.\n  example: measures | where unit == \"件\" | avg value"),
            ("min", "| min FIELD\n  The smallest value.\n  example: measures | where kind == \"percent\" | min value"),
            ("max", "| max FIELD\n  The largest value.\n  example: measures | where kind == \"percent\" | max value"),
            (
                "group",
                """
                | group FIELD | AGGREGATE
                  One row per value of FIELD, with count, sum, avg, min or max of each group.
                  example: measures | group unit | count
                """
            ),
            (
                "chart",
                """
                | chart [VALUE] [by LABEL]
                  A horizontal bar chart of a numeric column, drawn with Unicode blocks, labels aligned by
                  display width. VALUE defaults to a numeric `value` column, else the last numeric one;
                  LABEL to the first other column that is not numeric.
                  example: measures | where unit == "件" | sort value desc | take 8 | chart value by subject
                """
            ),
            (
                "round",
                """
                round(X, PLACES)
                  X rounded to PLACES decimals (0…10), halves away from zero; stays a number.
                  example: round(4 / 23, 3)      → 0.174
                """
            ),
            (
                "as",
                """
                X as %    |    X as %N
                  Shows X as a percentage with 2 (or N) decimals, halves rounded up; display only.
                  example: 4 / 23 as %      → 17.39%
                """
            ),
        ]
    }
}

#!/usr/bin/env reportsh
# Walks the 行政复议 figures of the built-in report and checks their rates.
# Run: reportsh scripts/suizhou-2023-review.rsh            (or with --format csv, json, …)

# Every figure of the section on 行政复议, as the text states it.
measures | where heading ~ "复议" | select id, raw, kind, subject

# The case counts as a bar chart.
measures | where heading ~ "复议" and unit == "件" | chart value by subject

# The sentences they come from.
find "直接纠错率" | select id, raw, sentence | take 1

# The rates, recomputed exactly.
m39 / m38 as %1
check m40 == m39 / m38 "直接纠错率"
check m41 == 17 / m38 "调解结案率"

# What the audit makes of the section's percentages.
audit | where section ~ "一/(五)" | select claim, raw, verdict, formula, arithmetic, rules

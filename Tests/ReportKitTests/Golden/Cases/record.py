#!/usr/bin/env python3
"""Prints a golden .test file from a spec of cases (same format, expected output omitted), by
running .build/debug/reportsh. Review every recorded output by hand before committing it."""
import subprocess, sys
fixture = "Tests/ReportKitTests/Fixtures/sample-model.json"
lets, out = [], []
blocks = open(sys.argv[1]).read().split("\n\n")
for block in blocks:
    lines = [l for l in block.split("\n") if l]
    if not lines: continue
    heads = [l for l in lines if l.startswith("#") or l.startswith("%%")]
    body = [l for l in lines if not (l.startswith("#") or l.startswith("%%"))]
    statement = "\n".join(body)
    mode = next((h[7:] for h in heads if h.startswith("%%MODE ")), "table")
    name = sys.argv[1].split("/")[-1]
    corpus = "Tests/ReportKitTests/Fixtures/corpus"
    report = [] if name.startswith("builtin-") else ["-r", corpus if name.startswith("corpus-") else fixture]
    args = [".build/debug/reportsh", *report, "-f", mode, "--arg", "limit=2", "--arg", "word=纠错"]
    for l in lets: args += ["--command=" + l]
    args += ["--command=" + statement]
    r = subprocess.run(args, capture_output=True, text=True)
    if statement.startswith("let ") and r.returncode == 0: lets.append(statement)
    expected = r.stderr if "%%FAIL" in heads else r.stdout + r.stderr
    out.append("\n".join(heads + [statement]) + "\n" + expected.rstrip("\n"))
print("\n\n".join(out))

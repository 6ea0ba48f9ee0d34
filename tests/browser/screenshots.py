"""Makes the docs screenshots of the text and HTML reports, through the same Chromium path as the test.

    screenshots.py BINARY REPO_ROOT OUT_DIR [--example PATH] [--as-of DATE]

Writes OUT_DIR/report-html.png (the HTML report, full page at 1024 px),
OUT_DIR/report-text.png (the coloured text report, as a dark terminal sized to
its content) and OUT_DIR/batch-html.png (the batch overview of examples/ with
a comparison to wwc-2017).
"""

import argparse
import html
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

WIDTH, HEIGHT = 1024, 1400

# SGR code -> CSS class; the text reporter uses 0, 1, 2, 31 and 32.
SGR_CLASSES = {1: "bold", 2: "dim", 30: "black", 31: "red", 32: "green", 33: "yellow", 34: "blue",
               35: "magenta", 36: "cyan", 37: "white"}
TERMINAL_CSS = """
body{margin:0;background:#1d1f21}
pre{margin:0;width:max-content;padding:14px 18px;background:#1d1f21;color:#d5d8d6;
    font:14px/1.4 "DejaVu Sans Mono","Liberation Mono",monospace}
.bold{font-weight:bold;color:#fff}.dim{opacity:.6}
.black{color:#555}.red{color:#f0605a}.green{color:#6ccf5a}.yellow{color:#e8c55a}.blue{color:#6ea8f0}
.magenta{color:#c79be8}.cyan{color:#5ed0d0}.white{color:#fff}
"""


def ansi_to_html(text):
    """Text with ANSI SGR escapes as escaped HTML with a <span class> per styled run."""
    out, classes = [], set()
    for i, part in enumerate(re.split(r"\x1b\[([0-9;]*)m", text)):
        if i % 2 == 0:  # text between escapes
            if part:
                escaped = html.escape(part, quote=False)
                out.append(f'<span class="{" ".join(sorted(classes))}">{escaped}</span>' if classes else escaped)
            continue
        for code in (int(c) for c in (part or "0").split(";") if c):
            if code == 0:
                classes.clear()
            elif code == 22:
                classes -= {"bold", "dim"}
            elif code == 39:
                classes -= {SGR_CLASSES[c] for c in range(30, 38)}
            elif code in SGR_CLASSES:
                if 30 <= code <= 37:
                    classes -= {SGR_CLASSES[c] for c in range(30, 38)}
                classes.add(SGR_CLASSES[code])
    return "".join(out)


def terminal_page(text):
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>wwc-score</title>'
            f"<style>{TERMINAL_CSS}</style></head><body><pre>{ansi_to_html(text)}</pre></body></html>")


def run(binary, args, cwd):
    proc = subprocess.run([binary, *args], capture_output=True, text=True, timeout=120, cwd=cwd)
    if proc.returncode not in (0, 1):
        sys.exit(f"wwc-score {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
    return proc.stdout


def shoot_page(browser, path, png, until=None):
    """The page from its top to the end of the element `until` (a selector), or all of it."""
    page = browser.new_page(WIDTH, 300)  # a short viewport, so the full page ends where the content does
    page.goto(path)
    if page.problems:
        sys.exit(f"{path}: " + "\n".join(page.problems))
    if until:
        bottom = page.evaluate(f"Math.ceil(document.querySelector({until!r}).getBoundingClientRect().bottom)")
        page.set_viewport(WIDTH, bottom + 24)
    with open(png, "wb") as f:
        f.write(page.screenshot(full_page=not until))


def shoot_terminal(browser, page_path, png):
    """The terminal page, with the viewport shrunk to the <pre>'s size."""
    page = browser.new_page(WIDTH, HEIGHT)
    page.goto(page_path)
    width, height = page.evaluate("(r => [Math.ceil(r.width), Math.ceil(r.height)])"
                                  "(document.querySelector('pre').getBoundingClientRect())")
    page.set_viewport(width, height)
    with open(png, "wb") as f:
        f.write(page.screenshot(full_page=False))


def main():
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("repo_root")
    parser.add_argument("out_dir")
    parser.add_argument("--example", help="the assessment shown (default: REPO_ROOT/examples/cambridge-2023.yaml)")
    parser.add_argument("--as-of", default="2026-11-24", help="evidence dates judged as of (default: %(default)s)")
    args = parser.parse_args()
    # Run from the repository, so the pages show short paths such as examples/cambridge-2023.yaml.
    binary = os.path.abspath(args.binary) if os.sep in args.binary else args.binary
    example = os.path.relpath(os.path.abspath(args.example or os.path.join(args.repo_root, "examples",
                                                                           "cambridge-2023.yaml")), args.repo_root)
    chromium = cdp.find_chromium()
    if not chromium:
        sys.exit("Chromium not found; install Debian's chromium package")
    os.makedirs(args.out_dir, exist_ok=True)
    as_of = ["--as-of", args.as_of]
    with tempfile.TemporaryDirectory(prefix="wwc-shots-") as work, cdp.Browser(chromium) as browser:
        report, batch, text = (os.path.join(work, name) for name in ("report.html", "batch.html", "text.html"))
        run(binary, ["score", example, "--format", "html", *as_of, "--output", report], args.repo_root)
        run(binary, ["batch", "examples", "--compare", "wwc-2017", "--format", "html", *as_of, "--output", batch],
            args.repo_root)
        with open(text, "w", encoding="utf-8") as f:
            f.write(terminal_page(run(binary, ["score", example, "--format", "text", "--color", "always", *as_of],
                                      args.repo_root)))
        shoot_page(browser, report, os.path.join(args.out_dir, "report-html.png"), until="#next-level")
        shoot_terminal(browser, text, os.path.join(args.out_dir, "report-text.png"))
        shoot_page(browser, batch, os.path.join(args.out_dir, "batch-html.png"))
    for name in ("report-html.png", "report-text.png", "batch-html.png"):
        print(os.path.join(args.out_dir, name))


if __name__ == "__main__":
    main()

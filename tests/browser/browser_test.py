"""The browser test: HTML reports rendered by headless Chromium, checked for real content.

    browser_test.py BINARY REPO_ROOT WORK_DIR

Renders the report of examples/cambridge-2023.yaml (Gold, with a roadmap to
Platinum), the report of tests/golden/html-hostile/city.yaml (markup and script
in every field a city controls), the batch overview of examples/, and the
history of the Cambridge examples (Silver to Platinum), and the Spanish report
of examples/buenos-aires-2023.yaml (Oro, lang="es"); loads each in
Chromium at a fixed viewport and checks the DOM, the console, a PNG screenshot
and (for the report) an A4 PDF. Prints one line per check; exits 1 on any
failure, and 77 (ctest's skip code) where Chromium is absent.
"""

import glob
import os
import re
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402
import png_stats  # noqa: E402

AS_OF = "2026-11-24"
WIDTH, HEIGHT = 1024, 1400
MAX_PDF_PAGES = 12  # cambridge-2023 prints on 10 A4 pages (the criteria table carries summaries); more means the print layout broke
SKIP = 77
# Markup and script in the city name, a note, an evidence title and URLs.
HOSTILE = "tests/golden/html-hostile/city.yaml"
HOSTILE_LITERALS = ("<script>alert('x')</script>", '"Quote"', "<b>bold</b>", "<img src=x onerror=alert(4)>",
                    "<img src=x onerror=alert(2)>")

# Facts about any page: what could run, load or link to script, and the page basics.
SAFETY_JS = r"""(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    scripts: document.scripts.length,
    on_attributes: all.flatMap(e => [...e.attributes].filter(a => /^on/i.test(a.name))
                                                     .map(a => e.tagName + '[' + a.name + ']')),
    embeds: [...document.querySelectorAll('img,link,iframe,object,embed,frame,base,audio,video,source')]
              .map(e => e.tagName),
    js_links: [...document.querySelectorAll('a[href]')]
                .filter(a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length,
    hrefs: [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href')),
    lang: document.documentElement.lang,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || '',
    title: document.title,
    text: document.body.innerText,
    page_width: document.documentElement.scrollWidth,
  };
})()"""

# For each id: present, rendered with a size; for charts: <svg role="img"> with a <title> and <desc>.
ELEMENTS_JS = r"""((ids) => Object.fromEntries(ids.map(id => {
  const e = document.getElementById(id);
  if (!e) return [id, null];
  const box = e.getBoundingClientRect(), style = getComputedStyle(e);
  const child = tag => [...e.children].find(c => c.tagName.toLowerCase() === tag)?.textContent.trim() || '';
  return [id, {tag: e.tagName.toLowerCase(), role: e.getAttribute('role'), title: child('title'), desc: child('desc'),
               visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden', text: e.textContent.trim()}];
})))"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


class Checks:
    def __init__(self):
        self.failures = 0

    def check(self, name, ok, detail=""):
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok or not detail else f": {detail}"), flush=True)
        self.failures += not ok
        return ok


def run_binary(checks, binary, args, name):
    """Runs the scorer; exit 0 or 1 (a gate) is fine, 2 or 64 is not."""
    proc = subprocess.run([binary, *args], capture_output=True, text=True, timeout=120)
    return checks.check(f"{name}: wwc-score exits 0 or 1", proc.returncode in (0, 1),
                        f"exit {proc.returncode}: {' '.join(args)}\n{proc.stderr.strip()}")


def load(checks, browser, path, name, lang="en"):
    """Opens a page; checks nothing went wrong while loading it; returns the page and its safety facts."""
    page = browser.new_page(WIDTH, HEIGHT)
    page.goto(path)
    facts = page.evaluate(SAFETY_JS)
    checks.check(f"{name}: no console errors, exceptions, log errors or dialogs", not page.problems,
                 "\n  ".join(page.problems))
    checks.check(f"{name}: no <script>", facts["scripts"] == 0, f"{facts['scripts']} scripts")
    checks.check(f"{name}: no on* attribute", not facts["on_attributes"], ", ".join(facts["on_attributes"][:5]))
    checks.check(f"{name}: nothing embedded or loaded (img, link, iframe, object...)", not facts["embeds"],
                 ", ".join(facts["embeds"][:5]))
    checks.check(f"{name}: no javascript: link", facts["js_links"] == 0, f"{facts['js_links']} found")
    checks.check(f"{name}: <html lang={lang}> and the Content-Security-Policy",
                 facts["lang"] == lang and facts["csp"] == CSP, f"lang={facts['lang']!r} csp={facts['csp']!r}")
    checks.check(f"{name}: fits the {WIDTH} px viewport (no sideways scrolling)", facts["page_width"] <= WIDTH,
                 f"{facts['page_width']} px wide")
    return page, facts


def check_elements(checks, page, name, ids, charts=()):
    found = page.evaluate(f"{ELEMENTS_JS}({list(ids) + list(charts)!r})")
    for id_ in ids:
        e = found[id_]
        checks.check(f"{name}: #{id_} present and visible", e and e["visible"], "missing" if not e else "no size")
    for id_ in charts:
        e = found[id_]
        checks.check(f"{name}: chart #{id_} is a visible <svg role=img> with <title> and <desc>",
                     e and e["tag"] == "svg" and e["role"] == "img" and e["title"] and e["desc"] and e["visible"],
                     repr(e))
    return found


def check_screenshot(checks, page, path, name, min_colours=8):
    data = page.screenshot(full_page=True)
    with open(path, "wb") as f:
        f.write(data)
    s = png_stats.stats(data)
    checks.check(f"{name}: screenshot is {WIDTH} px wide", s["width"] == WIDTH, f"{s['width']} px")
    checks.check(f"{name}: screenshot not blank (>2% ink)", s["non_background"] > 0.02, f"{s['non_background']:.2%}")
    checks.check(f"{name}: screenshot has >= {min_colours} colours and some colour",
                 s["colours"] >= min_colours and s["chromatic_colours"] >= 2,
                 f"{s['colours']} colours, {s['chromatic_colours']} chromatic")
    print(f"     {os.path.basename(path)}: {s['width']}x{s['height']}, {s['non_background']:.1%} ink, "
          f"{s['colours']} colours ({s['chromatic_colours']} chromatic), ink box {s['ink_box']}")


def report_page(checks, browser, binary, repo, work):
    html = os.path.join(work, "report.html")
    if not run_binary(checks, binary, ["score", os.path.join(repo, "examples", "cambridge-2023.yaml"), "--format",
                                       "html", "--as-of", AS_OF, "--output", html], "report"):
        return
    page, facts = load(checks, browser, html, "report")
    checks.check("report: <title> is '<city> — <level> under <set> · wwc-score'",
                 facts["title"] == "Cambridge — Gold under wwc-2022 · wwc-score", repr(facts["title"]))
    found = check_elements(checks, page, "report", ["level", "outcomes", "next-level", "criteria-table"],
                           ["points-chart", "practice-chart", "equity-chart"])
    level = (found["level"] or {}).get("text", "")
    checks.check("report: #level reads Gold", level == "Gold", repr(level))
    steps = page.evaluate("[...document.querySelectorAll('#next-level ol#roadmap li')].map(li => li.innerText)")
    checks.check(f"report: #roadmap lists the steps to Platinum ({len(steps)})", 1 <= len(steps) <= 10, repr(steps))
    rows = page.evaluate("document.querySelectorAll('#criteria-table tbody tr:not(.group)').length")
    checks.check(f"report: #criteria-table has >= 40 criterion rows ({rows})", rows >= 40)
    check_screenshot(checks, page, os.path.join(work, "report.png"), "report")
    pdf = page.pdf()
    with open(os.path.join(work, "report.pdf"), "wb") as f:
        f.write(pdf)
    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))
    checks.check(f"report: prints to a PDF of 1 to {MAX_PDF_PAGES} A4 pages ({pages})",
                 pdf.startswith(b"%PDF-") and 1 <= pages <= MAX_PDF_PAGES)


def hostile_page(checks, browser, binary, repo, work):
    source, html = os.path.join(repo, HOSTILE), os.path.join(work, "hostile.html")
    if not run_binary(checks, binary, ["score", source, "--format", "html", "--as-of", AS_OF, "--output", html],
                      "hostile"):
        return
    _, facts = load(checks, browser, html, "hostile")
    text = facts["text"]
    for literal in HOSTILE_LITERALS:
        checks.check(f"hostile: page text shows {literal} literally", literal in text)
    checks.check("hostile: <title> holds the name as text", "<script>alert('x')</script>" in facts["title"],
                 repr(facts["title"]))


def batch_page(checks, browser, binary, repo, work):
    html = os.path.join(work, "batch.html")
    if not run_binary(checks, binary, ["batch", os.path.join(repo, "examples"), "--compare", "wwc-2017", "--format",
                                       "html", "--as-of", AS_OF, "--output", html], "batch"):
        return
    page, facts = load(checks, browser, html, "batch")
    check_elements(checks, page, "batch", ["overview", "movers"], ["levels-chart"])
    files = len(glob.glob(os.path.join(repo, "examples", "*.yaml")))
    rows = page.evaluate("document.querySelectorAll('#overview tbody tr').length")
    checks.check(f"batch: #overview has one row per example ({files})", rows == files, f"{rows} rows")
    outside = [h for h in facts["hrefs"] if not h.startswith("#")]
    checks.check("batch: every link stays in the page (href='#...')", not outside, ", ".join(outside[:5]))
    check_screenshot(checks, page, os.path.join(work, "batch.png"), "batch")


def history_page(checks, browser, binary, repo, work):
    html = os.path.join(work, "history.html")
    examples = sorted(glob.glob(os.path.join(repo, "examples", "cambridge-*.yaml")), reverse=True)
    if not run_binary(checks, binary, ["history", *examples, "--format", "html", "--as-of", AS_OF, "--output", html],
                      "history"):
        return
    page, facts = load(checks, browser, html, "history")
    checks.check("history: <title> is '<city> — levels over time · wwc-score'",
                 facts["title"] == "Cambridge — levels over time · wwc-score", repr(facts["title"]))
    check_elements(checks, page, "history", ["history", "history-table"], ["trajectory-chart"])
    points = page.evaluate("document.querySelectorAll('#trajectory-chart circle').length")
    checks.check(f"history: the chart draws one point per assessment ({points} of {len(examples)})",
                 points == len(examples))
    drawn = page.evaluate("(() => { const b = document.querySelector('#trajectory-chart .trajectory')"
                          "?.getBoundingClientRect(); return b ? b.width * 1 : 0; })()")
    checks.check("history: the chart draws the trajectory between them", drawn > 50, f"{drawn} px wide")
    levels = page.evaluate("[...document.querySelectorAll('#history-table tbody tr')]"
                           ".map(tr => tr.children[2].innerText.trim())")
    checks.check("history: the table reads Silver, Gold, Gold, Gold, Platinum in date order",
                 levels == ["Silver", "Gold", "Gold", "Gold", "Platinum"], repr(levels))
    checks.check("history: says 'assessed on', not 'certified in'",
                 "assessed on" in facts["text"] and "certified in" not in facts["text"].lower())
    check_screenshot(checks, page, os.path.join(work, "history.png"), "history")


def spanish_page(checks, browser, binary, repo, work):
    html = os.path.join(work, "buenos-aires.html")
    if not run_binary(checks, binary, [os.path.join(repo, "examples", "buenos-aires-2023.yaml"), "--lang", "es",
                                       "--format", "html", "--as-of", AS_OF, "--output", html], "spanish"):
        return
    page, facts = load(checks, browser, html, "spanish", lang="es")
    check_elements(checks, page, "spanish", ["level", "outcomes", "criteria-table"], ["points-chart"])
    level = page.evaluate("document.querySelector('#level')?.textContent.trim()")
    checks.check("spanish: #level reads Oro", level == "Oro", repr(level))
    heads = page.evaluate("[...document.querySelectorAll('h2, th')].map(e => e.innerText.trim())")
    english = [h for h in heads if h in ("Points", "Practices", "Outcomes", "All criteria", "Status", "Evidence")]
    checks.check("spanish: no English heading left", not english, repr(english))
    check_screenshot(checks, page, os.path.join(work, "spanish.png"), "spanish")


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 64
    binary, repo, work = argv[1:]
    chromium = cdp.find_chromium()
    if not chromium:
        print("SKIPPED: Chromium not found; install Debian's chromium package to run the browser test")
        return SKIP
    os.makedirs(work, exist_ok=True)
    checks, start = Checks(), time.monotonic()
    with cdp.Browser(chromium) as browser:
        for section in (report_page, hostile_page, batch_page, history_page, spanish_page):
            try:
                section(checks, browser, binary, repo, work)
            except (cdp.CDPError, AssertionError, subprocess.TimeoutExpired) as e:
                checks.check(f"{section.__name__} ran to the end", False, str(e))
    print(f"{checks.failures} failed; {time.monotonic() - start:.1f} s; outputs in {work}")
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

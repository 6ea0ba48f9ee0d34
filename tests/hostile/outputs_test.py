#!/usr/bin/env python3
"""Every format of every command over hostile inputs, each output checked by a real parser.

    outputs_test.py WWC_SCORE WORK_DIR

The inputs (written into WORK_DIR, which is emptied first) carry markup, formula
starts, workflow commands, bidirectional overrides and YAML escapes in every
field a report shows, in criteria files and in file names (control characters,
line breaks, bytes that are not UTF-8). Each run's stdout, stderr and --output
file must be:
  - valid UTF-8;
  - free of C0 and C1 controls, DEL, U+2028/U+2029, U+FEFF and bidirectional
    marks (a line feed always allowed, a tab only in text, markdown and html);
  - free of any line a CI runner reads as a workflow command: no line starting
    with '::' after leading white space (GitHub's runner trims it) other than
    the annotations --format github writes (::error/::warning/::notice with
    well-formed properties), and no legacy '##[' command anywhere;
  - in its format's syntax: JSON parses (python3 json), XML parses (xmllint),
    HTML holds only the elements and attributes the reports write, links only
    http(s), mailto or in-page; CSV rows have the header's column count and no
    cell starts a formula; markdown leaves no mention, bare link or markup from
    the input live; YAML (init) parses.
Every run must end in exit 0, 1 or 2 (64 for the usage errors at the end), never
a signal. The commands and their formats are read from --help, so a new format
is covered without editing this file; with --lang, each format runs again in
Spanish and Portuguese on one input. Exit status: 0 all good, 1 a check failed,
77 skipped (no xmllint).
"""

import html.parser
import json
import os
import re
import shutil
import stat
import subprocess
import sys

BINARY = os.path.abspath(sys.argv[1])
WORK = os.path.abspath(sys.argv[2])
AS_OF = "2024-06-30"

failures = []


def fail(run, stream, problem):
    failures.append(f"{run} [{stream}]: {problem}")


# ---------------------------------------------------------------- the inputs

# Text that must come out inert in every format. Each piece is allowed in a
# one-line value of an assessment (no control character).
INERT = ("=HYPERLINK(\"http://evil.example\",\"x\") @octocat ~~gone~~ | `code` <b>bold</b> "
         "</script><script>alert(1)</script> ]]> \"q\" 'a' & &amp; www.evil.example https://evil.example/p "
         "::error::inline ##[error]legacy ##[add-mask]secret %0A::warning::pct [link](javascript:alert(2)) "
         "<!-- c --> {{tpl}} ${{ secrets.X }} \u00a0nbsp \u200bzw")


def q(text):
    """A YAML double-quoted scalar holding `text` (escapes decoded by the reader)."""
    out = '"'
    for c in text:
        if c == '"' or c == '\\':
            out += '\\' + c
        elif ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f:
            out += '\\x%02x' % ord(c)
        else:
            out += c
    return out + '"'


def assessment(city, criteria="wwc-2022", responses=None, notes=None, extra=""):
    responses = responses or {}
    lines = [
        "format: wwc-assessment/1",
        f"criteria: {criteria}",
        "city:",
        f"  name: {q(city)}",
        f"  region: {q('-2+3 ' + INERT)}",
        "  country: US",
        "  population: 118403",
        "assessed_on: 2024-03-31",
        f"prepared_by: {q('@SUM(1+1) ' + INERT)}",
        "responses:",
    ]
    for cid, status in responses.items():
        lines.append(f"  {cid}:")
        lines.append(f"    status: {status}")
        lines.append("    evidence:")
        lines.append(f"      - url: {q('https://example.org/a]]></x><script>&quot;' + chr(0x27) + '?q=::error::')}")
        lines.append(f"        title: {q('+cmd ' + INERT)}")
        lines.append("        date: 2024-01-02")
        lines.append(f"      - {q('::error::evidence line ' + INERT)}")
        if notes is not None:
            lines.append(f"    notes: {q(notes)}")
    return "\n".join(lines) + "\n" + extra


MULTILINE_NOTES = ("first line\n::error file=x,line=1::forged\n  ::add-mask::secret\n\u00a0::stop-commands::tok\n"
                   "##[error]legacy\n<script>alert(3)</script>\n]]>\n| a | b |\n- [x] done\n@octocat\ttabbed\n=1+1")

WWC_2022_IDS = ["DM1", "DM2", "DM3", "DM4", "DM5", "DM6", "DM7", "DM8", "DM9", "LC1", "LC2", "LC3", "LC4",
                "LC5", "LC6", "LC7", "OD1", "OD2", "OD3", "OD4", "PA1", "PA2", "PA3", "PA4", "PA5", "BF1",
                "BF2", "BF3", "RDC1", "RDC2", "RDC3", "RDC4", "RDC5", "RDC6", "RDC7", "RDC8", "CI1", "CI2",
                "CI3", "EVAL1", "EVAL2", "EVAL3", "EVAL4"]

OUTCOMES = ("outcomes:\n"
            f"  air_quality: {{value: 7.1, year: 2022, source: {q('https://example.org/aq?x=::error::' + INERT)}}}\n"
            "  broadband: {value: 88.4, year: 2022}\n")


def valid_assessments():
    statuses = ["met"] * 30 + ["in_progress"] * 5 + ["planned"] * 3 + ["not_met"] * 5
    full = dict(zip(WWC_2022_IDS, statuses))
    some = dict(zip(WWC_2022_IDS[:20], ["met"] * 12 + ["not_met"] * 8))
    return {
        "nasty.yaml": assessment("::error::city " + INERT, responses=full, notes=MULTILINE_NOTES, extra=OUTCOMES),
        "nasty-old.yaml": assessment("##[stop-commands]x " + INERT, responses=some, notes="@here\n::notice::n"),
        "formula.yaml": assessment("=1+2", responses={"DM1": "met", "LC1": "not_met"}),
        "plus.yaml": assessment("+SUM(A1)", responses={"DM1": "met"}),
        "minus.yaml": assessment("-1+1", responses={"DM1": "met"}),
        "at.yaml": assessment("@cmd", responses={"DM1": "met"}),
        "old-set.yaml": assessment("<b>2017</b> " + INERT, criteria="wwc-2017",
                                   responses={"DG1": "met", "OD1": "met", "OD2": "met"}),
        "hostile-answers.yaml": assessment("::warning::answers " + INERT, criteria="hostile-1",
                                           responses={"A1": "met", "A2": "in_progress", "A3": "not_met"}),
    }


# Decoded escapes in every place, and unknown names that are echoed in messages.
ESCAPES = ["\\e[31m", "\\a", "\\0", "\\x1b]0;t\\a", "\\_", "\\N", "\\L", "\\P", "\\u202E", "\\u2028", "\\u2066",
           "\\x9b", "\\t", "\\r", "\\n::error::x", "\\uFEFF"]


def invalid_assessments():
    head = "format: wwc-assessment/1\ncriteria: wwc-2022\n"
    city = "city: {name: X, country: US, population: 40000}\nassessed_on: 2024-01-01\n"
    files = {}
    for n, e in enumerate(ESCAPES):
        files[f"esc-name-{n}.yaml"] = (head + f'city: {{name: "A{e}B", country: US, population: 40000}}\n'
                                       "assessed_on: 2024-01-01\nresponses: {DM1: met}\n")
        files[f"esc-key-{n}.yaml"] = head + city + f'responses:\n  "DM{e}1": met\n'
        files[f"esc-status-{n}.yaml"] = head + city + f'responses:\n  DM1: "met{e}"\n'
        files[f"esc-url-{n}.yaml"] = (head + city + "responses:\n  DM1:\n    status: met\n"
                                      f'    evidence: [{{url: "https://x.example/{e}", title: "t{e}"}}]\n')
        files[f"esc-notes-{n}.yaml"] = head + city + f'responses:\n  DM1: {{status: met, notes: "a{e}b"}}\n'
        files[f"esc-topkey-{n}.yaml"] = head + city + f'responses: {{DM1: met}}\n"form{e}at": 1\n'
    files["unknown-names.yaml"] = (head + city + "responses:\n"
                                   '  "::error::DM1": met\n'
                                   '  "##[add-mask]DM2": met\n'
                                   '  "DM3 =cmd|x": "::warning::met"\n'
                                   '  DM4: {status: met, "::notice::key": 1, checklist: ["##[error]c"]}\n'
                                   '"::stop-commands::tok": 1\n')
    files["bad-values.yaml"] = ("format: \"wwc-assessment/1 ::error::x\"\ncriteria: \"##[error]wwc\"\n"
                                "city: {name: X, country: \"::error::\", population: \"=1+1\"}\n"
                                "assessed_on: \"<script>\"\nresponses: {DM1: met}\n")
    files["syntax.yaml"] = head + "city: [::error::x\n  ##[error]y: {\n"
    return files


def criteria_file(set_id, name, extra_criteria=""):
    return f"""format: wwc-criteria/1
id: {set_id}
name: {q(name)}
version: {q('1 ' + INERT)}
status: reconstruction
notice: {q('::error::notice ' + INERT)}
sources:
  - {{title: {q('##[error]source ' + INERT)}, url: {q('javascript:alert(5)')}}}
practices:
  - {{id: A, name: {q('::warning::practice ' + INERT)}}}
criteria:
  - {{id: A1, name: {q('=A1 ' + INERT)}, practice: A, provenance: read, summary: {q('::error::summary ' + INERT)}}}
  - {{id: A2, name: {q('@two ' + INERT)}, practice: A, provenance: partial, prerequisites: [A1],
      note: {q('##[stop-commands]n ' + INERT)}}}
  - id: A3
    name: {q('-three ' + INERT)}
    practice: A
    provenance: inferred
    checklist:
      min_met: 1
      items: [{{id: x, text: {q('::error::item ' + INERT)}}}, {{id: y, text: {q('<i>y</i>')}}}]
{extra_criteria}outcomes:
  - {{id: o1, name: {q('::error::outcome ' + INERT)}, unit: {q('<u>%</u>')}, at_least: 75,
      source: {q('https://example.org/?::error::')}}}
levels:
  - {{id: bronze, name: {q('::error::bronze ' + INERT)}, min_percent: 40}}
  - {{id: steel, name: {q('##[error]steel ' + INERT)}, min_percent: 80, required: [A1]}}
eligibility:
  min_population: 1000
  description: {q('::error::eligibility ' + INERT)}
"""


def criteria_files():
    return {
        "hostile-criteria.yml": criteria_file("hostile-1", "::error::set " + INERT),
        "hostile-criteria-2.yml": criteria_file(
            "hostile-2", "##[error]set two " + INERT,
            f"  - {{id: A4, name: {q('::error::four ' + INERT)}, practice: A, provenance: read}}\n"),
        "bad-criteria.yml": ("format: wwc-criteria/1\nid: \"bad\\e[2J\"\nname: x\nversion: \"1\"\n"
                             "practices: [{id: A, name: \"::error::p\"}]\n"
                             "criteria:\n"
                             "  - {id: \"A 1\", name: n, practice: A, provenance: read}\n"
                             "  - {id: \"\", name: n, practice: A, provenance: read}\n"
                             "  - {id: \"A\\u202E2\", name: n, practice: A, provenance: read}\n"
                             "  - {id: \"::error::A3\", name: n, practice: \"##[error]B\", provenance: read,"
                             " prerequisites: [\"::error::Z\"], points: 4294967301}\n"
                             "levels: [{id: \"::error::l\", name: l, min_percent: 99999999999999999999}]\n"),
    }


# File names: a copy of a valid assessment under each.
NAMES = [
    "::error::name.yaml", "line\n::error::break.yaml", "esc\x1b[31mred.yaml", "bell\x07.yaml",
    "##[error]legacy.yaml", "=cmd()|x.yaml", "<script>alert(1)<\\script>.yaml", "]]>cdata.yaml",
    "quote\"'.yaml", "%0A::warning::pct.yaml", " ::add-mask::lead.yaml", "tab\there.yaml",
    "bidi\u202eevil.yaml", "sep\u2028line.yaml", "c1\u0085nel.yaml", "cr\r::error::x.yaml",
    "comma,col:1.yaml", "@mention.yaml", "-dash.yaml", "+plus.yaml",
]
BAD_BYTES = [b"latin1-\xff\xfe.yaml", b"half-\xe2\x80.yaml", b"over-\xc0\xaf.yaml", b"sur-\xed\xa0\x80.yaml"]


def write(path, text):
    with open(path, "wb") as f:
        f.write(text.encode("utf-8") if isinstance(text, str) else text)


def prepare():
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    for sub in ("valid", "invalid", "criteria", "names", "mixed"):
        os.makedirs(os.path.join(WORK, sub))
    for name, text in valid_assessments().items():
        write(os.path.join(WORK, "valid", name), text)
        write(os.path.join(WORK, "mixed", name), text)
    for name, text in invalid_assessments().items():
        write(os.path.join(WORK, "invalid", name), text)
        write(os.path.join(WORK, "mixed", name), text)
    for name, text in criteria_files().items():
        write(os.path.join(WORK, "criteria", name), text)
    nasty = valid_assessments()["formula.yaml"]
    broken = invalid_assessments()["esc-name-0.yaml"]
    for name in NAMES:
        write(os.path.join(WORK, "names", name), nasty)
        write(os.path.join(WORK, "mixed", "n-" + name), broken)
    for raw in BAD_BYTES:
        write(os.path.join(WORK.encode(), b"names", raw), nasty)
        write(os.path.join(WORK.encode(), b"mixed", b"n-" + raw), broken)
    # A folder with a control character in its name, and one named like a command.
    odd = os.path.join(WORK, "mixed", "dir\n::error::sub")
    os.makedirs(odd)
    write(os.path.join(odd, "inner.yaml"), broken)
    os.symlink("does-not-exist\x1b.yaml", os.path.join(WORK, "mixed", "dangling\n::error::link.yaml"))


# ---------------------------------------------------------------- the checks

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
TAB_FORMATS = {"text", "markdown", "html"}
# .NET's char.IsWhiteSpace, which the runner's TrimStart uses.
DOTNET_SPACE = " \t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009" \
               "\u200a\u2028\u2029\u202f\u205f\u3000"
ANNOTATION = re.compile(r"::(error|warning|notice)( [^:]*)?::.*")
PROPERTY = re.compile(r"(file|line|col|endLine|endColumn|title)=[^,:]*")


def check_text(run, stream, data, fmt):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(run, stream, f"invalid UTF-8 at byte {e.start}: {data[max(0, e.start - 30):e.start + 10]!r}")
        return None
    for m in CONTROLS.finditer(text):
        near = text[max(0, m.start() - 40):m.end() + 20]
        fail(run, stream, f"control character U+{ord(m.group()):04X} near {near!r}")
        break
    if "\t" in text and not (stream != "stderr" and fmt in TAB_FORMATS):
        fail(run, stream, f"tab near {text[max(0, text.index(chr(9)) - 40):text.index(chr(9)) + 20]!r}")
    for line in text.split("\n"):
        bare = line.lstrip(DOTNET_SPACE)
        if "##[" in line:
            fail(run, stream, f"legacy workflow command in line {line[:160]!r}")
        if not bare.startswith("::"):
            continue
        if stream != "stderr" and fmt == "github" and line == bare and ANNOTATION.fullmatch(line):
            head = line[2:line.index("::", 2)]
            props = head.split(" ", 1)[1] if " " in head else ""
            if all(PROPERTY.fullmatch(p) for p in props.split(",") if props):
                continue
        fail(run, stream, f"workflow command in line {line[:160]!r}")
    return text


def check_json(run, stream, text):
    try:
        json.loads(text)
    except ValueError as e:
        fail(run, stream, f"not JSON: {e}")


def check_xml(run, stream, data):
    r = subprocess.run(["xmllint", "--noout", "-"], input=data, capture_output=True)
    if r.returncode != 0:
        fail(run, stream, "not XML: " + r.stderr.decode("utf-8", "replace")[:300])


HTML_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "footer", "nav", "main", "section",
             "article", "h1", "h2", "h3", "h4", "p", "div", "span", "strong", "em", "a", "ul", "ol", "li", "dl",
             "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "g", "rect",
             "line", "circle", "path", "text", "title", "desc", "defs", "pattern", "small", "code", "br", "abbr",
             "details", "summary", "caption", "colgroup", "col", "tfoot", "time", "polyline", "polygon", "tspan"}


class HtmlCheck(html.parser.HTMLParser):
    def __init__(self, report):
        super().__init__(convert_charrefs=True)
        self.report = report

    def handle_starttag(self, tag, attrs):
        if tag not in HTML_TAGS:
            self.report(f"element <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("srcdoc", "formaction"):
                self.report(f"attribute {name}= on <{tag}>")
            if name in ("href", "src", "xlink:href", "action") and value is not None:
                v = value.strip().lower()
                if not (v.startswith("https://") or v.startswith("http://") or v.startswith("mailto:")
                        or v.startswith("#")):
                    self.report(f"link {value!r} on <{tag}>")

    def handle_comment(self, data):
        self.report("a comment in the page")


def check_html(run, stream, text):
    HtmlCheck(lambda p: fail(run, stream, p)).feed(text)


def check_csv(run, stream, text):
    import csv
    import io
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return
    width = len(rows[0])
    for row in rows:
        if len(row) != width:
            fail(run, stream, f"row of {len(row)} cells, header has {width}: {row[:3]}")
        for cell in row:
            if cell and cell[0] in "=+-@\t\r" and not re.fullmatch(r"[-+]?[0-9.eE+-]+", cell):
                fail(run, stream, f"cell starts a formula: {cell[:60]!r}")


def check_yaml(run, stream, text):
    try:
        import yaml
    except ImportError:
        return
    try:
        yaml.safe_load(text)
    except yaml.YAMLError as e:
        fail(run, stream, f"not YAML: {e}")


def check_markdown(run, stream, text):
    # Live: not preceded by a backslash (markup) or followed by a zero-width space (mentions, links).
    for raw in (r"(?<!\\)<script", r"(?<!\\)<b>", r"(?<!\\)~(?<!\\)~gone", r"@octocat", r"https://evil",
                r"(?<!\\)www\.evil", r"(?<![\\&])&amp; www"):
        if re.search(raw, text):
            fail(run, stream, f"markdown keeps {raw!r} from the input live")


SYNTAX = {"json": check_json, "sarif": check_json, "gitlab": check_json, "schema": check_json, "html": check_html,
          "csv": check_csv, "markdown": check_markdown}


# ---------------------------------------------------------------- the runs

runs = 0


def run(args, fmt="text", output=None, expect=(0, 1, 2)):
    global runs
    runs += 1
    if "--lang" in args:  # before the command: `criteria` takes it there for its subcommands
        at = args.index("--lang")
        args = args[at:at + 2] + args[:at] + args[at + 2:]
    label = " ".join(repr(a) if isinstance(a, str) and (not a.isprintable() or " " in a) else str(a) for a in args)
    if fmt not in ("text", "yaml", "schema"):
        args = args + ["--format", fmt]
    if output:
        args = args + ["-o", output]
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    env["LC_ALL"] = "C"
    try:
        r = subprocess.run([BINARY] + args, capture_output=True, cwd=WORK, env=env, timeout=60)
    except subprocess.TimeoutExpired:
        fail(label, "run", "did not finish in 60 s")
        return
    if r.returncode not in expect:
        fail(label, "exit", f"exit {r.returncode}, expected one of {expect}; stderr {r.stderr[:300]!r}")
    for stream, data in (("stdout", r.stdout), ("stderr", r.stderr)):
        text = check_text(label, stream, data, fmt)
        if text is not None and stream == "stdout" and text:
            checker = SYNTAX.get(fmt)
            if fmt == "junit":
                check_xml(label, stream, data)
            elif fmt == "yaml":
                check_yaml(label, stream, text)
            elif checker:
                checker(label, stream, text)
    if output and r.returncode in (0, 1, 2):
        path = os.path.join(WORK, output)
        if not os.path.exists(path):
            fail(label, "output", "no output file")
            return
        with open(path, "rb") as f:
            data = f.read()
        text = check_text(label, "output", data, fmt)
        if text is not None and fmt in SYNTAX and text:
            SYNTAX[fmt](label, "output", text)
        if fmt == "junit":
            check_xml(label, "output", data)
        os.unlink(path)


def formats(*command):
    r = subprocess.run([BINARY, *command, "--help"], capture_output=True, text=True)
    m = re.search(r"Report format: ([a-z, -]+)", r.stdout)
    return [f.strip() for f in m.group(1).split(",")] if m else ["text"]


def names_in(folder):
    base = os.path.join(WORK.encode(), folder.encode())
    return sorted(os.fsdecode(os.path.join(folder.encode(), n)) for n in os.listdir(base))


def main():
    if shutil.which("xmllint") is None:
        print("skipped: xmllint not found (Debian: libxml2-utils)")
        return 77
    prepare()
    help_text = subprocess.run([BINARY, "score", "--help"], capture_output=True, text=True).stdout
    languages = ["en"] + (["es", "pt-BR"] if "--lang" in help_text else [])

    valid = [f"valid/{n}" for n in sorted(valid_assessments()) if n != "hostile-answers.yaml"]
    invalid = [f"invalid/{n}" for n in sorted(invalid_assessments())]
    names = names_in("names")
    for lang in languages:
        # Every run in English; in the other languages, one input per format (the words change, the escaping not).
        extra = [] if lang == "en" else ["--lang", lang]
        full = lang == "en"
        for fmt in formats("score"):
            run(["score", "valid/nasty.yaml", "--as-of", AS_OF] + extra, fmt, output=f"out.{fmt}")
            run(["score", "valid/hostile-answers.yaml", "--criteria", "criteria/hostile-criteria.yml",
                 "--require-level", "steel", "--as-of", AS_OF] + extra, fmt)
            if full:
                run(["score", "valid/nasty.yaml", "--require-level", "platinum", "--as-of", AS_OF], fmt)
                run(["score"] + valid + [invalid[0], "--as-of", AS_OF], fmt)
                run(["score"] + names + ["--as-of", AS_OF], fmt)
                run(["score"] + invalid, fmt)
        for fmt in formats("check"):
            run(["check", "mixed", "--as-of", AS_OF] + extra, fmt, output=f"out.{fmt}")
            if full:
                run(["check"] + names, fmt)
        for fmt in formats("batch"):
            run(["batch", "mixed", "--as-of", AS_OF, "-j", "2"] + extra, fmt, output=f"out.{fmt}")
            if full:
                run(["batch", "valid", "names", "--compare", "wwc-2017", "--require-level", "gold", "--as-of",
                     AS_OF], fmt)
        for fmt in formats("history"):
            run(["history"] + valid + ["--as-of", AS_OF] + extra, fmt, output=f"out.{fmt}")
            if full:
                run(["history"] + names + [invalid[0], "--as-of", AS_OF], fmt)
        for fmt in formats("diff"):
            run(["diff", "valid/nasty-old.yaml", "valid/nasty.yaml", "--as-of", AS_OF] + extra, fmt)
            if full:
                run(["diff", names[0], names[1], "--as-of", AS_OF], fmt)
                run(["diff", "valid/old-set.yaml", "valid/nasty.yaml", "--as-of", AS_OF], fmt)
                run(["diff", "invalid/unknown-names.yaml", "valid/nasty.yaml"], fmt)
        for fmt in formats("criteria", "show"):
            run(["criteria", "show", "criteria/hostile-criteria.yml"] + extra, fmt)
            run(["criteria", "show", "criteria/hostile-criteria.yml", "A"] + extra, fmt)
            if full:
                run(["criteria", "show", "criteria/bad-criteria.yml"], fmt)
                run(["criteria", "show", "wwc-2022"], fmt)
        for fmt in formats("criteria", "list"):
            run(["criteria", "list"] + extra, fmt)
        for fmt in formats("criteria", "diff"):
            run(["criteria", "diff", "criteria/hostile-criteria.yml", "criteria/hostile-criteria-2.yml"] + extra, fmt)
            if full:
                run(["criteria", "diff", "wwc-2022", "criteria/hostile-criteria-2.yml"], fmt)
        for path in ("criteria/hostile-criteria.yml", "criteria/bad-criteria.yml"):
            run(["criteria", "lint", path] + extra, "text")
        run(["init", "--criteria", "criteria/hostile-criteria.yml"] + extra, "yaml")
        run(["schema", "--criteria", "criteria/hostile-criteria.yml"] + extra, "schema")
    # Values a run cannot take: a usage error (64), never a gate silently off or a thread per file.
    city = "valid/nasty.yaml"
    for args in (["score", city, "--require-level", ""], ["score", city, "--criteria", ""],
                 ["score", city, "--as-of", ""], ["score", city, "-o", ""], ["check", "valid", "--exclude", ""],
                 ["batch", "valid", "--compare", ""], ["batch", "valid", "--jobs", "0"],
                 ["batch", "valid", "--jobs", "257"], ["score", city, "--max-file-size", "0"],
                 ["init", "--criteria", ""], ["init", "--criteria", "wwc-2022", "-o", ""], ["schema", "--criteria", ""],
                 ["diff", city, city, "--criteria", ""], ["scroe", city], ["chekc", "valid"]):
        run(args, "text", expect=(64,))
    # Usage errors echo what was typed.
    for args in (["score", "--format", "::error::x\n::error::y"], ["batch", "valid", "--jobs", "\x1b[2J"],
                 ["--\n::error::opt"], ["score", "x.yaml", "--\x1b[31m"], ["criteria", "show", "::error::\n"],
                 ["criteria", "::error::x\n##[error]y"], ["::error::\nnot-a-command"], ["scroe\x1b", "x.yaml"],
                 ["score", "valid/nasty.yaml", "--require-level", "\u202egold\n::error::"],
                 ["score", "valid/nasty.yaml", "--as-of", "\n::error::"], ["init", "--criteria", "::error::\n"],
                 ["batch", "mixed", "--exclude", "[\n::error::"], [os.fsdecode(b"\xff\xfe-arg")]):
        run(args, "text", expect=(2, 64))

    if failures:
        for f in failures:
            print("FAIL " + f)
        print(f"{len(failures)} problems in {runs} runs")
        return 1
    print(f"ok: {runs} runs, every stream clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())

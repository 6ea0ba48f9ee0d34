#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/writers/csv_writer.hpp"
#include "report/writers/markdown_writer.hpp"
#include "report/writers/xml_writer.hpp"

using namespace wwc;

TEST_CASE("csv_field leaves a plain field as it is") {
    CHECK(csv_field("Cambridge") == "Cambridge");
    CHECK(csv_field("") == "");
    CHECK(csv_field("wwc-2022") == "wwc-2022");
    CHECK(csv_field("S\xc3\xa3o Paulo 'quoted' a;b") == "S\xc3\xa3o Paulo 'quoted' a;b");
}

TEST_CASE("csv_field quotes a comma or a quote, doubling the quotes") {
    CHECK(csv_field("Cambridge, MA") == "\"Cambridge, MA\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("\"") == "\"\"\"\"");
}

TEST_CASE("csv_field shows CR and LF as visible escapes, so that a row stays on one line") {
    CHECK(csv_field("two\nlines") == "two\\nlines");
    CHECK(csv_field("a\r\nb") == "a\\r\\nb");
    CHECK(csv_field("a,\nb") == "\"a,\\nb\"");
}

TEST_CASE("csv_field puts a ' before a field a spreadsheet would read as a formula") {
    CHECK(csv_field("=SUM(A1:A9)") == "'=SUM(A1:A9)");
    CHECK(csv_field("+cmd") == "'+cmd");
    CHECK(csv_field("-x") == "'-x");
    CHECK(csv_field("-") == "'-");
    CHECK(csv_field("@SUM(1)") == "'@SUM(1)");
    CHECK(csv_field("\t=1") == "'\\t=1");
    CHECK(csv_field("\r=1") == "'\\r=1");
    CHECK(csv_field("-2+3") == "'-2+3");
    CHECK(csv_field("-1e") == "'-1e");
    CHECK(csv_field("-inf") == "'-inf");
    CHECK(csv_field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    CHECK(csv_field("a=1") == "a=1");
}

TEST_CASE("csv_field leaves a signed number as it is") {
    CHECK(csv_field("-3") == "-3");
    CHECK(csv_field("+1.5") == "+1.5");
    CHECK(csv_field("-0.25") == "-0.25");
    CHECK(csv_field("-1e5") == "-1e5");
}

TEST_CASE("csv_field shows controls and bytes that are not UTF-8 as visible escapes") {
    CHECK(csv_field("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(csv_field("caf\xff") == "caf\\xff");
    CHECK(csv_field("abc\xe2\x80\xae" "fed") == "abc\\u202efed");
    CHECK(csv_field("tab\there") == "tab\\there");
}

TEST_CASE("csv_row joins fields with commas and ends in a line feed") {
    CHECK(csv_row({"examples/a.yaml", "Cambridge, MA", "=1", "-3", ""}) ==
          "examples/a.yaml,\"Cambridge, MA\",'=1,-3,\n");
    CHECK(csv_row({"one"}) == "one\n");
    CHECK(csv_row({"", ""}) == ",\n");
    CHECK(csv_row({}) == "\n");
}

TEST_CASE("xml_escape writes the five markup characters as references") {
    CHECK(xml_escape("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    CHECK(xml_escape("&amp;") == "&amp;amp;");
    CHECK(xml_escape("Montr\xc3\xa9" "al \xef\xbf\xbd") == "Montr\xc3\xa9" "al \xef\xbf\xbd");
}

TEST_CASE("xml_escape shows controls, bidi overrides, non-characters and bad bytes as visible escapes") {
    CHECK(xml_escape("a\x01" "b\x1b[0m\n") == "a\\x01b\\x1b[0m\\n");
    CHECK(xml_escape("\xc2\x85\xe2\x80\xae") == "\\u0085\\u202e");
    CHECK(xml_escape("x\xef\xbf\xbey\xef\xbf\xbfz") == "x\\ufffey\\uffffz");
    CHECK(xml_escape("\xef\xbf\xbf\xef\xbf\xbe") == "\\uffff\\ufffe");
    CHECK(xml_escape("\xff<") == "\\xff&lt;");
    CHECK(xml_escape("\xed\xa0\x80") == "\\xed\\xa0\\x80");
}

TEST_CASE("XmlWriter builds an indented document with its declaration") {
    XmlWriter x;
    x.open("testsuites", {{"name", "wwc-score"}, {"tests", "2"}});
    x.open("testsuite", {{"name", "Caf\xc3\xa9 <\"city\"> & 'co'"}});
    x.empty("testcase", {{"classname", "DG1"}, {"name", "a\nb\xe2\x80\xae"}});
    x.open("testcase", {{"name", "DG2"}});
    x.empty("skipped");
    x.close();
    x.close();
    x.close();
    CHECK(x.str() == R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="wwc-score" tests="2">
  <testsuite name="Café &lt;&quot;city&quot;&gt; &amp; &apos;co&apos;">
    <testcase classname="DG1" name="a\nb\u202e"/>
    <testcase name="DG2">
      <skipped/>
    </testcase>
  </testsuite>
</testsuites>
)");
}

TEST_CASE("XmlWriter with no elements is the declaration alone") {
    CHECK(XmlWriter().str() == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
}

TEST_CASE("markdown_escape backslash-escapes Markdown punctuation") {
    CHECK(markdown_escape("*_[]<>|#~!\\`") == "\\*\\_\\[\\]\\<\\>\\|\\#\\~\\!\\\\\\`");
    CHECK(markdown_escape("**bold** [link](x) <b>") == "\\*\\*bold\\*\\* \\[link\\](x) \\<b\\>");
    CHECK(markdown_escape("Niter\xc3\xb3i (RJ) 1. - + ok") == "Niter\xc3\xb3i (RJ) 1. - + ok");
}

TEST_CASE("markdown_escape writes & as &amp;, so that no entity is read") {
    CHECK(markdown_escape("A & B &lt;") == "A &amp; B &amp;lt;");
}

TEST_CASE("markdown_escape breaks mentions and bare links with a zero-width space") {
    CHECK(markdown_escape("@octocat") == "@&#8203;octocat");
    CHECK(markdown_escape("data@example.org") == "data@&#8203;example.org");
    CHECK(markdown_escape("https://x") == "https:&#8203;//x");
    CHECK(markdown_escape("see ftp://host/a") == "see ftp:&#8203;//host/a");
    CHECK(markdown_escape("www.example.org") == "www&#8203;.example.org");
    CHECK(markdown_escape("see WWW.EXAMPLE.ORG") == "see WWW&#8203;.EXAMPLE.ORG");
    CHECK(markdown_escape("awww.example") == "awww.example");
    CHECK(markdown_escape("www") == "www");
    CHECK(markdown_escape("time: 10:30") == "time: 10:30");
}

TEST_CASE("markdown_escape keeps text on one line with visible escapes") {
    // The escape's backslash is itself escaped, so the reader sees \n.
    CHECK(markdown_escape("one\ntwo") == "one\\\\ntwo");
    CHECK(markdown_escape("a\x1b[1m\xe2\x80\xae\xff") == "a\\\\x1b\\[1m\\\\u202e\\\\xff");
}

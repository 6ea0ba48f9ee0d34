#include <catch2/catch.hpp>

#include "report/writers/html_writer.hpp"

using namespace wwc;

TEST_CASE("html_escape turns markup and quotes into text") {
    CHECK(html_escape("<script>alert('x')</script> \"q\" & b") ==
          "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;q&quot; &amp; b");
    CHECK(html_escape("tab\tand\nline\x01\x1f\x1b[31m end\r") == "tab\tand\nline\\x01\\x1f\\x1b[31m end\\r");
    CHECK(html_escape("\xe2\x80\xae reversed \xff") == "\\u202e reversed \\xff");
    CHECK(html_escape("Montr\xc3\xa9" "al") == "Montr\xc3\xa9" "al");
}

TEST_CASE("only http, https and mailto URLs are links") {
    CHECK(is_safe_link("https://example.org/a"));
    CHECK(is_safe_link("HTTP://example.org"));
    CHECK(is_safe_link("mailto:data@example.org"));
    CHECK_FALSE(is_safe_link("javascript:alert(1)"));
    CHECK_FALSE(is_safe_link(" javascript:alert(1)"));
    CHECK_FALSE(is_safe_link("data:text/html,<script>alert(1)</script>"));
    CHECK_FALSE(is_safe_link("policy.pdf"));
    CHECK_FALSE(is_safe_link("https://"));
}

TEST_CASE("HtmlWriter escapes text and attribute values and closes in order") {
    HtmlWriter out;
    out.open("p", {{"title", "a \"quoted\" <title>"}}).text("1 < 2").element("b", "&");
    out.close();
    CHECK(out.str() == "<p title=\"a &quot;quoted&quot; &lt;title&gt;\">1 &lt; 2<b>&amp;</b></p>\n");
}

TEST_CASE("HtmlWriter::link shows an unsafe URL as text") {
    HtmlWriter safe;
    safe.link("https://example.org/?a=1&b=\"2\"", "policy");
    CHECK(safe.str() == "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">policy</a>");
    HtmlWriter unsafe;
    unsafe.link("javascript:alert(1)", "<b>policy</b>");
    CHECK(unsafe.str() == "&lt;b&gt;policy&lt;/b&gt; (javascript:alert(1))");
    HtmlWriter bare;
    bare.link("policy.pdf", "policy.pdf");
    CHECK(bare.str() == "policy.pdf");
}

TEST_CASE("HtmlWriter::close_to closes every tag above a depth") {
    HtmlWriter out;
    out.open("section").open("ul").open("li").text("x");
    CHECK(out.depth() == 3);
    out.close_to(0);
    CHECK(out.str() == "<section><ul><li>x</li>\n</ul>\n</section>\n");
}

#include "report/html/page.hpp"

#include <algorithm>
#include <string>

namespace wwc {
namespace {

// Okabe-Ito colours, each paired with a pattern or a distinct grey, so that
// charts read without colour vision and in greyscale print.
constexpr std::string_view style_sheet = R"css(
:root{--ink:#1b1b1b;--muted:#5a5a5a;--line:#c8c8c8;--earned:#0072b2;--progress:#e69f00;--planned:#56b4e9;--missing:#f0f0f0}
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font:15px/1.45 "DejaVu Sans",system-ui,sans-serif;color:var(--ink);background:#fff;max-width:62rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.7rem;margin:0 0 .2rem}
h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:2px solid var(--ink);padding-bottom:.15rem}
h3{font-size:1rem;margin:1rem 0 .3rem}p{margin:.3rem 0}.muted{color:var(--muted)}
a{color:#004f7c}
.notice{border-left:4px solid var(--progress);background:#fff6e0;padding:.4rem .7rem;margin:.6rem 0}
.estimate{border-left-color:#d55e00;background:#fde9df;font-weight:600}
.summary{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:center;margin:1rem 0}
.badge{display:inline-block;border:3px solid var(--ink);border-radius:.6rem;padding:.35rem 1rem;font-size:1.5rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase}
.badge-rank-0{background:#e3e6e8}.badge-rank-1{background:#f4d77a}
.badge-rank-2{background:#d9e9f2;border-style:double;border-width:5px}
.badge-none{background:#fff;border-style:dashed}
.facts{margin:0;display:grid;grid-template-columns:auto auto;gap:.1rem .8rem}.facts dt{color:var(--muted)}
.facts dd{margin:0;font-weight:600}
figure{margin:.6rem 0 1rem}figcaption{color:var(--muted);font-size:.9rem}
svg.chart{display:block;width:100%;max-width:46rem;height:auto;font-size:13px;font-family:inherit}
svg.chart text{fill:var(--ink)}svg.chart .on-dark{fill:#fff;font-weight:700}
.earned{fill:var(--earned)}.progress{fill:url(#pattern-progress)}.planned{fill:url(#pattern-planned)}
.missing{fill:var(--missing);stroke:#8c8c8c;stroke-width:1}.compare{fill:url(#pattern-compare)}
.band0{fill:#f7f7f7}.band1{fill:#e4e4e4}.band2{fill:#d0d0d0}.band3{fill:#bcbcbc}
.threshold{stroke:var(--ink);stroke-width:2}
.level-line{stroke:#7a7a7a;stroke-width:1}svg.chart .small{font-size:11px}
svg.chart .band-label{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg.chart .value{font-weight:700;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.history-table td:nth-child(-n+5){white-space:nowrap}
.trajectory{stroke:var(--earned);stroke-width:3}.estimate-line{stroke-dasharray:6 4}
.point{fill:var(--earned);stroke:#fff;stroke-width:2}
svg.chart .point-estimate{fill:#fff;stroke:var(--earned);stroke-width:3}
table{border-collapse:collapse;width:100%;margin:.4rem 0;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--ink)}tr.group th{background:#f2f2f2;font-size:.95rem}
.criteria-table{table-layout:fixed}.criteria-table td{overflow-wrap:anywhere}
.criteria-table thead th:nth-child(1){width:3.8rem}.criteria-table thead th:nth-child(2){width:28%}
.criteria-table thead th:nth-child(3){width:7.5rem}.criteria-table thead th:nth-child(4){width:34%}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.status{white-space:nowrap;font-weight:600}.status-met{color:#005a8c}.status-not_met,.status-blocked{color:#a33c00}
.status-unanswered{color:var(--muted)}
.tag{display:inline-block;border:1px solid var(--muted);border-radius:.3rem;font-size:.75rem;padding:0 .3rem;margin-left:.3rem;font-weight:400}
.step{background:#fff6e0}td.up{color:#005a8c;font-weight:700}td.down{color:#a33c00;font-weight:700}
td.file{overflow-wrap:anywhere;font-family:"DejaVu Sans Mono",monospace;font-size:.8rem}
ol.roadmap li{margin:.15rem 0}ul.evidence{margin:0;padding-left:1rem}.error{color:#a33c00}
footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.4rem;color:var(--muted);font-size:.8rem;overflow-wrap:anywhere}
.batch,.many{display:flex;flex-direction:column}.batch>header{order:-2}.batch .overview-summary,.many>nav{order:-1}
article+article{break-before:page;margin-top:3rem}
@page{margin:14mm}
@media print{body{max-width:none;padding:0;font-size:10pt}a{color:inherit;text-decoration:none}
figure,tr,section:not(.long){break-inside:avoid}h2{break-after:avoid}}
)css";

void chart_patterns(HtmlWriter& out) {
    out.open("svg", {{"width", "0"}, {"height", "0"}, {"aria-hidden", "true"}, {"style", "position:absolute"}});
    out.open("defs");
    // In progress: orange with dark diagonal stripes; planned: light blue with dots;
    // a comparison: grey cross-hatching.
    out.open("pattern", {{"id", "pattern-progress"}, {"width", "6"}, {"height", "6"},
                         {"patternUnits", "userSpaceOnUse"}, {"patternTransform", "rotate(45)"}});
    out.empty("rect", {{"width", "6"}, {"height", "6"}, {"fill", "#e69f00"}});
    out.empty("rect", {{"width", "2"}, {"height", "6"}, {"fill", "#5c3f00"}});
    out.close();
    out.open("pattern", {{"id", "pattern-planned"}, {"width", "6"}, {"height", "6"}, {"patternUnits", "userSpaceOnUse"}});
    out.empty("rect", {{"width", "6"}, {"height", "6"}, {"fill", "#56b4e9"}});
    out.empty("circle", {{"cx", "3"}, {"cy", "3"}, {"r", "1.3"}, {"fill", "#0b3550"}});
    out.close();
    out.open("pattern", {{"id", "pattern-compare"}, {"width", "6"}, {"height", "6"}, {"patternUnits", "userSpaceOnUse"}});
    out.empty("rect", {{"width", "6"}, {"height", "6"}, {"fill", "#cfcfcf"}});
    out.empty("path", {{"d", "M0 0L6 6M6 0L0 6"}, {"stroke", "#3a3a3a"}, {"stroke-width", "1"}});
    out.close();
    out.close().close();
}

}  // namespace

void begin_page(HtmlWriter& out, std::string_view title, std::string_view page_class, Language language) {
    out.trusted("<!DOCTYPE html>\n");
    out.open("html", {{"lang", language_tag(language)}}).trusted("\n").open("head").trusted("\n");
    out.empty("meta", {{"charset", "utf-8"}});
    out.empty("meta", {{"http-equiv", "Content-Security-Policy"},
                       {"content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"}});
    out.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    out.empty("meta", {{"name", "generator"}, {"content", "wwc-score"}});
    out.element("title", title);
    out.open("style").trusted(style_sheet).close();
    out.close();
    out.open("body", {{"class", page_class}}).trusted("\n");
    chart_patterns(out);
}

void end_page(HtmlWriter& out, std::string_view footer) {
    out.element("footer", footer);
    out.close_to(0);
}

void table_head(HtmlWriter& out, const std::vector<std::string_view>& headings) {
    out.open("thead").open("tr");
    for (std::string_view h : headings) out.element("th", h);
    out.close().close().open("tbody");
}

std::string badge_class(std::optional<std::size_t> level) {
    // The style sheet has three ranks; higher ones look like the highest.
    return level ? "badge badge-rank-" + std::to_string(std::min<std::size_t>(*level, 2)) : "badge badge-none";
}

}  // namespace wwc

// libFuzzer target: any bytes as an assessment file, scored and reported.
// Bad input must end in InputError; anything else is a bug.

#include <cstddef>
#include <cstdint>
#include <string>

#include "diagnostics.hpp"
#include "reporters/reporters.hpp"
#include "scoring.hpp"
#include "source_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static wwc::CriteriaCatalog catalog(wwc::default_max_file_size);
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const wwc::ScoredAssessment result = wwc::score_text(text, "fuzz.yaml", catalog, {"", size + 1, "2024-06-30"});
        for (const wwc::ReportFormat& format : wwc::report_formats()) wwc::render_report(format, {result}, {});
    } catch (const wwc::InputError&) {
    }
    return 0;
}

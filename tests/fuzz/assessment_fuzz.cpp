// libFuzzer target: any bytes as an assessment file, scored and reported in
// every format. Bad input must end in InputError; anything else is a bug.

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/diagnostics.hpp"
#include "report/formats.hpp"
#include "scoring/pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static wwc::CriteriaCatalog catalog(wwc::default_max_file_size);
    const std::string text(reinterpret_cast<const char*>(data), size);
    const wwc::Words words;
    try {
        std::vector<wwc::FileReport> files(1);
        files[0].path = "fuzz.yaml";
        files[0].scored = wwc::score_text(text, "fuzz.yaml", catalog, {"", size + 1, "2024-06-30"});
        for (const auto& format : wwc::score_formats()) format.render(files, {words});
    } catch (const wwc::InputError&) {
    }
    return 0;
}

// libFuzzer target: any bytes as a criteria file, loaded, linted and used to
// score an empty assessment. Bad input must end in InputError.

#include <cstddef>
#include <cstdint>
#include <string>

#include "input/criteria_loader.hpp"
#include "model/diagnostics.hpp"
#include "scoring/criteria_lint.hpp"
#include "scoring/evaluator.hpp"
#include "scoring/gap_analysis.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const wwc::CriteriaSet set = wwc::load_criteria(text, "fuzz.yaml");
        wwc::Assessment empty;
        empty.assessed_on = "2024-06-30";
        const wwc::Evaluation evaluation = wwc::evaluate(set, empty);
        wwc::analyse_gaps(set, evaluation);
        wwc::lint_criteria(set, {});
    } catch (const wwc::InputError&) {
    }
    return 0;
}

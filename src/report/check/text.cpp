// check --format text: every diagnostic goes to stderr; stdout gets one line,
// "checked 3 files: 1 invalid, 44 warnings".

#include "report/renderers.hpp"
#include "report/wording.hpp"

namespace wwc {

std::string check_text_end(const RunSummary& summary, RunContext& context) {
    return check_summary_line(summary, context.options.words);
}

}  // namespace wwc

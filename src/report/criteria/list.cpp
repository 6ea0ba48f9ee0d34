// criteria list: the bundled sets, one line each (text) or one object each (json).

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/json_writer.hpp"

namespace wwc {

std::string render_criteria_list_text(const std::vector<std::shared_ptr<const CriteriaSet>>& sets,
                                      const RenderOptions& options) {
    const Words& w = options.words;
    std::vector<std::vector<std::string>> rows = {
        {w.say("Set"), w.say("Version"), w.say("Criteria"), w.say("Published"), w.say("Status"), w.say("Name")}};
    for (const auto& set : sets)
        rows.push_back({set->id, set->version, criteria_count(set->criteria.size(), w),
                        set->published.empty() ? "-" : set->published, set_status_word(set->status, w), w.name(*set)});
    return text_table(rows);
}

std::string render_criteria_list_json(const std::vector<std::shared_ptr<const CriteriaSet>>& sets,
                                      const RenderOptions&) {
    JsonWriter j;
    j.begin_array();
    for (const auto& set : sets) {
        j.begin_object();
        j.key("id").value(set->id);
        j.key("name").value(set->name);
        j.key("version").value(set->version);
        j.key("criteria").value(static_cast<unsigned long>(set->criteria.size()));
        j.key("published");
        if (set->published.empty()) j.null();
        else j.value(set->published);
        j.key("status").value(set_status_id(set->status));
        j.key("sha256").value(set->sha256);
        j.end_object();
    }
    j.end_array();
    return j.str();
}

}  // namespace wwc

#include "criteria_catalog.hpp"

#include <sys/stat.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "criteria_loader.hpp"
#include "diagnostics.hpp"
#include "source_file.hpp"
#include "suggest.hpp"

namespace wwc {

std::vector<std::string> CriteriaCatalog::bundled_ids() {
    std::vector<std::string> ids;
    for (const BundledCriteria& b : bundled_criteria()) ids.emplace_back(b.id);
    return ids;
}

std::shared_ptr<const CriteriaSet> CriteriaCatalog::bundled(const std::string& id) {
    if (const auto found = loaded_.find(id); found != loaded_.end()) return found->second;
    for (const BundledCriteria& b : bundled_criteria()) {
        if (b.id != id) continue;
        const std::string name = fmt::format("criteria/{}.yaml", id);
        auto set = std::make_shared<const CriteriaSet>(load_criteria(b.text, name));
        if (set->id != id) throw InputError({name}, fmt::format("its id '{}' differs from its file name", set->id));
        loaded_.emplace(id, set);
        return set;
    }
    return nullptr;
}

std::shared_ptr<const CriteriaSet> CriteriaCatalog::load(const std::string& id_or_path) {
    if (auto set = bundled(id_or_path)) return set;
    if (const auto found = loaded_.find(id_or_path); found != loaded_.end()) return found->second;
    struct stat info {};
    if (id_or_path.find_first_of("/.") == std::string::npos && ::stat(id_or_path.c_str(), &info) != 0) {
        const std::vector<std::string> ids = bundled_ids();
        throw InputError({id_or_path}, fmt::format("no bundled criteria set has this id and there is no such "
                                                   "file (bundled: {}){}",
                                                   fmt::join(ids, ", "), did_you_mean(id_or_path, ids)));
    }
    const std::string text = read_source_file(id_or_path, max_file_size_);
    auto set = std::make_shared<const CriteriaSet>(load_criteria(text, id_or_path));
    loaded_.emplace(id_or_path, set);
    return set;
}

}  // namespace wwc

#include "input/criteria_catalog.hpp"

#include <algorithm>
#include <utility>
#include <sys/stat.h>

#include "input/criteria_loader.hpp"
#include "input/source_file.hpp"
#include "input/yaml_snapshot.hpp"
#include "model/diagnostics.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace wwc {

namespace {

std::string bundled_name(const BundledCriteria& b) { return "criteria/" + std::string(b.id) + ".yaml"; }

// The file's tree and hash come from the build, which parsed it with no
// problem (it refuses a bundled file with one); what reads the tree is the
// loader of any criteria file.
CriteriaSet load_bundled(const BundledCriteria& b) {
    ParsedYaml parsed;
    try {
        parsed.root = read_yaml_snapshot(b.snapshot);
    } catch (const YamlSnapshotError& e) {
        throw YamlSnapshotError("the bundled criteria set " + std::string(b.id) + ": " + e.what());
    }
    return load_criteria(std::move(parsed), bundled_name(b), std::string(b.sha256));
}

}  // namespace

std::vector<std::string> CriteriaCatalog::bundled_ids() {
    std::vector<std::string> ids;
    for (const BundledCriteria& b : bundled_criteria()) ids.emplace_back(b.id);
    return ids;
}

std::shared_ptr<const CriteriaSet> CriteriaCatalog::bundled(const std::string& id) {
    const std::lock_guard<std::mutex> hold(m_lock);
    return bundled_locked(id);
}

std::shared_ptr<const CriteriaSet> CriteriaCatalog::bundled_locked(const std::string& id) {
    if (const auto found = m_loaded.find(id); found != m_loaded.end()) return found->second;
    for (const BundledCriteria& b : bundled_criteria()) {
        if (b.id != id) continue;
        auto set = std::make_shared<const CriteriaSet>(load_bundled(b));
        if (set->id != id)
            throw InputError({bundled_name(b)}, msg("its id '{0}' differs from its file name", set->id));
        m_loaded.emplace(id, set);
        return set;
    }
    return nullptr;
}

std::shared_ptr<const CriteriaSet> CriteriaCatalog::load(const std::string& id_or_path) {
    const std::lock_guard<std::mutex> hold(m_lock);
    if (auto set = bundled_locked(id_or_path)) return set;
    if (const auto found = m_loaded.find(id_or_path); found != m_loaded.end()) return found->second;
    struct stat info {};
    if (id_or_path.find_first_of("/.") == std::string::npos && ::stat(id_or_path.c_str(), &info) != 0) {
        const std::vector<std::string> ids = bundled_ids();
        throw InputError({id_or_path},
                         suggesting(msg("no bundled criteria set has this id and there is no such file (bundled: {0})",
                                        join(ids)),
                                    closest_match(id_or_path, ids)));
    }
    auto set = std::make_shared<const CriteriaSet>(
        load_criteria(read_source_file(id_or_path, m_max_file_size), id_or_path));
    m_loaded.emplace(id_or_path, set);
    return set;
}

std::vector<std::shared_ptr<const CriteriaSet>> CriteriaCatalog::all() {
    const std::lock_guard<std::mutex> hold(m_lock);
    for (const BundledCriteria& b : bundled_criteria()) bundled_locked(std::string(b.id));
    std::vector<std::shared_ptr<const CriteriaSet>> sets;
    for (const auto& [key, set] : m_loaded)
        if (std::find(sets.begin(), sets.end(), set) == sets.end()) sets.push_back(set);
    return sets;
}

}  // namespace wwc

#pragma once
// Where criteria sets come from: the bundled files compiled into the binary, or a
// file the user names.

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "model/criteria.hpp"

namespace wwc {

/// A criteria file compiled into the binary (generated from criteria/*.yaml):
/// its text and, made from the text at build time, its SHA-256 and the
/// snapshot of its parsed tree (input/yaml_snapshot.hpp) the set is loaded from.
struct BundledCriteria {
    std::string_view id;
    std::string_view text;
    std::string_view sha256;  ///< hex
    std::string_view snapshot;
};

/// The bundled criteria files, in id order.
const std::vector<BundledCriteria>& bundled_criteria();

/// Loads criteria sets once each, on first use, and hands out shared, immutable
/// copies. Safe to share between threads.
class CriteriaCatalog {
public:
    explicit CriteriaCatalog(std::size_t max_file_size) : m_max_file_size(max_file_size) {}

    /// A bundled set by id (loaded on first use), or nullptr when none has that id.
    std::shared_ptr<const CriteriaSet> bundled(const std::string& id);

    /// A bundled id, or else the path of a criteria file; throws InputError.
    std::shared_ptr<const CriteriaSet> load(const std::string& id_or_path);

    /// Every bundled set and every set loaded from a file so far, each once.
    std::vector<std::shared_ptr<const CriteriaSet>> all();

    /// The ids of the bundled sets.
    static std::vector<std::string> bundled_ids();

private:
    std::shared_ptr<const CriteriaSet> bundled_locked(const std::string& id);

    std::mutex m_lock;  // guards m_loaded
    std::size_t m_max_file_size;
    std::map<std::string, std::shared_ptr<const CriteriaSet>> m_loaded;  // by id or path as asked
};

}  // namespace wwc

#include "scoring.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "assessment_loader.hpp"
#include "crosswalk.hpp"
#include "sha256.hpp"
#include "suggest.hpp"
#include "yaml_tree.hpp"

namespace wwc {
namespace {

struct Loaded {
    std::shared_ptr<const CriteriaSet> set;  // the set to score with
    Assessment assessment;                   // answers to `set` (mapped when needed)
    std::vector<Diagnostic> diagnostics;
};

Loaded load(const std::string& text, const std::string& path, CriteriaCatalog& catalog,
            const ScoreOptions& options) {
    std::vector<Diagnostic> problems;
    const YamlNode root = parse_yaml(check_utf8(text, path), path, {}, &problems);
    std::shared_ptr<const CriteriaSet> scoring;
    if (!options.criteria.empty()) scoring = catalog.load(options.criteria);

    const YamlNode* id_node = root.find("criteria");
    const std::string answered_id =
        id_node && id_node->kind == YamlNode::Kind::scalar ? id_node->value : std::string();
    std::shared_ptr<const CriteriaSet> answered =
        scoring && scoring->id == answered_id ? scoring : catalog.bundled(answered_id);

    const auto problem = [&](std::string message) {
        problems.push_back({Severity::error, {path, id_node->line, id_node->column}, std::move(message)});
    };
    if (!answered && !answered_id.empty()) {
        std::vector<std::string> known = CriteriaCatalog::bundled_ids();
        if (scoring) known.push_back(scoring->id);
        problem(fmt::format("unknown criteria set '{}' (known: {}){}", answered_id, fmt::join(known, ", "),
                            did_you_mean(answered_id, known)));
    } else if (scoring && answered && scoring != answered && !has_crosswalk(*answered, *scoring)) {
        problem(fmt::format("the file answers '{}' but is scored with '{}', and neither has a crosswalk from "
                            "the other",
                            answered_id, scoring->id));
    }

    Loaded out;
    try {
        LoadedAssessment loaded = load_assessment(root, path, answered.get(), options.as_of);
        out.assessment = std::move(loaded.assessment);
        out.diagnostics = std::move(loaded.diagnostics);
    } catch (const InputError& e) {
        problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
    if (has_errors(problems)) {
        sort_by_place(problems);  // the report reads top to bottom
        throw InputError(std::move(problems));
    }
    out.assessment.sha256 = sha256_hex(text);
    out.set = scoring ? scoring : answered;
    if (out.set != answered) out.assessment = map_through_crosswalk(out.assessment, *answered, *out.set);
    return out;
}

}  // namespace

ScoredAssessment score_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options) {
    return score_text(read_source_file(path, options.max_file_size), path, catalog, options);
}

ScoredAssessment score_text(const std::string& text, const std::string& path, CriteriaCatalog& catalog,
                            const ScoreOptions& options) {
    Loaded loaded = load(text, path, catalog, options);
    ScoredAssessment out;
    out.set = loaded.set;
    out.assessment = std::move(loaded.assessment);
    out.diagnostics = std::move(loaded.diagnostics);
    out.evaluation = evaluate(*out.set, out.assessment);
    out.gaps = analyse_gaps(*out.set, out.evaluation);
    return out;
}

std::vector<Diagnostic> check_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options) {
    return load(read_source_file(path, options.max_file_size), path, catalog, options).diagnostics;
}

}  // namespace wwc

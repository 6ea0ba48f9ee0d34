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

// Why `scoring` cannot score answers to `answered`, or "" when it can.
std::string crosswalk_problem(const CriteriaSet& answered, const CriteriaSet& scoring) {
    if (&answered == &scoring || has_crosswalk(answered, scoring)) return {};
    return fmt::format("the file answers '{}' but is scored with '{}', and neither has a crosswalk from the other",
                       answered.id, scoring.id);
}

}  // namespace

ReadAssessment read_assessment(const std::string& text, const std::string& path, CriteriaCatalog& catalog,
                               const ScoreOptions& options) {
    std::vector<Diagnostic> problems;
    const YamlNode root = parse_yaml(check_utf8(text, path), path, {}, &problems);
    std::shared_ptr<const CriteriaSet> scoring;
    if (!options.criteria.empty()) scoring = catalog.load(options.criteria);

    ReadAssessment out;
    const YamlNode* id_node = root.find("criteria");
    const std::string answered_id =
        id_node && id_node->kind == YamlNode::Kind::scalar ? id_node->value : std::string();
    if (id_node) out.criteria_key = {path, id_node->line, id_node->column};
    out.answered = scoring && scoring->id == answered_id ? scoring : catalog.bundled(answered_id);

    const auto problem = [&](std::string message) {
        problems.push_back({Severity::error, out.criteria_key, std::move(message)});
    };
    if (!out.answered && !answered_id.empty()) {
        std::vector<std::string> known = CriteriaCatalog::bundled_ids();
        if (scoring) known.push_back(scoring->id);
        problem(fmt::format("unknown criteria set '{}' (known: {}){}", answered_id, fmt::join(known, ", "),
                            did_you_mean(answered_id, known)));
    } else if (scoring && out.answered) {
        if (std::string why = crosswalk_problem(*out.answered, *scoring); !why.empty()) problem(std::move(why));
    }

    try {
        LoadedAssessment loaded = load_assessment(root, path, out.answered.get(), options.as_of);
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
    out.scoring = scoring ? scoring : out.answered;
    return out;
}

ScoredAssessment score_read(ReadAssessment read, std::shared_ptr<const CriteriaSet> set) {
    if (std::string why = crosswalk_problem(*read.answered, *set); !why.empty())
        throw InputError(read.criteria_key, why);
    ScoredAssessment out;
    out.assessment = set == read.answered ? std::move(read.assessment)
                                          : map_through_crosswalk(read.assessment, *read.answered, *set);
    out.set = std::move(set);
    out.diagnostics = std::move(read.diagnostics);
    out.evaluation = evaluate(*out.set, out.assessment);
    out.gaps = analyse_gaps(*out.set, out.evaluation);
    return out;
}

ScoredAssessment score_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options) {
    return score_text(read_source_file(path, options.max_file_size), path, catalog, options);
}

ScoredAssessment score_text(const std::string& text, const std::string& path, CriteriaCatalog& catalog,
                            const ScoreOptions& options) {
    ReadAssessment read = read_assessment(text, path, catalog, options);
    std::shared_ptr<const CriteriaSet> set = read.scoring;
    return score_read(std::move(read), std::move(set));
}

std::vector<Diagnostic> check_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options) {
    return read_assessment(read_source_file(path, options.max_file_size), path, catalog, options).diagnostics;
}

}  // namespace wwc

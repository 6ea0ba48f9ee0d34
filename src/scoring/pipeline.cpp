#include "scoring/pipeline.hpp"

#include "input/assessment_loader.hpp"
#include "input/yaml_tree.hpp"
#include "scoring/crosswalk.hpp"
#include "scoring/evaluator.hpp"
#include "scoring/gap_analysis.hpp"
#include "util/sha256.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

// The sets the answers to `answered` pass through to be scored with `scoring`,
// or why there is no way.
std::vector<const CriteriaSet*> chain_or_throw(const CriteriaSet& answered, const CriteriaSet& scoring,
                                               CriteriaCatalog& catalog, const Location& at) {
    if (auto chain = crosswalk_chain(answered, scoring, catalog.all())) return std::move(*chain);
    throw InputError(at, msg("the file answers '{0}' but is scored with '{1}', and no crosswalk leads from one to "
                             "the other: give '{1}' a 'crosswalk' from '{0}' (or from a set that has one from '{0}')",
                             answered.id, scoring.id));
}

}  // namespace

ReadAssessment read_assessment(const std::string& text, const std::string& path, CriteriaCatalog& catalog,
                               const ScoreOptions& options) {
    ParsedYaml parsed = parse_yaml(check_utf8(text, path), path);
    std::vector<Diagnostic> problems = std::move(parsed.problems);
    const YamlNode& root = parsed.root;
    std::shared_ptr<const CriteriaSet> scoring;
    if (!options.criteria.empty()) scoring = catalog.load(options.criteria);

    ReadAssessment out;
    const YamlNode* id_node = root.find("criteria");
    const std::string answered_id = id_node && id_node->kind == YamlNode::Kind::scalar ? id_node->value : std::string();
    if (id_node) out.criteria_key = {path, id_node->line, id_node->column};
    out.answered = scoring && scoring->id == answered_id ? scoring : catalog.bundled(answered_id);

    const auto problem = [&](Message message) {
        problems.push_back({Severity::error, out.criteria_key, std::move(message)});
    };
    if (!out.answered && !answered_id.empty()) {
        std::vector<std::string> known = CriteriaCatalog::bundled_ids();
        if (scoring) known.push_back(scoring->id);
        problem(suggesting(msg("unknown criteria set '{0}' (known: {1})", answered_id, join(known)),
                           closest_match(answered_id, known)));
    } else if (scoring && out.answered) {
        try {
            chain_or_throw(*out.answered, *scoring, catalog, out.criteria_key);
        } catch (const InputError& e) {
            problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
        }
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

ScoredAssessment score_read(ReadAssessment read, std::shared_ptr<const CriteriaSet> set,
                            CriteriaCatalog& catalog) {
    ScoredAssessment out;
    if (set == read.answered || set->id == read.answered->id) {
        out.assessment = std::move(read.assessment);
    } else {
        out.assessment = map_through_chain(read.assessment, chain_or_throw(*read.answered, *set, catalog, read.criteria_key));
    }
    out.answered = std::move(read.answered);
    out.set = std::move(set);
    out.diagnostics = std::move(read.diagnostics);
    out.evaluation = evaluate(*out.set, out.assessment);
    out.gaps = analyse_gaps(*out.set, out.evaluation);
    return out;
}

ScoredAssessment score_text(const std::string& text, const std::string& path, CriteriaCatalog& catalog,
                            const ScoreOptions& options) {
    ReadAssessment read = read_assessment(text, path, catalog, options);
    std::shared_ptr<const CriteriaSet> set = read.scoring;
    return score_read(std::move(read), std::move(set), catalog);
}

ScoredAssessment score_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options) {
    return score_text(read_input(path, options.max_file_size), display_name(path), catalog, options);
}

std::vector<Diagnostic> check_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options) {
    return read_assessment(read_input(path, options.max_file_size), display_name(path), catalog, options).diagnostics;
}

}  // namespace wwc

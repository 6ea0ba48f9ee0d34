#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "input/assessment_files.hpp"
#include "input/source_file.hpp"
#include "scoring/run.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::TempDir;

namespace {

namespace fs = std::filesystem;

// Each path of `files`, and its error in brackets when it has one; `root` cut from the front.
std::vector<std::string> listing(const AssessmentFiles& files, const std::string& root = "") {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::string line(files.path(i).substr(root.size()));
        if (const Diagnostic* error = files.error(i)) line += " [" + wwc::test::text(*error).substr(root.size()) + "]";
        out.push_back(line);
    }
    return out;
}

Diagnostic error_at(const std::string& path, const std::string& what) {
    return {Severity::error, {path}, msg("cannot read: {0}", what)};
}

// A report as one line: the file below `root`, then its score or its first error in brackets.
std::string describe(const FileReport& r, const std::string& root) {
    const std::string file = r.path.substr(root.size());
    if (const Diagnostic* error = first_error(r.diagnostics))
        return file + " [" + wwc::test::text(*error).substr(root.size()) + "]";
    if (!r.scored) return file + ": neither score nor error";
    const ScoreLine s = score_line(*r.scored);
    return file + " " + r.scored->assessment.city.name + " " + s.criteria + " " +
           (s.level_id.empty() ? "none" : s.level_id) + " " + std::to_string(s.points) + "/" +
           std::to_string(s.max_points) + " " + std::to_string(s.percent) + "%" + (s.estimate ? " estimate" : "");
}

// The rows of a batch over `files` on `jobs` threads, described; each progress call as "done/total".
std::vector<std::string> score_all(const AssessmentFiles& files, unsigned jobs, const std::string& root,
                                   std::vector<std::string>& progress) {
    CriteriaCatalog catalog(default_max_file_size);
    const RunOptions options{"", "", default_max_file_size, jobs, "2026-11-24", false};
    std::vector<std::string> rows;
    run_files(
        files, catalog, options, [&](const FileReport& report) { rows.push_back(describe(report, root)); },
        [&](std::size_t done, std::size_t total) {
            progress.push_back(std::to_string(done) + "/" + std::to_string(total));
        });
    return rows;
}

}  // namespace

TEST_CASE("AssessmentFiles sorts paths byte by byte and drops repeats") {
    AssessmentFiles files;
    for (const char* path : {"b.yaml", "a/b.yaml", "a.yaml", "b.yaml", "Z.yaml", "\xc3\xa9t\xc3\xa9.yaml", "a.yaml"})
        files.add(path, false);
    files.finish();
    CHECK(listing(files) ==
          std::vector<std::string>{"Z.yaml", "a.yaml", "a/b.yaml", "b.yaml", "\xc3\xa9t\xc3\xa9.yaml"});
}

TEST_CASE("AssessmentFiles keeps each error with its path after sorting") {
    AssessmentFiles files;
    files.add("m.yaml", false);
    files.add("z/gone", true, error_at("z/gone", "No such file"));
    files.add("\xc3\xa9/locked", false, error_at("\xc3\xa9/locked", "Permission denied"));
    files.add("a.yaml", false);
    files.add("c/locked", false, error_at("c/locked", "Permission denied"));
    files.add("m.yaml", false);
    files.finish();
    CHECK(listing(files) == std::vector<std::string>{
                                "a.yaml",
                                "c/locked [c/locked: error: cannot read: Permission denied]",
                                "m.yaml",
                                "z/gone [z/gone: error: cannot read: No such file]",
                                "\xc3\xa9/locked [\xc3\xa9/locked: error: cannot read: Permission denied]",
                            });
}

TEST_CASE("find_assessments takes *.yaml and *.yml files in any case under folders and files named directly") {
    const TempDir dir;
    for (const char* file : {"a.yaml", "Z.YAML", "notes.txt", "sub/b.yml", "sub/README.md", "sub/deeper/c.Yaml",
                             "dir.yaml/e.yaml", "sub/x.yaml.bak", ".github/workflows/ci.yml", ".pre-commit-config.yaml",
                             "sub/.hidden/h.yaml", "vendor/v.yaml"})
        dir.write(file, "x: 1\n");
    const std::string root = dir.path().string() + "/";
    const AssessmentFiles files =
        find_assessments({dir / "sub", dir.path().string(), dir / "notes.txt", dir / "missing"}, {"vendor"});
    CHECK(listing(files, root) == std::vector<std::string>{
                                      "Z.YAML",
                                      "a.yaml",
                                      "dir.yaml/e.yaml",
                                      "missing [missing: error: no such file or directory]",
                                      "notes.txt",
                                      "sub/b.yml",
                                      "sub/deeper/c.Yaml",
                                  });
    CHECK(files.named(3));
    CHECK_FALSE(files.named(0));
}

TEST_CASE("says_assessment finds a top-level format line") {
    CHECK(says_assessment("# x\nformat: wwc-assessment/1\n"));
    CHECK(says_assessment("format: \"wwc-assessment/1\"\ncity: x\n"));
    CHECK(says_assessment("a: 1\nformat:   'wwc-assessment/2'"));
    CHECK_FALSE(says_assessment("repos:\n  - repo: local\n"));
    CHECK_FALSE(says_assessment("  format: wwc-assessment/1\n"));
    CHECK_FALSE(says_assessment("format: wwc-criteria/1\n"));
}

TEST_CASE("run_files hands reports over in path order, the same with 1 and 4 jobs, a broken file as an error row") {
    const TempDir dir;
    const std::vector<std::string> examples = {"cambridge-2020", "cambridge-2021", "cambridge-2023",
                                               "missing-core",   "no-outcome",     "tempe-2024"};
    for (const char* copy : {"copy2", "copy1"})
        for (const std::string& example : examples)
            dir.write(std::string(copy) + "/" + example + ".yaml",
                      wwc::test::read_file(std::string(WWC_SOURCE_DIR) + "/examples/" + example + ".yaml"));
    dir.write("copy1/broken.yaml", R"(format: wwc-assessment/1
criteria: wwc-2017
city: {name: Broken, country: US, population: 50000}
assessed_on: 2024-02-30
responses: {DG1: met}
)");
    const std::string root = dir.path().string() + "/";
    const AssessmentFiles files = find_assessments({dir / "copy2", dir / "copy1"}, {});
    REQUIRE(files.size() == 13);

    std::vector<std::string> expected;
    expected.push_back("copy1/broken.yaml [copy1/broken.yaml:4:14: error: 'assessed_on' must be a date written "
                       "YYYY-MM-DD, not '2024-02-30']");
    for (const char* copy : {"copy1/", "copy2/"}) {
        const std::string c = copy;
        expected.insert(expected.end(), {
                                            c + "cambridge-2020.yaml Cambridge wwc-2017 silver 26/45 58%",
                                            c + "cambridge-2021.yaml Cambridge wwc-2017 gold 33/45 73%",
                                            c + "cambridge-2023.yaml Cambridge wwc-2022 gold 32/43 74%",
                                            c + "missing-core.yaml Lakeview wwc-2022 none 33/43 77%",
                                            c + "no-outcome.yaml Riverbend wwc-2022 none 31/43 72%",
                                            c + "tempe-2024.yaml Tempe wwc-2022 platinum 40/43 93%",
                                        });
    }

    std::vector<std::string> progress_1;
    std::vector<std::string> progress_4;
    CHECK(score_all(files, 1, root, progress_1) == expected);
    CHECK(score_all(files, 4, root, progress_4) == expected);
    std::vector<std::string> one_to_13;
    for (int done = 1; done <= 13; ++done) one_to_13.push_back(std::to_string(done) + "/13");
    CHECK(progress_1 == one_to_13);
    CHECK(progress_4 == one_to_13);
}

TEST_CASE("run_files never calls a sink again once it threw, and rethrows after every thread stopped") {
    // The sink fails on its first report (a disk that filled up). While it holds the
    // queue, the other threads finish their files and wait: none may hand it another
    // report, nor the one it failed on (a moved-from report crashed the writer).
    const std::string example = std::string(WWC_SOURCE_DIR) + "/examples/cambridge-2023.yaml";
    const AssessmentFiles files = named_files(std::vector<std::string>(64, example));
    for (int round = 0; round < 5; ++round) {
        CriteriaCatalog catalog(default_max_file_size);
        const RunOptions options{"", "", default_max_file_size, 8, "2026-11-24", false};
        std::size_t calls = 0;
        const auto sink = [&](const FileReport&) {
            ++calls;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));  // long enough for the others to queue up
            throw std::runtime_error("disk full");
        };
        CHECK_THROWS_WITH(run_files(files, catalog, options, sink), "disk full");
        CHECK(calls == 1);
    }
}

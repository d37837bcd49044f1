// SPDX-License-Identifier: Apache-2.0
// The bad-input corpus (tests/data/bad/manifest.json, written by scripts/make_bad_corpus.py): every
// file must be refused with the error class, the location and the message its entry names. A crash
// ends the test binary and an endless loop runs into ctest's timeout, so merely finishing bounds both;
// no test here measures time. docs/reliability.md describes the corpus and the guarantees.
#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <sys/resource.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "miljoplan/calendar/timing.h"
#include "miljoplan/io/csv.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "miljoplan/rules/validate.h"
#include "test_support.h"

namespace {

using miljoplan::testing::read_file;

std::string bad_dir() { return miljoplan::testing::source_dir() + "/tests/data/bad"; }

struct BadCase {
    std::string id;           // test name: the file (or generated input) with punctuation folded to '_'
    std::string file;         // relative to tests/data/bad; empty for an input built at run time
    nlohmann::json entry;     // the manifest entry
};

// GoogleTest names the case in a failure by this, not by a dump of the struct's bytes.
void PrintTo(const BadCase& c, std::ostream* out)
{
    *out << (c.file.empty() ? "generated " + c.entry.at("name").get<std::string>() : c.file);
}

std::string identifier(const std::string& text)
{
    std::string out;
    for (char c : text) out += (std::isalnum(static_cast<unsigned char>(c)) != 0) ? c : '_';
    return out;
}

const nlohmann::json& manifest()
{
    static const nlohmann::json document = nlohmann::json::parse(read_file(bad_dir() + "/manifest.json"));
    return document;
}

std::vector<BadCase> cases(const char* list)
{
    std::vector<BadCase> out;
    for (const auto& entry : manifest().at(list)) {
        const bool generated = entry.contains("name");
        const std::string name = generated ? entry.at("name").get<std::string>() : entry.at("file").get<std::string>();
        out.push_back({identifier(name), generated ? std::string() : name, entry});
    }
    return out;
}

/// What reading a bad input came to: which of our exceptions, where, and what it said.
struct Outcome {
    std::string kind = "ok";  // "ok", "parse", "schema", "invalid", "io" or "other"
    miljoplan::SourceLocation location;
    std::string message;
    std::string detail;
    std::shared_ptr<miljoplan::Plan> plan;  // for "ok" plans: validate() is checked next
};

Outcome run_loader(const nlohmann::json& entry, const std::string& data, const std::string& path, const std::string& source)
{
    Outcome out;
    const std::string loader = entry.at("loader");
    try {
        if (loader == "plan") {
            out.plan = path.empty() ? miljoplan::plan_from_json(data, source) : miljoplan::load_plan(path);
        } else if (loader == "profile") {
            if (path.empty()) miljoplan::organisation_from_json(data, source);
            else miljoplan::load_profile(path);
        } else if (loader == "goals") {
            miljoplan::goal_catalog_from_json(data, source);
        } else if (loader == "csv") {
            miljoplan::activities_from_csv(data, source);
        } else if (loader == "timing") {
            miljoplan::TimingContext context;
            if (entry.contains("context_year") && !entry.at("context_year").is_null()) context.year = entry.at("context_year").get<int>();
            miljoplan::parse_timing(data, context);
        } else {
            ADD_FAILURE() << "unknown loader " << loader;
        }
    } catch (const miljoplan::SchemaError& e) {
        out = {"schema", e.location(), e.what(), e.detail(), nullptr};
    } catch (const miljoplan::ParseError& e) {
        out = {"parse", e.location(), e.what(), e.detail(), nullptr};
    } catch (const miljoplan::InvalidArgument& e) {
        out = {"invalid", {}, e.what(), e.what(), nullptr};
    } catch (const miljoplan::IoError& e) {
        out = {"io", {}, e.what(), e.what(), nullptr};
    } catch (const std::exception& e) {
        out = {"other", {}, e.what(), e.what(), nullptr};
    }
    return out;
}

long peak_memory_kb()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A loose bound on the peak memory one input may add (the largest is 8 MB): it catches a reader that
// builds something many times the input's size, without depending on the allocator's details.
constexpr long kMemoryBoundKb = 1024L * 1024L;

int integer(const nlohmann::json& entry, const char* key)
{
    return entry.contains(key) ? entry.at(key).get<int>() : 0;
}

std::string text(const nlohmann::json& entry, const char* key)
{
    return entry.contains(key) ? entry.at(key).get<std::string>() : std::string();
}

void check(const nlohmann::json& entry, const std::string& data, const std::string& path, const std::string& source)
{
    if (entry.contains("known_bug")) GTEST_SKIP() << "known bug: " << entry.at("known_bug").get<std::string>();
    const long before = peak_memory_kb();
    const Outcome outcome = run_loader(entry, data, path, source);
    EXPECT_LT(peak_memory_kb() - before, kMemoryBoundKb);
    const std::string error = entry.at("error");
    const std::string message = entry.at("message");
    if (error == "validate") {
        ASSERT_EQ(outcome.kind, "ok") << outcome.message;
        ASSERT_TRUE(outcome.plan);
        const auto findings = miljoplan::validate(*outcome.plan, miljoplan::builtin_goal_catalog());
        const auto found = std::find_if(findings.begin(), findings.end(),
                                        [&](const miljoplan::Finding& f) { return f.code == text(entry, "finding"); });
        ASSERT_NE(found, findings.end()) << "no " << text(entry, "finding") << " finding";
        EXPECT_EQ(found->path, text(entry, "path"));
        EXPECT_NE(found->message.find(message), std::string::npos) << found->message;
        return;
    }
    // A timing error is a ParseError like any other; the manifest names it apart for its location.
    ASSERT_EQ(outcome.kind, error == "timing" ? "parse" : error) << outcome.message;
    EXPECT_NE(outcome.message.find(message), std::string::npos) << outcome.message;
    if (error == "invalid") return;
    const miljoplan::SourceLocation& at = outcome.location;
    if (error == "timing") {
        EXPECT_EQ(at.source, "\"" + data + "\"");
        EXPECT_EQ(at.line, 1u);
        EXPECT_EQ(at.column, static_cast<std::size_t>(integer(entry, "column")));
        EXPECT_NE(outcome.detail.find(text(entry, "word")), std::string::npos) << outcome.detail;
        return;
    }
    const std::string expected_source = entry.contains("source") ? bad_dir() + "/" + text(entry, "source") : source;
    EXPECT_EQ(at.source, expected_source);
    EXPECT_EQ(at.path, text(entry, "path"));
    EXPECT_EQ(at.line, static_cast<std::size_t>(integer(entry, "line")));
    EXPECT_EQ(at.column, static_cast<std::size_t>(integer(entry, "column")));
    // The message starts with the location, so that a user sees where before what.
    EXPECT_EQ(outcome.message.rfind(at.to_string() + ": ", 0), 0u) << outcome.message;
}

// Joins the parts of a generated input; in a part [text, times, "numbered"], "{i}" counts the repetitions.
std::string build(const nlohmann::json& parts)
{
    std::string out;
    for (const auto& part : parts) {
        const std::string piece = part.at(0);
        const std::size_t times = part.at(1);
        const bool numbered = part.size() > 2;
        const std::size_t mark = piece.find("{i}");
        out.reserve(out.size() + piece.size() * times);
        for (std::size_t i = 0; i < times; ++i) {
            if (numbered && mark != std::string::npos) out += piece.substr(0, mark) + std::to_string(i) + piece.substr(mark + 3);
            else out += piece;
        }
    }
    return out;
}

class BadCorpusFile : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadCorpusFile, IsRefusedWithTheExpectedErrorAtItsLocation)
{
    const BadCase& c = GetParam();
    const std::string path = bad_dir() + "/" + c.file;
    const std::string loader = c.entry.at("loader");
    // Plans and profiles are loaded from the file, as users do; the rest from its bytes under its name.
    const bool reads_file = loader == "plan" || loader == "profile";
    check(c.entry, read_file(path), reads_file ? path : std::string(), path);
}

INSTANTIATE_TEST_SUITE_P(BadCorpus, BadCorpusFile, ::testing::ValuesIn(cases("cases")),
                         [](const ::testing::TestParamInfo<BadCase>& row) { return row.param.id; });

class BadCorpusGenerated : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadCorpusGenerated, IsRefusedWithTheExpectedErrorAtItsLocation)
{
    const BadCase& c = GetParam();
    check(c.entry, build(c.entry.at("parts")), std::string(), "<" + text(c.entry, "name") + ">");
}

INSTANTIATE_TEST_SUITE_P(BadCorpus, BadCorpusGenerated, ::testing::ValuesIn(cases("generated")),
                         [](const ::testing::TestParamInfo<BadCase>& row) { return row.param.id; });

// Every file below tests/data/bad, in the first corpus or a kind's directory, recursively.
void list_files(const std::string& root, const std::string& relative, std::vector<std::string>& out)
{
    DIR* dir = ::opendir((root + (relative.empty() ? "" : "/" + relative)).c_str());
    if (dir == nullptr) return;
    while (const dirent* item = ::readdir(dir)) {
        const std::string name = item->d_name;
        if (name == "." || name == "..") continue;
        const std::string child = relative.empty() ? name : relative + "/" + name;
        if (item->d_type == DT_DIR) list_files(root, child, out);
        else out.push_back(child);
    }
    ::closedir(dir);
}

TEST(BadCorpus, ManifestListsEveryFileOnce)
{
    std::vector<std::string> on_disk;
    list_files(bad_dir(), "", on_disk);
    on_disk.erase(std::remove(on_disk.begin(), on_disk.end(), "manifest.json"), on_disk.end());
    std::sort(on_disk.begin(), on_disk.end());
    std::vector<std::string> listed;
    for (const auto& c : cases("cases")) listed.push_back(c.file);
    std::sort(listed.begin(), listed.end());
    EXPECT_EQ(std::adjacent_find(listed.begin(), listed.end()), listed.end());
    EXPECT_EQ(listed, on_disk);
}

TEST(BadCorpus, CoversEveryLoaderAndErrorClass)
{
    std::map<std::string, int> per_loader;
    std::set<std::string> errors;
    int files = 0;
    for (const auto& c : cases("cases")) {
        if (c.file.find('/') == std::string::npos) continue;  // the first corpus, directly in bad/
        ++files;
        ++per_loader[c.entry.at("loader").get<std::string>()];
        errors.insert(c.entry.at("error").get<std::string>());
    }
    EXPECT_GE(files, 110);
    for (const char* loader : {"plan", "profile", "goals", "csv", "timing"}) EXPECT_GE(per_loader[loader], 10) << loader;
    for (const char* error : {"parse", "schema", "timing", "validate"}) EXPECT_EQ(errors.count(error), 1u) << error;
}

}  // namespace

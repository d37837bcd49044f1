// SPDX-License-Identifier: Apache-2.0
// Each file of tests/data/bad must fail to load with the expected exception at the expected place.
#include <algorithm>
#include <map>

#include <gtest/gtest.h>

#include "miljoplan/io/json.h"
#include "test_support.h"

namespace {

std::string repeat(std::string head, const std::string& part, int times)
{
    for (int i = 0; i < times; ++i) head += part;
    return head;
}

std::string bad_dir() { return miljoplan::testing::test_data_dir() + "/bad"; }

struct Expected {
    std::string kind;   // "parse" for bad syntax, "schema" for well-formed JSON of the wrong shape
    std::string where;  // "$..." the exact JSON path, or "line:column" counted in characters
};

// Line and column were counted by hand on the file's bytes; see each file.
const std::map<std::string, Expected>& corpus()
{
    static const std::map<std::string, Expected> table{
        {"truncated.json", {"parse", "4:1"}},            // input ends after the newline of line 3
        {"trailing_comma.json", {"parse", "1:32"}},      // the '}' after the last comma
        {"bare_word.json", {"parse", "1:28"}},           // the unquoted p
        {"empty.json", {"parse", "1:1"}},
        {"invalid_utf8_latin1.json", {"parse", "3:17"}},    // "Milj" then a Latin-1 ö (0xF6)
        {"invalid_utf8_surrogate.json", {"parse", "1:33"}}, // 0xED 0xA0: U+D800 begins; column of 0xA0
        {"nul_in_string.json", {"parse", "1:30"}},
        {"nul_after_document.json", {"parse", "1:88"}},  // a complete plan of 87 characters, then NUL
        {"number_overflow.json", {"parse", "$.x_future"}},
        // 70 arrays in x_deep: the 64th array is level 65 and inside 62 arrays that already hold an element
        {"deep_nesting.json", {"schema", repeat("$.x_deep", "[0]", 62)}},
        {"not_an_object.json", {"schema", "$"}},
        {"missing_schema.json", {"schema", "$"}},
        {"newer_schema.json", {"schema", "$.schema"}},
        {"wrong_schema_name.json", {"schema", "$.schema"}},
        {"title_not_string.json", {"schema", "$.title"}},
        {"duplicate_key.json", {"schema", "$.organisation"}},
        {"duplicate_activity_id.json", {"schema", "$.activities[1]"}},
        {"duplicate_budget_line_id.json", {"schema", "$.budget.costs[1].id"}},
        {"empty_activity_id.json", {"schema", "$.activities[0]"}},
        {"empty_actor_ref.json", {"schema", "$.activities[0].responsible.refs[0]"}},
        {"goal_ref_without_goal.json", {"schema", "$.activities[0].effect_goals.goals[0]"}},
        {"unknown_year_status.json", {"schema", "$.years[0].status"}},
        {"unknown_party_kind.json", {"schema", "$.organisation.parties[0].kind"}},
        {"unknown_open_marker.json", {"schema", "$.activities[0].effect_goals.open"}},
        {"unknown_field_seat.json", {"schema", "$.organisation.bodies[0].seats[0].chair"}},
        {"unknown_field_printed_total.json", {"schema", "$.budget.printed_totals.costs.note"}},
        {"unknown_field_plan_year.json", {"schema", "$.years[0].note"}},
        {"amount_decimal.json", {"schema", "$.budget.costs[0].amount"}},
        {"amount_too_large.json", {"schema", "$.budget.costs[0].amount"}},
        {"amount_too_small.json", {"schema", "$.budget.costs[0].amount"}},
        {"amount_int64_overflow.json", {"schema", "$.budget.costs[0].amount"}},
        {"amount_beyond_uint64.json", {"schema", "$.budget.costs[0].amount"}},
        {"amount_as_string.json", {"schema", "$.budget.costs[0].amount"}},
        {"negative_seat_count.json", {"schema", "$.organisation.bodies[0].seats[0].count"}},
        {"negative_population.json", {"schema", "$.organisation.parties[0]"}},
        {"year_beyond_int.json", {"schema", "$.years[0].year"}},
        {"nonconsecutive_years.json", {"schema", "$"}},
        {"impossible_adoption_date.json", {"schema", "$.adoption.date"}},
        {"bad_kommunkod.json", {"schema", "$.organisation.parties[0]"}},
        {"zero_horizon.json", {"schema", "$.organisation.cycle.horizon_years"}},
    };
    return table;
}

}  // namespace

TEST(JsonCorpus, EveryBadFileFailsWithTheExpectedErrorAndLocation)
{
    ASSERT_GE(corpus().size(), 20u);
    for (const auto& [name, expected] : corpus()) {
        SCOPED_TRACE(name);
        const std::string path = bad_dir() + "/" + name;
        const auto outcome = miljoplan::testing::classify([&] { miljoplan::load_plan(path); });
        EXPECT_EQ(outcome.kind, expected.kind) << outcome.message;
        EXPECT_EQ(outcome.location.source, path);
        if (expected.where.front() == '$') {
            EXPECT_EQ(outcome.location.path, expected.where);
            EXPECT_NE(outcome.message.find(" at " + expected.where + ": "), std::string::npos) << outcome.message;
        } else {
            const std::string at = std::to_string(outcome.location.line) + ":" + std::to_string(outcome.location.column);
            EXPECT_EQ(at, expected.where);
            EXPECT_EQ(outcome.message.rfind(path + ":" + expected.where + ": ", 0), 0u) << outcome.message;
        }
    }
}

TEST(JsonCorpus, TableAndDirectoryListTheSameFiles)
{
    // The plan files directly in bad/; the kinds' folders and their manifest belong to test_bad_corpus.cpp.
    std::vector<std::string> on_disk;
    if (DIR* dir = ::opendir(bad_dir().c_str())) {
        while (const dirent* entry = ::readdir(dir)) {
            const std::string name = entry->d_name;
            if (name == "." || name == ".." || name == "manifest.json" || entry->d_type == DT_DIR) continue;
            on_disk.push_back(name);
        }
        ::closedir(dir);
    }
    std::sort(on_disk.begin(), on_disk.end());
    std::vector<std::string> in_table;
    for (const auto& entry : corpus()) in_table.push_back(entry.first);
    EXPECT_EQ(on_disk, in_table);
}

TEST(JsonCorpus, BadFilesAreRejectedFromMemoryAsFromDisk)
{
    for (const auto& [name, expected] : corpus()) {
        const std::string text = miljoplan::testing::read_file(bad_dir() + "/" + name);
        EXPECT_EQ(miljoplan::testing::load_text(text).kind, expected.kind) << name;
    }
}

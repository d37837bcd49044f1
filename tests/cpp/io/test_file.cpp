// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/file.h"
#include "miljoplan/io/json.h"
#include "test_support.h"

using miljoplan::testing::read_file;
using miljoplan::testing::TempDir;

TEST(WriteFileAtomically, CreatesANewFile)
{
    const TempDir dir;
    const std::string path = dir.file("plan.json");
    miljoplan::write_file_atomically(path, std::string("å\0b", 4), false);
    EXPECT_EQ(read_file(path), std::string("å\0b", 4));
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"plan.json"});
}

TEST(WriteFileAtomically, WithoutOverwriteRefusesAnExistingFileAndLeavesItAlone)
{
    const TempDir dir;
    const std::string path = dir.file("plan.json");
    miljoplan::testing::write_file(path, "original");
    try {
        miljoplan::write_file_atomically(path, "replacement", false);
        FAIL() << "an existing file was overwritten";
    } catch (const miljoplan::IoError& e) {
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    }
    EXPECT_EQ(read_file(path), "original");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"plan.json"}) << "a temporary file was left behind";
}

TEST(WriteFileAtomically, WithOverwriteReplacesTheFileAndLeavesNoTemporaryFile)
{
    const TempDir dir;
    const std::string path = dir.file("plan.json");
    miljoplan::testing::write_file(path, "a much longer original content");
    miljoplan::write_file_atomically(path, "new", true);
    EXPECT_EQ(read_file(path), "new");
    miljoplan::write_file_atomically(path, "", true);
    EXPECT_EQ(read_file(path), "");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"plan.json"});
}

TEST(WriteFileAtomically, FailsInAMissingDirectoryWithoutLeavingFiles)
{
    const TempDir dir;
    EXPECT_THROW(miljoplan::write_file_atomically(dir.file("missing/plan.json"), "x", true), miljoplan::IoError);
    EXPECT_TRUE(dir.entries().empty());
}

TEST(ReadTextFile, ReadsBytesAndNamesTheFileOnFailure)
{
    const TempDir dir;
    miljoplan::testing::write_file(dir.file("a"), std::string("\xFF\0\n", 3));
    EXPECT_EQ(miljoplan::read_text_file(dir.file("a")), std::string("\xFF\0\n", 3));
    try {
        miljoplan::read_text_file(dir.file("nothing"));
        FAIL() << "a missing file was read";
    } catch (const miljoplan::IoError& e) {
        EXPECT_NE(std::string(e.what()).find(dir.file("nothing")), std::string::npos) << e.what();
    }
    EXPECT_THROW(miljoplan::read_text_file(dir.path()), miljoplan::IoError);
}

TEST(SavePlan, SaveAndLoadRoundTrip)
{
    const TempDir dir;
    const std::string path = dir.file("jonkoping.json");
    const auto plan = miljoplan::example_plan();
    miljoplan::save_plan(*plan, path);
    EXPECT_EQ(read_file(path), miljoplan::plan_to_json(*plan));
    EXPECT_EQ(*miljoplan::load_plan(path), *plan);
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"jonkoping.json"});
}

TEST(SavePlan, OverwriteNoKeepsTheExistingFile)
{
    const TempDir dir;
    const std::string path = dir.file("plan.json");
    auto plan = miljoplan::example_plan();
    miljoplan::save_plan(*plan, path, miljoplan::Overwrite::No);
    const std::string first = read_file(path);
    plan->set_title("Ändrad plan");
    EXPECT_THROW(miljoplan::save_plan(*plan, path, miljoplan::Overwrite::No), miljoplan::IoError);
    EXPECT_EQ(read_file(path), first);
    miljoplan::save_plan(*plan, path);
    EXPECT_EQ(miljoplan::load_plan(path)->title(), "Ändrad plan");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"plan.json"});
}

// SPDX-License-Identifier: Apache-2.0
// Organisation profiles as data: the built-in profiles are the files under data/profiles, round-trip
// byte-exactly, and plans refer to them by id or by a path relative to the plan.
#include <gtest/gtest.h>

#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "miljoplan/io/text_report.h"
#include "miljoplan/rules/validate.h"
#include "test_support.h"

using miljoplan::testing::read_file;
using miljoplan::testing::source_dir;

TEST(Profiles, BuiltInProfilesAreTheDataFilesAndRoundTrip)
{
    EXPECT_EQ(miljoplan::builtin_profile_ids(), (std::vector<std::string>{"jonkoping", "skane"}));
    for (const auto& id : miljoplan::builtin_profile_ids()) {
        const std::string file = read_file(source_dir() + "/data/profiles/" + id + ".json");
        const auto profile = miljoplan::builtin_profile(id);
        EXPECT_EQ(miljoplan::organisation_to_json(*profile), file) << id;
        EXPECT_EQ(*miljoplan::organisation_from_json(file), *profile) << id;
        EXPECT_EQ(*miljoplan::load_profile(id), *profile) << id;
        EXPECT_EQ(*miljoplan::load_profile(source_dir() + "/data/profiles/" + id + ".json"), *profile) << id;
    }
    EXPECT_THROW(miljoplan::load_profile("vastmanland"), miljoplan::IoError);
}

TEST(Profiles, TheTwoCountiesDiffer)
{
    const auto jonkoping = miljoplan::builtin_profile("jonkoping");
    const auto skane = miljoplan::builtin_profile("skane");
    EXPECT_EQ(jonkoping->name(), "Miljösamverkan Jönköpings län");
    EXPECT_EQ(skane->name(), "Miljösamverkan Skåne");
    ASSERT_EQ(jonkoping->counties().size(), 1u);
    EXPECT_EQ(jonkoping->counties()[0].code, "06");
    ASSERT_EQ(skane->counties().size(), 1u);
    EXPECT_EQ(skane->counties()[0].code, "12");
    // 13 municipalities in Jönköpings län, 33 in Skåne.
    EXPECT_EQ(jonkoping->expand(miljoplan::ActorId("lanets-kommuner")).size(), 13u);
    EXPECT_EQ(skane->expand(miljoplan::ActorId("lanets-kommuner")).size(), 33u);
    EXPECT_EQ(jonkoping->process().size(), 6u);
    EXPECT_EQ(jonkoping->cycle().horizon_years, 3);
    EXPECT_EQ(skane->cycle().horizon_years, 1);
}

TEST(Profiles, APlanRefersToAProfileFileBesideIt)
{
    miljoplan::testing::TempDir dir;
    const std::string profile = read_file(source_dir() + "/examples/new_cooperation/profile.json");
    miljoplan::testing::write_file(dir.path() + "/min-profil.json", profile);
    std::string plan_text = read_file(source_dir() + "/examples/new_cooperation/plan-2026.json");
    const std::string ref = "\"profile\": \"profile.json\"";
    ASSERT_NE(plan_text.find(ref), std::string::npos);
    plan_text.replace(plan_text.find(ref), ref.size(), "\"profile\": \"min-profil.json\"");
    miljoplan::testing::write_file(dir.path() + "/plan.json", plan_text);
    const auto plan = miljoplan::load_plan(dir.path() + "/plan.json");
    EXPECT_EQ(plan->profile(), "min-profil.json");
    EXPECT_EQ(plan->organisation()->name(), "Miljösamverkan Exempellän");
    // Saved unchanged, the plan still refers to the profile; changed, it writes the organisation out.
    EXPECT_NE(miljoplan::plan_to_json(*plan).find("\"organisation\": {\n    \"profile\": \"min-profil.json\"\n  }"),
              std::string::npos);
    plan->organisation()->set_name("Miljösamverkan Exempellän och Grannlän");
    const std::string changed = miljoplan::plan_to_json(*plan);
    EXPECT_EQ(changed.find("min-profil.json"), std::string::npos);
    EXPECT_NE(changed.find("\"name\": \"Miljösamverkan Exempellän och Grannlän\""), std::string::npos);
    EXPECT_EQ(*miljoplan::plan_from_json(changed), *plan);

    // A missing profile file is named, with the JSON path that refers to it.
    plan_text.replace(plan_text.find("min-profil.json"), 15, "saknas.json");
    miljoplan::testing::write_file(dir.path() + "/trasig.json", plan_text);
    try {
        miljoplan::load_plan(dir.path() + "/trasig.json");
        FAIL() << "no error for a missing profile";
    } catch (const miljoplan::SchemaError& e) {
        EXPECT_EQ(e.location().path, "$.organisation.profile");
        EXPECT_NE(std::string(e.what()).find("saknas.json"), std::string::npos) << e.what();
    }
}

TEST(Profiles, TheSecondCountyPlanRunsThroughEveryCommandWithoutCodeOfItsOwn)
{
    const auto plan = miljoplan::builtin_plan("skane-2022");
    EXPECT_EQ(plan->profile(), "skane");
    EXPECT_EQ(plan->activities().size(), 10u);
    EXPECT_EQ(plan->budget(), nullptr);  // no budget on the pages transcribed
    // Its own findings: the two projects whose Projektgrupp cell is empty, and "löpande i Teams".
    const auto findings = miljoplan::validate(*plan, miljoplan::builtin_goal_catalog());
    std::vector<std::string> codes;
    for (const auto& f : findings) codes.push_back(f.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"plan.responsible_missing", "plan.responsible_missing",
                                               "plan.dates_partly_outside_years", "plan.adoption_date_missing",
                                               "timing.unparsed"}));
    EXPECT_EQ(findings[4].path, "$.activities[6].timing");
    EXPECT_NE(findings[4].message.find("\"i Teams\""), std::string::npos) << findings[4].message;
    // Adopted in May of the year before, by Skåne's cycle.
    EXPECT_EQ(plan->adoption_deadline(), miljoplan::make_date(2021, 5, 31));

    const auto wheel = miljoplan::build_year_wheel(*plan);
    EXPECT_EQ(wheel.year, 2022);
    for (const auto& a : wheel.activities) EXPECT_TRUE(a.error.empty()) << a.id.value() << ": " << a.error;
    const std::string report = miljoplan::text_report(*plan, findings);
    EXPECT_NE(report.find("Organisation: Miljösamverkan Skåne"), std::string::npos);
    EXPECT_NE(report.find("b) Projekt som startar 2022 (2)"), std::string::npos);
    EXPECT_NE(report.find("c) Nätverk och övriga aktiviteter 2022 (8)"), std::string::npos);
}

TEST(Profiles, MultiCountyAndOptInMembershipAreExpressible)
{
    auto org = miljoplan::builtin_profile("jonkoping")->clone();
    auto counties = org->counties();
    counties.push_back({"Kronobergs län", "07", "G"});
    org->set_counties(counties);
    org->set_opt_in_members({miljoplan::ActorId("region-jonkopings-lan")});
    const auto again = miljoplan::organisation_from_json(miljoplan::organisation_to_json(*org));
    EXPECT_EQ(*again, *org);
    ASSERT_EQ(again->counties().size(), 2u);
    EXPECT_EQ(again->counties()[1].name, "Kronobergs län");
    EXPECT_EQ(again->opt_in_members(), std::vector<miljoplan::ActorId>{miljoplan::ActorId("region-jonkopings-lan")});
}

TEST(Profiles, SavingAPlanElsewhereKeepsItsProfileReachable)
{
    miljoplan::testing::TempDir home, elsewhere;
    const std::string example = source_dir() + "/examples/new_cooperation/";
    miljoplan::testing::write_file(home.file("profile.json"), read_file(example + "profile.json"));
    miljoplan::testing::write_file(home.file("plan.json"), read_file(example + "plan-2026.json"));
    const auto plan = miljoplan::load_plan(home.file("plan.json"));
    miljoplan::save_plan(*plan, elsewhere.file("kopia.json"));
    const auto again = miljoplan::load_plan(elsewhere.file("kopia.json"));
    EXPECT_EQ(*again, *plan);
    EXPECT_NE(again->profile(), "profile.json");  // a path from the copy's directory to the same file
    EXPECT_EQ(again->profile_base_dir(), elsewhere.path());
    // Saved back beside the profile, the reference is the plain file name again.
    miljoplan::save_plan(*again, home.file("tillbaka.json"));
    EXPECT_NE(read_file(home.file("tillbaka.json")).find("\"profile\": \"profile.json\""), std::string::npos);
    // Built-in profiles are referred to by id wherever the plan goes.
    miljoplan::save_plan(*miljoplan::example_plan(), elsewhere.file("jonkoping.json"));
    EXPECT_NE(read_file(elsewhere.file("jonkoping.json")).find("\"profile\": \"jonkoping\""), std::string::npos);
}

TEST(Profiles, AMeetingFrequencyOutOfOrderNamesItsPath)
{
    std::string text = read_file(source_dir() + "/examples/new_cooperation/profile.json");
    const std::string meetings = "\"min\": 3, \"max\": 4";
    ASSERT_NE(text.find(meetings), std::string::npos);
    text.replace(text.find(meetings), meetings.size(), "\"min\": 4, \"max\": 3");
    try {
        miljoplan::organisation_from_json(text, "profile.json");
        FAIL() << "no error for min > max";
    } catch (const miljoplan::SchemaError& e) {
        EXPECT_EQ(e.location().path, "$.bodies[0].meetings");
        EXPECT_NE(std::string(e.what()).find("min 4 and max 3"), std::string::npos) << e.what();
    }
}

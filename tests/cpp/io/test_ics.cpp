// SPDX-License-Identifier: Apache-2.0
// to_ics(): RFC 5545 framing (CRLF, 75-octet folding that never splits a UTF-8 character), escaping,
// stable UIDs, the monthly RRULE with EXDATE/RDATE for holidays, tentative suggestions, exclusive DTEND.
#include <algorithm>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/ics.h"

using miljoplan::build_year_wheel;
using miljoplan::IcsOptions;
using miljoplan::to_ics;

namespace {

const char* const kStamp = "20240101T000000Z";

std::string ics_for(const miljoplan::Plan& plan, std::optional<int> year = std::nullopt,
                    const miljoplan::WheelOptions& options = {})
{
    IcsOptions ics;
    ics.stamp = kStamp;
    return to_ics(plan, build_year_wheel(plan, year, options), ics);
}

// Physical lines, without their CRLF. Fails the test on a bare CR or LF.
std::vector<std::string> physical_lines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t crlf = text.find("\r\n", start);
        EXPECT_NE(crlf, std::string::npos) << "last line without CRLF";
        if (crlf == std::string::npos) break;
        const std::string line = text.substr(start, crlf - start);
        EXPECT_EQ(line.find('\n'), std::string::npos) << line;
        EXPECT_EQ(line.find('\r'), std::string::npos) << line;
        out.push_back(line);
        start = crlf + 2;
    }
    return out;
}

// Logical lines: continuation lines (leading space) joined to the line before.
std::vector<std::string> unfold(const std::string& text)
{
    std::vector<std::string> out;
    for (const auto& line : physical_lines(text)) {
        if (!line.empty() && line[0] == ' ' && !out.empty()) out.back() += line.substr(1);
        else out.push_back(line);
    }
    return out;
}

bool valid_utf8(const std::string& s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

// One VEVENT: property name (before ';' or ':') -> the values after the first ':'.
using Event = std::multimap<std::string, std::string>;

std::vector<Event> events(const std::string& text)
{
    std::vector<Event> out;
    bool inside = false;
    for (const auto& line : unfold(text)) {
        if (line == "BEGIN:VEVENT") {
            out.emplace_back();
            inside = true;
        } else if (line == "END:VEVENT") {
            inside = false;
        } else if (inside) {
            const std::size_t colon = line.find(':');
            const std::size_t name_end = std::min(colon, line.find(';'));
            out.back().emplace(line.substr(0, name_end), line.substr(colon + 1));
        }
    }
    return out;
}

std::string one(const Event& e, const std::string& name)
{
    const auto range = e.equal_range(name);
    EXPECT_EQ(std::distance(range.first, range.second), 1) << name;
    return range.first == range.second ? std::string() : range.first->second;
}

std::vector<std::string> all(const Event& e, const std::string& name)
{
    std::vector<std::string> out;
    for (auto [it, end] = e.equal_range(name); it != end; ++it) out.push_back(it->second);
    return out;
}

const Event& by_uid(const std::vector<Event>& list, const std::string& uid)
{
    for (const auto& e : list)
        if (one(e, "UID") == uid) return e;
    static const Event none;
    ADD_FAILURE() << "no event " << uid;
    return none;
}

TEST(Ics, FramingFoldingAndLineEnds)
{
    const std::string ics = ics_for(*miljoplan::example_plan());
    EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
    ASSERT_GE(ics.size(), 15u);
    EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
    std::size_t folded = 0;
    for (const auto& line : physical_lines(ics)) {
        EXPECT_LE(line.size(), 75u) << line;
        // Folding never splits a character: each physical line is valid UTF-8 on its own.
        EXPECT_TRUE(valid_utf8(line)) << line;
        folded += !line.empty() && line[0] == ' ';
    }
    EXPECT_GT(folded, 0u);  // the reference plan has long descriptions: folding was exercised
    // Unfolding gives back the text: the description of the visits holds the whole implementation.
    const auto list = events(ics);
    const auto& visits = by_uid(list, "jonkoping-2024.besok-kommuner-och-lansstyrelsen.c0@miljoplan");
    EXPECT_NE(one(visits, "DESCRIPTION")
                  .find("Genomförande: Länssamordnaren besöker en kommun eller länsstyrelsen i turordning 1 gång per "
                        "månad\\, bortsett från juli månad\\, löpande under året."),
              std::string::npos)
        << one(visits, "DESCRIPTION");
    EXPECT_EQ(std::count(ics.begin(), ics.end(), '\n'), static_cast<long>(physical_lines(ics).size()));
}

TEST(Ics, FoldsMultiByteTextAtEveryOffset)
{
    // Titles of growing length made of "å" (2 octets) and "€" (3 octets) shift the fold points through
    // every position inside a character; unfolding must always give the title back.
    for (int n = 0; n < 40; ++n) {
        auto plan = miljoplan::example_plan();
        std::string title = std::string(static_cast<std::size_t>(n), 'x');
        for (int k = 0; k < 30; ++k) title += k % 2 ? "å" : "€";
        plan->activities()[4]->set_title(title);
        const std::string ics = ics_for(*plan);
        for (const auto& line : physical_lines(ics)) {
            ASSERT_LE(line.size(), 75u) << n;
            ASSERT_TRUE(valid_utf8(line)) << n << ": " << line;
        }
        const auto list = events(ics);
        const auto& e = by_uid(list, "jonkoping-2024.oljeavskiljare.w0@miljoplan");
        EXPECT_EQ(one(e, "SUMMARY"), title + " (Våren 2024)");
    }
}

TEST(Ics, TextIsEscaped)
{
    auto plan = miljoplan::example_plan();
    const auto& activity = plan->activities()[4];  // oljeavskiljare, "Våren 2024"
    activity->set_title("Möte; plan, del\\2");
    activity->set_implementation("Rad ett\nrad två; sista, rad");
    const auto list = events(ics_for(*plan));
    const auto& window = by_uid(list, "jonkoping-2024.oljeavskiljare.w0@miljoplan");
    EXPECT_EQ(one(window, "SUMMARY"), "Möte\\; plan\\, del\\\\2 (Våren 2024)");
    EXPECT_EQ(one(window, "DESCRIPTION"),
              "Tid för genomförande: Våren 2024\\nAnsvar: Länssamordnaren ihop med en referensgrupp.\\n"
              "Genomförande: Rad ett\\nrad två\\; sista\\, rad");
}

TEST(Ics, UidsAreUniqueAndStable)
{
    const auto plan = miljoplan::example_plan();
    const std::string first = ics_for(*plan);
    EXPECT_EQ(first, ics_for(*plan));
    std::vector<std::string> uids;
    for (const auto& e : events(first)) uids.push_back(one(e, "UID"));
    // 22 windows, 2 monthly cadences, 34 suggestions (19 one-off events, 15 from counts per year), and the
    // profile's 6 planning-process milestones (4 of them suggested days within a season).
    EXPECT_EQ(uids.size(), 64u);
    EXPECT_EQ(std::set<std::string>(uids.begin(), uids.end()).size(), uids.size());
    for (const auto& uid : uids) EXPECT_EQ(uid.rfind("jonkoping-2024.", 0), 0u) << uid;
    EXPECT_EQ(std::count_if(uids.begin(), uids.end(),
                            [](const std::string& uid) { return uid.find(".process.") != std::string::npos; }),
              6);
    // Another stamp changes DTSTAMP only.
    IcsOptions later;
    later.stamp = "20250101T120000Z";
    std::string other = to_ics(*plan, build_year_wheel(*plan), later);
    for (std::size_t at = other.find("20250101T120000Z"); at != std::string::npos; at = other.find("20250101T120000Z"))
        other.replace(at, 16, kStamp);
    EXPECT_EQ(other, first);
}

TEST(Ics, MonthlyCadencesCarryTheRule)
{
    const auto list = events(ics_for(*miljoplan::example_plan()));
    const std::string rule = "FREQ=MONTHLY;INTERVAL=1;BYMONTH=1,2,3,4,5,6,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR;"
                             "BYMONTHDAY=15,16,17,18,19,20,21;BYSETPOS=1;COUNT=11";
    for (const char* uid : {"jonkoping-2024.besok-kommuner-och-lansstyrelsen.c0@miljoplan",
                            "jonkoping-2024.beredningsgruppsmoten.c1@miljoplan"}) {
        const auto& e = by_uid(list, uid);
        EXPECT_EQ(one(e, "RRULE"), rule) << uid;
        EXPECT_EQ(one(e, "DTSTART"), "20240115") << uid;
        EXPECT_EQ(one(e, "DTEND"), "20240116") << uid;
        // No 2024 occurrence lands on a holiday: no exceptions.
        EXPECT_TRUE(all(e, "EXDATE").empty()) << uid;
        EXPECT_TRUE(all(e, "RDATE").empty()) << uid;
        EXPECT_TRUE(all(e, "STATUS").empty()) << uid;
    }
    EXPECT_EQ(one(by_uid(list, "jonkoping-2024.beredningsgruppsmoten.c1@miljoplan"), "SUMMARY"),
              "Beredningsgruppsmöten – en kortare avstämning");
    int rules = 0;
    for (const auto& e : list) rules += static_cast<int>(e.count("RRULE"));
    EXPECT_EQ(rules, 2);
}

TEST(Ics, AHolidayMovesTheOccurrenceWithExdateAndRdate)
{
    // 2028: the first weekday on or after 15 April is Monday 17 April, annandag påsk; the check-in
    // moves to Tuesday 18 April. The visits are limited to 2024, so only the check-ins repeat.
    const auto list = events(ics_for(*miljoplan::example_plan(), 2028));
    const auto& e = by_uid(list, "jonkoping-2024.beredningsgruppsmoten.c1@miljoplan");
    EXPECT_EQ(all(e, "EXDATE"), (std::vector<std::string>{"20280417"}));
    EXPECT_EQ(all(e, "RDATE"), (std::vector<std::string>{"20280418"}));
    EXPECT_EQ(one(e, "DTSTART"), "20280117");  // 15 January 2028 is a Saturday
    for (const auto& ev : list) EXPECT_NE(one(ev, "UID"), "jonkoping-2024.besok-kommuner-och-lansstyrelsen.c0@miljoplan");
    // From the 6th in 2025: trettondedag jul (Monday 6 January) and nationaldagen (Friday 6 June).
    miljoplan::WheelOptions sixth;
    sixth.expand.suggested_day = 6;
    const auto list6 = events(ics_for(*miljoplan::example_plan(), 2025, sixth));
    const auto& e6 = by_uid(list6, "jonkoping-2024.beredningsgruppsmoten.c1@miljoplan");
    EXPECT_EQ(one(e6, "RRULE"), "FREQ=MONTHLY;INTERVAL=1;BYMONTH=1,2,3,4,5,6,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR;"
                                "BYMONTHDAY=6,7,8,9,10,11,12;BYSETPOS=1;COUNT=11");
    EXPECT_EQ(one(e6, "DTSTART"), "20250106");
    EXPECT_EQ(all(e6, "EXDATE"), (std::vector<std::string>{"20250106", "20250606"}));
    EXPECT_EQ(all(e6, "RDATE"), (std::vector<std::string>{"20250107", "20250609"}));
}

TEST(Ics, SuggestionsAreTentativeAndCanBeLeftOut)
{
    const auto plan = miljoplan::example_plan();
    const auto list = events(ics_for(*plan));
    int tentative = 0;
    for (const auto& e : list) {
        const bool suggested = one(e, "SUMMARY").find("(förslag)") != std::string::npos;
        EXPECT_EQ(all(e, "STATUS"), suggested ? std::vector<std::string>{"TENTATIVE"} : std::vector<std::string>{});
        tentative += suggested;
    }
    EXPECT_EQ(tentative, 34 + 4);
    const auto& adoption = by_uid(list, "jonkoping-2024.process.faststallelse.2024.0@miljoplan");
    EXPECT_EQ(one(adoption, "SUMMARY"), "Senast: Styrgruppen fastställer verksamhetsplanen (2025)");
    EXPECT_EQ(one(adoption, "DTSTART"), "20240630");
    const auto& meeting = by_uid(list, "jonkoping-2024.styrgruppsmoten.o1@miljoplan");
    EXPECT_EQ(one(meeting, "SUMMARY"), "Styrgruppsmöten (förslag)");
    EXPECT_EQ(one(meeting, "DTSTART"), "20240617");
    EXPECT_EQ(one(meeting, "DTEND"), "20240618");
    IcsOptions without;
    without.stamp = kStamp;
    without.include_suggestions = false;
    const auto fewer = events(to_ics(*plan, build_year_wheel(*plan), without));
    EXPECT_EQ(fewer.size(), 64u - 34u - 4u);
    for (const auto& e : fewer) EXPECT_TRUE(all(e, "STATUS").empty());
}

TEST(Ics, WindowsAreAllDayWithExclusiveEnd)
{
    const auto list = events(ics_for(*miljoplan::example_plan()));
    const auto& spring = by_uid(list, "jonkoping-2024.oljeavskiljare.w0@miljoplan");
    EXPECT_EQ(one(spring, "DTSTART"), "20240101");
    EXPECT_EQ(one(spring, "DTEND"), "20240701");
    EXPECT_EQ(one(spring, "SUMMARY"), "Oljeavskiljare (Våren 2024)");
    EXPECT_EQ(one(spring, "DTSTAMP"), kStamp);
    // A phase keeps its label; a detail window is clipped to the year.
    const auto& phase = by_uid(list, "jonkoping-2024.framtidens-miljobalkstillsyn.w1@miljoplan");
    EXPECT_EQ(one(phase, "SUMMARY"), "Framtidens miljöbalkstillsyn – Fas 2 (Höst 2024)");
    EXPECT_EQ(one(phase, "DTSTART"), "20240801");
    EXPECT_EQ(one(phase, "DTEND"), "20250101");
    const auto& detail = by_uid(list, "jonkoping-2024.avfallsbrottslighet.w1@miljoplan");
    EXPECT_EQ(one(detail, "DTSTART"), "20240101");
    EXPECT_EQ(one(detail, "DTEND"), "20240901");
    const auto& month = by_uid(list, "jonkoping-2024.verksamhetsberattelse-med-bokslut.w0@miljoplan");
    EXPECT_EQ(one(month, "DTEND"), "20240301");  // February 2024 has 29 days
}

}  // namespace

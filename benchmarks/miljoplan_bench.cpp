// SPDX-License-Identifier: Apache-2.0
// The C++ side of the benchmarks: one measurement per run, printed as one JSON line for run.py.
//
// A plain timing harness rather than Google Benchmark: every figure must come from a fresh process and be
// paired with a peer's run of the same work in the same invocation, which run.py arranges.
//
//   miljoplan_bench load DIR                     load and validate every *.json in DIR
//   miljoplan_bench expand PHRASES FIRST YEARS REPS
//                                                expand each phrase (one per line) over YEARS years
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <miljoplan/miljoplan.h>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<std::filesystem::path> json_files(const std::filesystem::path& where)
{
    if (!std::filesystem::is_directory(where)) return {where};
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(where))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Load and validate: what the peers do too (budget totals, responsible parties, effect goals, counts per
// category), and the library's other rules on top.
int load(const std::filesystem::path& where)
{
    const auto files = json_files(where);
    const auto& catalog = miljoplan::builtin_goal_catalog();  // parsed once, outside the timing, like the peers
    std::size_t bytes = 0, activities = 0, errors = 0, findings = 0;
    std::map<std::string, std::size_t> per_category;
    const auto start = Clock::now();
    for (const auto& path : files) {
        bytes += static_cast<std::size_t>(std::filesystem::file_size(path));
        const auto plan = miljoplan::load_plan(path.string());  // reads the file too, as a user's load does
        const auto found = miljoplan::validate(*plan, catalog);
        findings += found.size();
        errors += miljoplan::count(found, miljoplan::Severity::Error);
        for (const auto& a : plan->activities()) ++per_category[a->category()];
        activities += plan->activities().size();
    }
    const double elapsed = seconds_since(start);
    std::printf("{\"seconds\": %.6f, \"bytes\": %zu, \"plans\": %zu, \"activities\": %zu, \"categories\": %zu, "
                "\"findings\": %zu, \"errors\": %zu}\n",
                elapsed, bytes, files.size(), activities, per_category.size(), findings, errors);
    return 0;
}

int expand(const std::string& phrase_file, int first, int years, int reps)
{
    std::vector<miljoplan::Timing> timings;
    std::ifstream in(phrase_file);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) timings.push_back(miljoplan::parse_timing(line, {first, {}}));
    std::size_t occurrences = 0;
    const auto start = Clock::now();
    for (int r = 0; r < reps; ++r)
        for (const auto& timing : timings)
            for (int year = first; year < first + years; ++year)
                occurrences += miljoplan::expand(timing, year).occurrences.size();
    const double elapsed = seconds_since(start);
    std::printf("{\"seconds\": %.6f, \"rules\": %zu, \"reps\": %d, \"occurrences\": %zu}\n", elapsed,
                timings.size(), reps, occurrences / static_cast<std::size_t>(reps));
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 2 && args[0] == "load") return load(args[1]);
        if (args.size() == 5 && args[0] == "expand")
            return expand(args[1], std::stoi(args[2]), std::stoi(args[3]), std::stoi(args[4]));
    } catch (const std::exception& e) {
        std::cerr << "miljoplan_bench: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "usage: miljoplan_bench load DIR|FILE | expand PHRASES FIRST YEARS REPS\n";
    return 64;
}

// SPDX-License-Identifier: Apache-2.0
// Fuzzes the JSON plan reader; a plan that loads is also validated and written back out.
#include "fuzz_support.h"
#include "miljoplan/io/json.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/rules/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return miljoplan::fuzz::run(data, size, [](std::string_view text) {
        // A base directory that does not exist keeps relative profile references off the file system.
        const auto plan = miljoplan::plan_from_json(text, "<fuzz>", "/nonexistent-fuzz-dir");
        (void)miljoplan::validate(*plan, miljoplan::builtin_goal_catalog());
        (void)miljoplan::plan_to_json(*plan);
    });
}

// SPDX-License-Identifier: Apache-2.0
// Fuzzes the goal-catalog JSON reader; a catalog that loads is also written back out.
#include "fuzz_support.h"
#include "miljoplan/io/json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return miljoplan::fuzz::run(data, size, [](std::string_view text) {
        (void)miljoplan::goal_catalog_to_json(miljoplan::goal_catalog_from_json(text, "<fuzz>"));
    });
}

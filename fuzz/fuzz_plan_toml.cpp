// SPDX-License-Identifier: Apache-2.0
// Fuzzes the TOML plan reader; a plan that loads is also written back out as TOML.
#include "fuzz_support.h"
#include "miljoplan/io/toml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return miljoplan::fuzz::run(data, size, [](std::string_view text) {
        // A base directory that does not exist keeps relative profile references off the file system.
        const auto plan = miljoplan::plan_from_toml(text, "<fuzz>", "/nonexistent-fuzz-dir");
        (void)miljoplan::plan_to_toml(*plan);
    });
}

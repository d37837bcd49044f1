// SPDX-License-Identifier: Apache-2.0
// Fuzzes the organisation-profile JSON reader; a profile that loads is also written back out.
#include "fuzz_support.h"
#include "miljoplan/io/json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return miljoplan::fuzz::run(data, size, [](std::string_view text) {
        const auto organisation = miljoplan::organisation_from_json(text, "<fuzz>");
        (void)miljoplan::organisation_to_json(*organisation);
    });
}

// SPDX-License-Identifier: Apache-2.0
// Fuzzes the CSV activities import.
#include "fuzz_support.h"
#include "miljoplan/io/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return miljoplan::fuzz::run(data, size, [](std::string_view text) {
        (void)miljoplan::activities_from_csv(text, "<fuzz>");
    });
}

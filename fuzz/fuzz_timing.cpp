// SPDX-License-Identifier: Apache-2.0
// Fuzzes the Swedish timing-phrase parser, with and without a context year, in both season readings.
#include <string>

#include "fuzz_support.h"
#include "miljoplan/calendar/timing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // The first byte picks the context, so one corpus explores all of them.
    miljoplan::TimingContext context;
    if (size > 0) {
        if ((data[0] & 1U) != 0) context.year = 2024;
        if ((data[0] & 2U) != 0) context.seasons = miljoplan::SeasonReading::Calendar;
    }
    return miljoplan::fuzz::run(data, size, [&](std::string_view text) {
        (void)miljoplan::parse_timing(std::string(text), context);
    });
}

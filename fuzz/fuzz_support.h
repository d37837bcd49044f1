// SPDX-License-Identifier: Apache-2.0
// Shared by the fuzz targets: the contract every reader must keep on arbitrary bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "miljoplan/error.h"

namespace miljoplan::fuzz {

/// @brief Runs @p read on the input; a miljoplan::Error is the documented refusal, anything else escapes.
///
/// An exception of another type is not caught, so libFuzzer reports it as a crash: the readers promise
/// to throw only miljoplan's exceptions (docs/reliability.md).
template <typename Read>
int run(const std::uint8_t* data, std::size_t size, Read read)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        read(text);
    } catch (const miljoplan::Error&) {
        // Refused with a located message: the outcome the contract allows besides success.
    }
    return 0;
}

}  // namespace miljoplan::fuzz

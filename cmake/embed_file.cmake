# SPDX-License-Identifier: Apache-2.0
# Script mode: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P embed_file.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Break the initializer into lines of 16 bytes so compilers and diffs stay comfortable.
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n    " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT}; do not edit.
#include <cstddef>
#include <string_view>
namespace miljoplan::detail {
static const char ${SYMBOL}_bytes[] = {
    ${bytes}'\\0'};
std::string_view embedded_${SYMBOL}() noexcept { return {${SYMBOL}_bytes, ${size}}; }
}  // namespace miljoplan::detail
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")

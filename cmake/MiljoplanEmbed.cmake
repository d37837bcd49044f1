# SPDX-License-Identifier: Apache-2.0
# Embeds data files into the library as byte arrays, so the reference plan is available with no file
# at hand. A byte array (not a string literal) keeps UTF-8 byte-exact and avoids literal-length limits.
function(miljoplan_embed_file target input symbol)
  set(output "${PROJECT_BINARY_DIR}/generated/src/embedded_${symbol}.cpp")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    DEPENDS "${input}" "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    COMMENT "Embedding ${input}"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
endfunction()

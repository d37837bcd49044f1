# SPDX-License-Identifier: Apache-2.0
# Warnings are set per target so that consumers and third-party code are not affected.
function(miljoplan_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${MILJOPLAN_WARNINGS_AS_ERRORS}>:/WX>)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wshadow
                           $<$<BOOL:${MILJOPLAN_WARNINGS_AS_ERRORS}>:-Werror>)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      # clang's -Wconversion includes -Wsign-conversion, GCC's does not for C++: one warning set for both.
      target_compile_options(${target} PRIVATE -Wno-sign-conversion)
    endif()
  endif()
endfunction()

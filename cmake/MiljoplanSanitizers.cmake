# SPDX-License-Identifier: Apache-2.0
# AddressSanitizer + UndefinedBehaviorSanitizer (MILJOPLAN_SANITIZE) and the libFuzzer build (MILJOPLAN_BUILD_FUZZERS).
#
# Sets, for tests/:
#   MILJOPLAN_SANITIZER_PYTHON_ENV  the environment (NAME=value list) a Python process that imports the
#                                   instrumented extension module needs
#   MILJOPLAN_SANITIZER_LINK_FLAGS  link flags a separate project needs to link the instrumented library
# Instrumented executables need no environment: with -fno-sanitize-recover every finding aborts them.

set(MILJOPLAN_SANITIZER_PYTHON_ENV "")
set(MILJOPLAN_SANITIZER_LINK_FLAGS "")

if(MILJOPLAN_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "MILJOPLAN_BUILD_FUZZERS needs clang (libFuzzer); configure with CMAKE_CXX_COMPILER=clang++")
endif()

if(MILJOPLAN_SANITIZE)
  # Sanitizers must be on every object of the process, so this is the one global flag we set.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  set(_link -fsanitize=address,undefined)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND MILJOPLAN_BUILD_PYTHON)
    # The Python interpreter is not instrumented, so the extension module needs the shared runtime loaded
    # first (LD_PRELOAD). Executables then use that same shared runtime, because a CLI started from a
    # Python test inherits LD_PRELOAD, and a static runtime next to a preloaded one aborts at start-up.
    list(APPEND _link -shared-libasan)
    set(_runtime_names "libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so")
  else()
    # GCC links the shared runtimes by default.
    set(_runtime_names libasan.so libubsan.so)
  endif()
  set(_runtimes "")
  foreach(name IN LISTS _runtime_names)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${name}
                    OUTPUT_VARIABLE _path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT IS_ABSOLUTE "${_path}" OR NOT EXISTS "${_path}")
      message(FATAL_ERROR "MILJOPLAN_SANITIZE: the compiler does not know ${name} (clang: install libclang-rt-14-dev)")
    endif()
    get_filename_component(_path "${_path}" REALPATH)
    list(APPEND _runtimes "${_path}")
  endforeach()
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND MILJOPLAN_BUILD_PYTHON)
    list(GET _runtimes 0 _first)
    get_filename_component(_runtime_dir "${_first}" DIRECTORY)
    list(APPEND _link "-Wl,-rpath,${_runtime_dir}")
  endif()
  add_link_options(${_link})
  list(JOIN _link " " MILJOPLAN_SANITIZER_LINK_FLAGS)
  list(JOIN _runtimes ":" _preload)
  # CPython keeps its interned objects and module state until exit by design, so leak checking a Python
  # process reports thousands of "leaks" that are not ours; every other check stays on.
  list(APPEND MILJOPLAN_SANITIZER_PYTHON_ENV
       "LD_PRELOAD=${_preload}"
       "ASAN_OPTIONS=detect_leaks=0"
       "UBSAN_OPTIONS=print_stacktrace=1")
endif()

// SPDX-License-Identifier: Apache-2.0
// Where a command's document goes: standard output, or a file written atomically and never over an
// existing one unless asked, so that every command treats files the same way.
#include <iostream>

#include "commands.h"
#include "miljoplan/error.h"
#include "miljoplan/io/file.h"

namespace miljoplan::cli {

int write_output(const std::string& text, const std::string& output, bool force, const char* command)
{
    if (output.empty() || output == "-") {
        std::cout << text;
        return kOk;
    }
    try {
        write_file_atomically(output, text, force);
    } catch (const IoError& e) {
        std::cerr << "miljoplan " << command << ": " << e.what() << (force ? "" : " (use --force to replace it)") << "\n";
        return kBadInput;
    }
    return kOk;
}

}  // namespace miljoplan::cli

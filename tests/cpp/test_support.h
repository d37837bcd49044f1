// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the C++ tests: files, temporary directories and running executables.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <dirent.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/io/json.h"

namespace miljoplan::testing {

inline std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("test cannot read " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline void write_file(const std::string& path, std::string_view content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) throw std::runtime_error("test cannot write " + path);
}

inline std::string source_dir() { return MILJOPLAN_SOURCE_DIR; }
inline std::string test_data_dir() { return MILJOPLAN_TEST_DATA_DIR; }
inline std::string reference_plan_path() { return source_dir() + "/data/jonkoping-2024.json"; }

/// The published plan as extracted to text: the authority the data file is checked against.
inline std::string source_text_path()
{
    return test_data_dir() + "/source/verksamhetsplan-2024-jonkopings-lan.txt";
}

/// A fresh directory under GoogleTest's temporary directory, removed with its files at scope exit.
class TempDir {
public:
    TempDir()
    {
        std::string pattern = ::testing::TempDir() + "miljoplan-test-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir()
    {
        for (const auto& name : entries()) ::unlink((path_ + "/" + name).c_str());
        ::rmdir(path_.c_str());
    }
    const std::string& path() const noexcept { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

    /// Names in the directory, hidden files included, without "." and "..".
    std::vector<std::string> entries() const
    {
        std::vector<std::string> names;
        if (DIR* dir = ::opendir(path_.c_str())) {
            while (const dirent* entry = ::readdir(dir)) {
                const std::string name = entry->d_name;
                if (name != "." && name != "..") names.push_back(name);
            }
            ::closedir(dir);
        }
        return names;
    }

private:
    std::string path_;
};

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Quotes @p text for /bin/sh.
inline std::string shell_quote(const std::string& text)
{
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

/// Runs @p executable with @p args through the shell, capturing stdout, stderr and the exit code.
inline CommandResult run(const std::string& executable, const std::vector<std::string>& args)
{
    const TempDir scratch;
    const std::string err_path = scratch.file("stderr");
    std::string command = shell_quote(executable);
    for (const auto& arg : args) command += " " + shell_quote(arg);
    command += " 2>" + shell_quote(err_path);
    CommandResult result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("popen failed");
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.err = read_file(err_path);
    return result;
}

/// The text with every white-space character removed: the source's line breaks fall mid-word.
inline std::string without_space(std::string_view text)
{
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') out += c;
    return out;
}

/// Splits prose after each ". " so sentences can be looked up one by one.
inline std::vector<std::string> split_sentences(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(". ", start);
        end = end == std::string::npos ? text.size() : end + 1;
        out.push_back(text.substr(start, end - start));
        start = end;
        while (start < text.size() && (text[start] == ' ' || text[start] == '\n')) ++start;
    }
    return out;
}

/// What loading a plan came to: which exception (most derived of ours), where, and what it said.
struct LoadOutcome {
    std::string kind;  ///< "ok", "schema", "parse", "io", "invalid" or "other"
    SourceLocation location;
    std::string message;
};

inline LoadOutcome classify(const std::function<void()>& load)
{
    try {
        load();
        return {"ok", {}, {}};
    } catch (const SchemaError& e) {
        return {"schema", e.location(), e.what()};
    } catch (const ParseError& e) {
        return {"parse", e.location(), e.what()};
    } catch (const IoError& e) {
        return {"io", {}, e.what()};
    } catch (const InvalidArgument& e) {
        return {"invalid", {}, e.what()};
    } catch (const std::exception& e) {
        return {"other", {}, e.what()};
    }
}

inline LoadOutcome load_text(const std::string& text)
{
    return classify([&] { plan_from_json(text, "<test>"); });
}

}  // namespace miljoplan::testing

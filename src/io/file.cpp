// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/io/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/path.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace detail {

std::string directory_of(const std::string& path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

}  // namespace detail

namespace {

std::string reason() { return std::strerror(errno); }

}  // namespace

std::string read_text_file(const std::string& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) throw IoError("cannot read " + path + ": " + reason());
    if (S_ISDIR(info.st_mode)) throw IoError("cannot read " + path + ": it is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw IoError("cannot read " + path + ": " + reason());
    // Read into a string of the file's size: streaming into an ostringstream grew and copied its buffer
    // again and again, which was a quarter of the time of loading a large plan.
    std::string text;
    if (S_ISREG(info.st_mode) && info.st_size > 0) {
        text.resize(static_cast<std::size_t>(info.st_size));
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        text.resize(static_cast<std::size_t>(in.gcount()));
    }
    // What the size did not announce (a pipe, a file that grew meanwhile), in chunks.
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw IoError("cannot read " + path + ": read failed");
    return text;
}

void write_file_atomically(const std::string& path, std::string_view content, bool overwrite)
{
    if (!overwrite && ::access(path.c_str(), F_OK) == 0)
        throw IoError("not overwriting " + path + ": the file exists (ask to overwrite explicitly)");
    // The temporary sits in the target's directory so that rename() stays on one file system
    // and is atomic: readers see the old file or the new one, never half of either.
    std::random_device random;
    const std::string temporary = detail::directory_of(path) + "/." +
        path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1) + ".tmp" +
        std::to_string(random());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) throw IoError("cannot write " + path + ": " + reason());
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string why = reason();
            ::close(fd);
            ::unlink(temporary.c_str());
            throw IoError("cannot write " + path + ": " + why);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = reason();
        ::unlink(temporary.c_str());
        throw IoError("cannot write " + path + ": " + why);
    }
    if (!overwrite) {
        // link() fails if the target appeared meanwhile, so an existing file is never replaced.
        if (::link(temporary.c_str(), path.c_str()) != 0) {
            const std::string why = reason();
            ::unlink(temporary.c_str());
            throw IoError("cannot write " + path + ": " + why);
        }
        ::unlink(temporary.c_str());
        return;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string why = reason();
        ::unlink(temporary.c_str());
        throw IoError("cannot write " + path + ": " + why);
    }
}

}  // namespace miljoplan

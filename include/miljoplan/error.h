// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

#include "miljoplan/export.h"

namespace miljoplan {

/// @brief Base class of every exception miljoplan throws.
class MILJOPLAN_API Error : public std::runtime_error {
public:
    /// @brief Creates an error with a complete, user-readable message.
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

/// @brief A caller passed a value that breaks a precondition (an impossible date, an empty id, ...).
class MILJOPLAN_API InvalidArgument : public Error {
public:
    /// @brief Creates the error; @p message names the offending value.
    explicit InvalidArgument(const std::string& message) : Error(message) {}
};

/// @brief An id was added twice to a collection whose ids must be unique.
class MILJOPLAN_API DuplicateId : public InvalidArgument {
public:
    /// @brief Creates the error for the id @p id in the collection @p collection.
    DuplicateId(const std::string& collection, const std::string& id)
        : InvalidArgument("duplicate id '" + id + "' in " + collection), id_(id) {}
    /// @brief The id that was already present.
    const std::string& id() const noexcept { return id_; }

private:
    std::string id_;
};

/// @brief Where in an input something went wrong: a source name, a line and column, a JSON path.
struct MILJOPLAN_API SourceLocation {
    /// @brief A file name, or a pseudo-name such as "<string>" or "<embedded>".
    std::string source;
    /// @brief 1-based line, or 0 when unknown.
    std::size_t line = 0;
    /// @brief 1-based column in characters (code points), or 0 when unknown.
    std::size_t column = 0;
    /// @brief JSONPath of the offending value (for example "$.activities[3].title"), or empty.
    std::string path;

    /// @brief "source:line:column" or "source at path", whichever parts are known.
    std::string to_string() const;
};

/// @brief An input could not be read: bad syntax, or valid syntax holding the wrong shape.
class MILJOPLAN_API ParseError : public Error {
public:
    /// @brief Creates the error; the message is prefixed with the location.
    ParseError(SourceLocation location, const std::string& detail)
        : Error(location.to_string() + ": " + detail), location_(std::move(location)), detail_(detail) {}
    /// @brief Where the problem is.
    const SourceLocation& location() const noexcept { return location_; }
    /// @brief The message without the location prefix.
    const std::string& detail() const noexcept { return detail_; }

private:
    SourceLocation location_;
    std::string detail_;
};

/// @brief Well-formed input with the wrong shape: a missing field, a wrong type, an unsupported schema.
class MILJOPLAN_API SchemaError : public ParseError {
public:
    using ParseError::ParseError;
};

/// @brief A file could not be opened, read or written.
class MILJOPLAN_API IoError : public Error {
public:
    /// @brief Creates the error; @p message names the file and the reason.
    explicit IoError(const std::string& message) : Error(message) {}
};

}  // namespace miljoplan

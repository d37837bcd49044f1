// SPDX-License-Identifier: Apache-2.0
// Internal helpers for reading and writing the canonical JSON format. nlohmann::json stays here,
// behind the public io/json.h, so the library's API never exposes it.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "miljoplan/error.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/money.h"

namespace miljoplan::detail {

/// Objects keep their key order, so files do not churn and unknown fields stay where they were.
using Json = nlohmann::ordered_json;

/// Deepest nesting accepted; deeper input is rejected before it can exhaust the stack.
inline constexpr int kMaxJsonDepth = 64;

/// Largest amount accepted in a file (10^15 kronor): far above any budget, far below overflow.
inline constexpr std::int64_t kMaxAmount = 1'000'000'000'000'000;

/// Parses @p text; syntax errors name line and column, duplicate keys and excessive depth the path.
Json parse_json(std::string_view text, const std::string& source);

/// Serialises with two-space indentation and UTF-8 kept as is (no \u escapes).
std::string dump_json(const Json& value);

/// Reads one JSON object field by field, tracking the path for error messages and keeping
/// every key it was not asked for as an extra field.
class ObjectReader {
public:
    ObjectReader(const Json& value, std::string path, const std::string& source);

    const std::string& path() const noexcept { return path_; }
    const std::string& source() const noexcept { return source_; }

    /// Checks the optional "schema" key ("Plan.1"): name must match, version must be known.
    void expect_schema(const char* name, int version, bool required);

    bool has(const char* key) const;
    const Json* get(const char* key);

    std::string required_string(const char* key);
    std::string optional_string(const char* key, std::string fallback = {});
    std::optional<std::string> nullable_string(const char* key);
    int required_int(const char* key);
    std::optional<int> optional_int(const char* key);
    std::int64_t required_int64(const char* key);
    std::optional<bool> optional_bool(const char* key);
    bool bool_or(const char* key, bool fallback);
    Money required_amount(const char* key);
    std::vector<std::string> string_list(const char* key);

    /// Calls @p read for each element of the array @p key (absent means empty).
    void for_each(const char* key, const std::function<void(const Json&, const std::string&)>& read);
    /// Returns a reader for the object @p key, or nullopt when absent or null.
    std::optional<ObjectReader> object(const char* key);

    /// Every member of the object not yet asked for, marking them asked for: for objects whose keys
    /// are data (rule codes, parameter names) rather than fields.
    std::vector<std::pair<std::string, const Json&>> remaining_object_items();

    /// The fields nobody asked for, kept verbatim for the round trip.
    ExtraFields extra_fields() const;
    /// For small value objects that carry no schema tag: an unknown field is an error, never dropped.
    void reject_unknown(const char* what) const;

    [[noreturn]] void fail(const std::string& key, const std::string& message) const;

private:
    const Json& value_;
    std::string path_;
    const std::string& source_;
    bool is_consumed(std::string_view key) const;

    // The keys asked for. A short vector rather than a set: an object has a dozen fields, and a set
    // allocated a node for every field read.
    std::vector<std::string> consumed_;
    // Set by remaining_object_items(): every member has been asked for.
    bool all_consumed_ = false;
};

/// Path of the member @p key of the object at @p path.
std::string member_path(const std::string& path, const std::string& key);
/// Path of the element @p index of the array at @p path.
std::string element_path(const std::string& path, std::size_t index);
/// Throws SchemaError at @p path.
[[noreturn]] void fail_at(const std::string& source, const std::string& path, const std::string& message);
/// Name of a JSON value's type for messages ("a string", "an array", ...).
std::string type_name(const Json& value);
/// Reads an integer value at @p path. Throws SchemaError for decimals, other types or int64 overflow.
std::int64_t read_integer_value(const Json& value, const std::string& source, const std::string& path);
/// Reads a plain string at @p path. Throws SchemaError if it is not a string.
std::string as_string(const Json& value, const std::string& source, const std::string& path);

/// Reads the optional ISO day (YYYY-MM-DD) under @p key; null or absent is nullopt. Throws SchemaError at
/// the key for any other text.
std::optional<Date> read_date(ObjectReader& in, const char* key);

/// Parses @p text and hands its top-level object to @p read (a function of ObjectReader&).
template <class Read>
auto read_document(std::string_view text, const std::string& source, Read read)
{
    const Json document = parse_json(text, source);
    ObjectReader in(document, "$", source);
    return read(in);
}

/// Writes the schema tag first, as every object of a versioned class carries it.
Json tagged(const char* name, int version);
/// Appends the unknown fields kept from the file.
void put_extra(Json& object, const ExtraFields& extra);

}  // namespace miljoplan::detail

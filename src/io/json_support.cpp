// SPDX-License-Identifier: Apache-2.0
#include "io/json_support.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

#include "detail/text.h"

namespace miljoplan::detail {

namespace {

// Follows the parser's events to know the path of the current value, so that duplicate keys
// (which nlohmann would silently collapse) are reported where they are.
struct PathTracker {
    struct Frame {
        bool is_array = false;
        std::size_t index = 0;
        bool started = false;
        std::string key;
        // The object's keys so far: a short vector first (objects have a dozen keys, and reused frames
        // keep its capacity), a hash set once there are many, so that a huge object stays linear.
        std::vector<std::string> keys;
        std::unordered_set<std::string> many_keys;

        // False when @p k was seen before in this object.
        bool add_key(const std::string& k)
        {
            if (many_keys.empty() && keys.size() < 32) {
                if (std::find(keys.begin(), keys.end(), k) != keys.end()) return false;
                keys.push_back(k);
                return true;
            }
            if (many_keys.empty()) many_keys.insert(keys.begin(), keys.end());
            return many_keys.insert(k).second;
        }
    };
    // frames[0, depth) are the open containers; frames past depth are kept for reuse.
    std::vector<Frame> frames;
    std::size_t depth = 0;

    Frame& top() { return frames[depth - 1]; }

    void open(bool is_array)
    {
        if (depth == frames.size()) frames.emplace_back();
        Frame& f = frames[depth++];
        f.is_array = is_array;
        f.index = 0;
        f.started = false;
        f.key.clear();
        f.keys.clear();
        // A fresh set rather than clear(): clear() would wipe a big set's buckets again at every reuse.
        if (f.many_keys.bucket_count() > 1) f.many_keys = std::unordered_set<std::string>();
    }

    void before_value()
    {
        if (depth > 0 && top().is_array) {
            Frame& f = top();
            if (f.started) ++f.index;
            f.started = true;
        }
    }

    std::string path(bool include_last_key) const
    {
        std::string out = "$";
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& f = frames[i];
            const bool last = i + 1 == depth;
            if (f.is_array) {
                if (f.started) out = element_path(out, f.index);
            } else if (!f.key.empty() && (!last || include_last_key)) {
                out = member_path(out, f.key);
            }
        }
        return out;
    }
};

// The DOM builder with the path bookkeeping, the depth limit and the duplicate-key check. nlohmann's own
// callback parser would do this, but in 3.11.2 it scans the enclosing container's values after every
// object it ends, which is quadratic in an array of objects (100 000 activities took seconds, hundreds of
// them under AddressSanitizer).
class CheckedSax {
public:
    CheckedSax(Json& result, const std::string& source, PathTracker& tracker)
        : dom_(result, /*allow_exceptions=*/true), source_(source), tracker_(tracker)
    {
    }

    bool null()
    {
        value();
        return dom_.null();
    }
    bool boolean(bool v)
    {
        value();
        return dom_.boolean(v);
    }
    bool number_integer(Json::number_integer_t v)
    {
        value();
        return dom_.number_integer(v);
    }
    bool number_unsigned(Json::number_unsigned_t v)
    {
        value();
        return dom_.number_unsigned(v);
    }
    bool number_float(Json::number_float_t v, const Json::string_t& text)
    {
        value();
        return dom_.number_float(v, text);
    }
    bool string(Json::string_t& v)
    {
        value();
        return dom_.string(v);
    }
    bool binary(Json::binary_t& v)
    {
        value();
        return dom_.binary(v);
    }

    bool start_object(std::size_t size)
    {
        open(false);
        return dom_.start_object(size);
    }
    bool end_object()
    {
        --tracker_.depth;
        return dom_.end_object();
    }
    bool start_array(std::size_t size)
    {
        open(true);
        return dom_.start_array(size);
    }
    bool end_array()
    {
        --tracker_.depth;
        return dom_.end_array();
    }

    bool key(Json::string_t& k)
    {
        auto& frame = tracker_.top();
        frame.key = k;
        if (!frame.add_key(frame.key))
            fail_at(source_, tracker_.path(false), "duplicate key \"" + frame.key + "\" (a second value would be lost)");
        return dom_.key(k);
    }

    template <class Exception>
    bool parse_error(std::size_t position, const std::string& last_token, const Exception& error)
    {
        return dom_.parse_error(position, last_token, error);  // throws: allow_exceptions
    }

private:
    void value() { tracker_.before_value(); }

    void open(bool is_array)
    {
        // The limit counts the containers around the one that starts, so level 65 fails as it starts.
        if (tracker_.depth >= kMaxJsonDepth)
            fail_at(source_, tracker_.path(true), "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        tracker_.before_value();
        tracker_.open(is_array);
    }

    nlohmann::detail::json_sax_dom_parser<Json> dom_;
    const std::string& source_;
    PathTracker& tracker_;
};

std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t byte_offset)
{
    byte_offset = std::min(byte_offset, text.size());
    std::size_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < byte_offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    return {line, utf8_length(text.substr(line_start, byte_offset - line_start)) + 1};
}

bool is_identifier(const std::string& key)
{
    if (key.empty()) return false;
    for (char c : key) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) return false;
    }
    return !(key[0] >= '0' && key[0] <= '9');
}

}  // namespace

std::string member_path(const std::string& path, const std::string& key)
{
    if (is_identifier(key)) return path + "." + key;
    return path + "[" + Json(key).dump(-1, ' ', false, Json::error_handler_t::replace) + "]";
}

std::string element_path(const std::string& path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

void fail_at(const std::string& source, const std::string& path, const std::string& message)
{
    throw SchemaError(SourceLocation{source, 0, 0, path}, message);
}

std::string type_name(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a decimal number";
    default: return "an unsupported value";
    }
}

std::string as_string(const Json& value, const std::string& source, const std::string& path)
{
    if (!value.is_string()) fail_at(source, path, "expected a string, found " + type_name(value));
    return value.get<std::string>();
}

Json parse_json(std::string_view text, const std::string& source)
{
    // nlohmann takes a NUL byte for the end of the input and would silently drop what follows it.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const auto [line, column] = line_and_column(text, nul);
        throw ParseError(SourceLocation{source, line, column, {}}, "invalid JSON: NUL byte (write U+0000 as \\u0000)");
    }
    PathTracker tracker;
    Json result;
    CheckedSax sax(result, source, tracker);
    try {
        Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, /*strict=*/true,
                        /*ignore_comments=*/false);
        return result;
    } catch (const Json::parse_error& e) {
        const auto [line, column] = line_and_column(text, e.byte > 0 ? e.byte - 1 : 0);
        std::string detail = e.what();
        // nlohmann prefixes its own position; we give ours, so keep only the description.
        const auto colon = detail.find(": ");
        if (colon != std::string::npos) detail = detail.substr(colon + 2);
        const auto second = detail.find(": ");
        if (detail.rfind("syntax error", 0) == 0 && second != std::string::npos) detail = detail.substr(second + 2);
        throw ParseError(SourceLocation{source, line, column, {}}, "invalid JSON: " + printable(detail));
    } catch (const Json::out_of_range& e) {
        // A number beyond the range of a double ("1e400"): nlohmann gives no position, so name the
        // path of the value being read.
        PathTracker pending = tracker;
        pending.before_value();
        std::string detail = e.what();
        const auto bracket = detail.find("] ");
        if (bracket != std::string::npos) detail = detail.substr(bracket + 2);
        throw ParseError(SourceLocation{source, 0, 0, pending.path(true)}, "invalid JSON: " + printable(detail));
    }
}

std::string dump_json(const Json& value)
{
    try {
        return value.dump(2, ' ', false, Json::error_handler_t::strict) + "\n";
    } catch (const Json::type_error& e) {
        throw InvalidArgument(std::string("cannot write JSON: a text field is not valid UTF-8 (") + e.what() + ")");
    }
}

ObjectReader::ObjectReader(const Json& value, std::string path, const std::string& source)
    : value_(value), path_(std::move(path)), source_(source)
{
    if (!value_.is_object()) fail_at(source_, path_, "expected an object, found " + type_name(value_));
}

void ObjectReader::fail(const std::string& key, const std::string& message) const
{
    fail_at(source_, key.empty() ? path_ : member_path(path_, key), message);
}

bool ObjectReader::has(const char* key) const { return value_.contains(key); }

bool ObjectReader::is_consumed(std::string_view key) const
{
    return std::find(consumed_.begin(), consumed_.end(), key) != consumed_.end();
}

const Json* ObjectReader::get(const char* key)
{
    if (!is_consumed(key)) consumed_.emplace_back(key);
    const auto it = value_.find(key);
    if (it == value_.end()) return nullptr;
    return &*it;
}

void ObjectReader::expect_schema(const char* name, int version, bool required)
{
    const Json* tag = get("schema");
    if (tag == nullptr) {
        if (required) fail("", std::string("missing \"schema\" (expected \"") + name + "." + std::to_string(version) + "\")");
        return;
    }
    const std::string text = as_string(*tag, source_, member_path(path_, "schema"));
    const auto dot = text.rfind('.');
    const std::string found_name = dot == std::string::npos ? text : text.substr(0, dot);
    if (found_name != name)
        fail("schema", "expected a " + std::string(name) + " object, found schema \"" + text + "\"");
    int found_version = -1;
    if (dot != std::string::npos && dot + 1 < text.size() && text.size() - dot - 1 <= 4 &&
        text.find_first_not_of("0123456789", dot + 1) == std::string::npos)
        found_version = std::stoi(text.substr(dot + 1));
    if (found_version < 1) fail("schema", "schema \"" + text + "\" has no version number (expected \"" + name + "." + std::to_string(version) + "\")");
    if (found_version > version)
        fail("schema", "written by a newer miljoplan (\"" + text + "\"); this version reads up to \"" + name + "." +
                           std::to_string(version) + "\"");
}

std::string ObjectReader::required_string(const char* key)
{
    const Json* v = get(key);
    if (v == nullptr) fail("", std::string("missing required field \"") + key + "\"");
    if (v->is_string()) return v->get<std::string>();  // the path is built only for the error below
    return as_string(*v, source_, member_path(path_, key));
}

std::string ObjectReader::optional_string(const char* key, std::string fallback)
{
    const Json* v = get(key);
    if (v == nullptr || v->is_null()) return fallback;
    if (v->is_string()) return v->get<std::string>();
    return as_string(*v, source_, member_path(path_, key));
}

std::optional<std::string> ObjectReader::nullable_string(const char* key)
{
    const Json* v = get(key);
    if (v == nullptr || v->is_null()) return std::nullopt;
    if (v->is_string()) return v->get<std::string>();
    return as_string(*v, source_, member_path(path_, key));
}

namespace {

}  // namespace

std::int64_t read_integer_value(const Json& v, const std::string& source, const std::string& path)
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            fail_at(source, path, "integer " + std::to_string(u) + " is too large");
        return static_cast<std::int64_t>(u);
    }
    if (v.is_number_integer()) return v.get<std::int64_t>();
    if (v.is_number_float()) fail_at(source, path, "expected a whole number, found " + v.dump());
    fail_at(source, path, "expected an integer, found " + type_name(v));
}

namespace {

int to_int(std::int64_t value, const std::string& source, const std::string& path)
{
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        fail_at(source, path, "integer " + std::to_string(value) + " is out of range");
    return static_cast<int>(value);
}

// An integer that fits an int, read without building the path an error would need; nullopt otherwise.
std::optional<int> plain_int(const Json& v)
{
    if (!v.is_number_integer() || v.is_number_unsigned()) return std::nullopt;
    const auto value = v.get<std::int64_t>();
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) return std::nullopt;
    return static_cast<int>(value);
}

}  // namespace

int ObjectReader::required_int(const char* key)
{
    const Json* v = get(key);
    if (v == nullptr) fail("", std::string("missing required field \"") + key + "\"");
    if (const auto fast = plain_int(*v)) return *fast;  // the path is built only when it is needed
    const std::string p = member_path(path_, key);
    return to_int(read_integer_value(*v, source_, p), source_, p);
}

std::optional<int> ObjectReader::optional_int(const char* key)
{
    const Json* v = get(key);
    if (v == nullptr || v->is_null()) return std::nullopt;
    if (const auto fast = plain_int(*v)) return *fast;
    const std::string p = member_path(path_, key);
    return to_int(read_integer_value(*v, source_, p), source_, p);
}

std::int64_t ObjectReader::required_int64(const char* key)
{
    const Json* v = get(key);
    if (v == nullptr) fail("", std::string("missing required field \"") + key + "\"");
    if (v->is_number_integer() && !v->is_number_unsigned()) return v->get<std::int64_t>();
    return read_integer_value(*v, source_, member_path(path_, key));
}

std::optional<bool> ObjectReader::optional_bool(const char* key)
{
    const Json* v = get(key);
    if (v == nullptr || v->is_null()) return std::nullopt;
    if (!v->is_boolean()) fail(key, "expected true or false, found " + type_name(*v));
    return v->get<bool>();
}

bool ObjectReader::bool_or(const char* key, bool fallback) { return optional_bool(key).value_or(fallback); }

Money ObjectReader::required_amount(const char* key)
{
    const std::int64_t kronor = required_int64(key);
    if (kronor > kMaxAmount || kronor < -kMaxAmount)
        fail(key, "amount " + std::to_string(kronor) + " kronor is outside the accepted range of ±10^15 kronor");
    return Money::from_kronor(kronor);
}

std::vector<std::string> ObjectReader::string_list(const char* key)
{
    std::vector<std::string> out;
    for_each(key, [&](const Json& item, const std::string& path) { out.push_back(as_string(item, source_, path)); });
    return out;
}

void ObjectReader::for_each(const char* key, const std::function<void(const Json&, const std::string&)>& read)
{
    const Json* v = get(key);
    if (v == nullptr || v->is_null()) return;
    const std::string p = member_path(path_, key);
    if (!v->is_array()) fail_at(source_, p, "expected an array, found " + type_name(*v));
    std::size_t i = 0;
    for (const auto& item : *v) read(item, element_path(p, i++));
}

std::optional<ObjectReader> ObjectReader::object(const char* key)
{
    const Json* v = get(key);
    if (v == nullptr || v->is_null()) return std::nullopt;
    return ObjectReader(*v, member_path(path_, key), source_);
}

std::vector<std::pair<std::string, const Json&>> ObjectReader::remaining_object_items()
{
    std::vector<std::pair<std::string, const Json&>> out;
    if (all_consumed_) return out;
    for (auto it = value_.begin(); it != value_.end(); ++it) {
        if (is_consumed(it.key())) continue;
        out.emplace_back(it.key(), it.value());
    }
    // Every key is now asked for; one marker says so, instead of a copy of each (the object may be large).
    all_consumed_ = true;
    return out;
}

ExtraFields ObjectReader::extra_fields() const
{
    ExtraFields extra;
    if (all_consumed_) return extra;
    for (auto it = value_.begin(); it != value_.end(); ++it) {
        if (!is_consumed(it.key())) extra.set(it.key(), it.value().dump(-1, ' ', false, Json::error_handler_t::strict));
    }
    return extra;
}

void ObjectReader::reject_unknown(const char* what) const
{
    const ExtraFields extra = extra_fields();
    if (!extra.empty())
        fail(extra.entries().front().first,
             std::string("unknown field in ") + what + " (only objects with a \"schema\" tag keep unknown fields)");
}

std::optional<Date> read_date(ObjectReader& in, const char* key)
{
    auto text = in.nullable_string(key);
    if (!text) return std::nullopt;
    auto date = try_parse_iso_date(*text);
    if (!date) in.fail(key, "not a date in the form YYYY-MM-DD: \"" + *text + "\"");
    return date;
}

Json tagged(const char* name, int version)
{
    Json object = Json::object();
    object["schema"] = std::string(name) + "." + std::to_string(version);
    return object;
}

void put_extra(Json& object, const ExtraFields& extra)
{
    for (const auto& [key, text] : extra.entries()) {
        if (object.contains(key)) continue;  // a known field always wins over a stale copy
        try {
            object[key] = Json::parse(text);
        } catch (const Json::parse_error&) {
            throw InvalidArgument("extra field \"" + key + "\" does not hold valid JSON");
        }
    }
}

}  // namespace miljoplan::detail

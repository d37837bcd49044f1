// SPDX-License-Identifier: Apache-2.0
// TOML as a second, hand-writable file format. There is still one reader and one writer: a plan is
// written by turning the JSON tree of detail::write_plan into TOML, and read by turning the TOML document
// into a JSON tree that the JSON reader reads. The formats therefore accept the same plans, keep the same
// unknown fields and name shape errors by the same JSON path.
#include "miljoplan/io/toml.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <utility>
#include <vector>

// toml++ is used header-only and privately, as nlohmann-json is: nothing of it reaches the public headers,
// consumers of the static library need not link it, and Debian's shared libtomlplusplus is not needed at
// run time. Its formatters are left out: the writer below lays the document out itself, because it has to
// control key order and inline tables, which toml++'s formatter does not.
#define TOML_HEADER_ONLY 1
#define TOML_ENABLE_FORMATTERS 0
#include <toml++/toml.h>

#include "detail/text.h"
#include "io/codec.h"
#include "io/path.h"
#include "miljoplan/io/file.h"

namespace miljoplan {

namespace {

using detail::Json;

// TOML has no null. Where the JSON reader treats an absent key exactly as null (every nullable field the
// writer emits: adoption.body and .date, a revision's date and body, a proposal's submitted_year, the
// plan's budget) the key is left out. A null the reader cannot get back from an absent key, an element of
// a list or a null kept in an unknown field, is written as this one-key inline table.
constexpr const char* kNullKey = "$null";

// The readable layout writes a table or a list of tables inline when each line stays within this width.
constexpr std::size_t kLineWidth = 100;

bool is_null_marker(const Json& value)
{
    if (!value.is_object() || value.size() != 1) return false;
    const auto it = value.find(kNullKey);
    return it != value.end() && it->is_boolean() && it->get<bool>();
}

bool is_table_list(const Json& value)
{
    if (!value.is_array() || value.empty()) return false;
    return std::all_of(value.begin(), value.end(), [](const Json& item) { return item.is_object(); });
}

bool is_bare_key(const std::string& key)
{
    if (key.empty()) return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

// Appends the escape TOML needs for a control character other than tab and newline.
void escape_control(unsigned char c, std::string& out)
{
    switch (c) {
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\r': out += "\\r"; break;
    default: {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(c));
        out += buffer;
    }
    }
}

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

// A basic string on one line; UTF-8 is kept as is, so Swedish text stays readable.
std::string toml_string(std::string_view text)
{
    std::string out = "\"";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (is_control(c)) escape_control(c, out);
        else out += ch;
    }
    return out + "\"";
}

// A multi-line basic string, for texts with line breaks (a plan's prose). The newline after the opening
// quotes is not part of the value; carriage returns are escaped because TOML lets a parser normalise
// line endings inside the string, and a quote is escaped only where it could close the string early.
std::string multiline(std::string_view text)
{
    std::string out = "\"\"\"\n";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"') out += (i + 1 == text.size() || text[i + 1] == '"') ? "\\\"" : "\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n' || c == '\t') out += static_cast<char>(c);
        else if (is_control(c)) escape_control(c, out);
        else out += static_cast<char>(c);
    }
    return out + "\"\"\"";
}

std::string key_text(const std::string& key) { return is_bare_key(key) ? key : toml_string(key); }

// Members written exactly, by object: from this index of the object's members on, nulls are kept (as the
// marker) and the order of the members is kept, and so is everything inside them. Unknown fields come
// last in the canonical JSON, so keeping a tail of an object exact is enough to keep them.
using ExactTails = std::map<const Json*, std::size_t>;

// Lays a JSON tree out as TOML. Members not in an exact tail are laid out for reading: a null is left out
// (the reader takes an absent key for null) and a table that does not fit on a line gets its own
// [section] after the plain values, which changes the order of the members, harmless for known fields
// (the reader takes them by name). An exact member becomes a section only when all members after it do
// too, as TOML wants a table's plain values before its sections.
class TomlWriter {
public:
    explicit TomlWriter(const ExactTails& exact) : exact_(exact) {}

    std::string document(const Json& root)
    {
        std::string out;
        table_body(root, {}, "$", false, out);
        return out;
    }

private:
    struct Member {
        const std::string* key;
        const Json* value;
        std::string path;
        bool exact = false;
        bool section = false;
    };

    std::size_t exact_from(const Json& object, bool exact) const
    {
        if (exact) return 0;
        const auto it = exact_.find(&object);
        return it == exact_.end() ? std::numeric_limits<std::size_t>::max() : it->second;
    }

    void check_object(const Json& object, const std::string& path) const
    {
        if (is_null_marker(object))
            throw InvalidArgument("cannot write TOML: the object at " + path + " is {\"" + kNullKey +
                                  "\": true}, which TOML files use to mean null");
    }

    std::string scalar(const Json& value, const std::string& path) const
    {
        switch (value.type()) {
        case Json::value_t::null: return std::string("{ \"") + kNullKey + "\" = true }";
        case Json::value_t::boolean: return value.get<bool>() ? "true" : "false";
        case Json::value_t::number_integer: return std::to_string(value.get<std::int64_t>());
        case Json::value_t::number_unsigned: {
            const auto u = value.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                throw InvalidArgument("cannot write TOML: the integer " + std::to_string(u) + " at " + path +
                                      " is larger than TOML integers can be");
            return std::to_string(u);
        }
        // nlohmann writes the shortest text that reads back to the same double ("2.5", "1e+100", "-0.0"),
        // which is also a TOML float; reading it back gives the same bytes in the JSON again.
        case Json::value_t::number_float: return value.dump();
        case Json::value_t::string: return toml_string(value.get_ref<const std::string&>());
        default: throw InvalidArgument("cannot write TOML: unsupported value at " + path);
        }
    }

    // An inline table, always on one line (TOML 1.0 allows no line breaks between its braces).
    std::string inline_table(const Json& object, const std::string& path, bool exact) const
    {
        check_object(object, path);
        const std::size_t first_exact = exact_from(object, exact);
        std::string out;
        std::size_t index = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++index) {
            const bool member_exact = index >= first_exact;
            if (it.value().is_null() && !member_exact) continue;
            out += out.empty() ? "{ " : ", ";
            out += key_text(it.key()) + " = " + one_line(it.value(), detail::member_path(path, it.key()), member_exact);
        }
        return out.empty() ? "{}" : out + " }";
    }

    std::string one_line(const Json& value, const std::string& path, bool exact) const
    {
        if (value.is_object()) return inline_table(value, path, exact);
        if (value.is_array()) {
            std::string out = "[";
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (i > 0) out += ", ";
                out += one_line(value[i], detail::element_path(path, i), exact);
            }
            return out + "]";
        }
        return scalar(value, path);
    }

    // A value after "key = " at @p column: an array that does not fit goes one element a line.
    std::string inline_value(const Json& value, const std::string& path, bool exact, std::size_t column,
                             std::size_t indent) const
    {
        if (!value.is_array() || value.empty()) return one_line(value, path, exact);
        std::string line = one_line(value, path, exact);
        if (column + detail::utf8_length(line) <= kLineWidth) return line;
        const std::string pad(indent + 2, ' ');
        std::string out = "[\n";
        for (std::size_t i = 0; i < value.size(); ++i)
            out += pad + inline_value(value[i], detail::element_path(path, i), exact, indent + 2, indent + 2) + ",\n";
        return out + std::string(indent, ' ') + "]";
    }

    bool fits(const Member& m) const
    {
        if (m.value->is_object())
            return detail::utf8_length(key_text(*m.key)) + 3 + detail::utf8_length(inline_table(*m.value, m.path, m.exact)) <=
                   kLineWidth;
        // A list of tables inline is one table a line, indented by two and followed by a comma.
        for (std::size_t i = 0; i < m.value->size(); ++i) {
            const std::string table = inline_table((*m.value)[i], detail::element_path(m.path, i), m.exact);
            if (2 + detail::utf8_length(table) + 1 > kLineWidth) return false;
        }
        return true;
    }

    static std::string header(const std::vector<std::string>& keys)
    {
        std::string out;
        for (const auto& key : keys) out += (out.empty() ? "" : ".") + key_text(key);
        return out;
    }

    void table_body(const Json& object, const std::vector<std::string>& keys, const std::string& path, bool exact,
                    std::string& out)
    {
        check_object(object, path);
        const std::size_t first_exact = exact_from(object, exact);
        std::vector<Member> members;
        std::size_t index = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++index) {
            Member m{&it.key(), &it.value(), detail::member_path(path, it.key()), index >= first_exact};
            if (m.value->is_null() && !m.exact) continue;
            m.section = (m.value->is_object() || is_table_list(*m.value)) && !fits(m);
            members.push_back(std::move(m));
        }
        // The exact members are the tail of the list: keep their order.
        bool rest_are_sections = true;
        for (auto m = members.rbegin(); m != members.rend() && m->exact; ++m) {
            m->section = m->section && rest_are_sections;
            rest_are_sections = m->section;
        }
        for (const auto& m : members) {
            if (m.section) continue;
            const std::string key = key_text(*m.key);
            out += key + " = ";
            if (m.value->is_string() && m.value->get_ref<const std::string&>().find('\n') != std::string::npos)
                out += multiline(m.value->get_ref<const std::string&>());
            else
                out += inline_value(*m.value, m.path, m.exact, detail::utf8_length(key) + 3, 0);
            out += "\n";
        }
        for (const auto& m : members) {
            if (!m.section) continue;
            std::vector<std::string> sub = keys;
            sub.push_back(*m.key);
            if (m.value->is_object()) {
                out += (out.empty() ? "[" : "\n[") + header(sub) + "]\n";
                table_body(*m.value, sub, m.path, m.exact, out);
                continue;
            }
            for (std::size_t i = 0; i < m.value->size(); ++i) {
                out += (out.empty() ? "[[" : "\n[[") + header(sub) + "]]\n";
                table_body((*m.value)[i], sub, detail::element_path(m.path, i), m.exact, out);
            }
        }
    }

    const ExactTails& exact_;
};

bool position_before(const toml::source_position& a, const toml::source_position& b)
{
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

// Converts a parsed TOML document to the JSON tree, remembering where in the TOML text each JSON path is
// so that the JSON reader's errors can point at a line too.
class TomlReader {
public:
    explicit TomlReader(std::string source) : source_(std::move(source)) {}

    Json document(const toml::table& root) { return table(root, "$"); }

    // The error @p e with the line and column of the nearest TOML key on its path, if it is this input's.
    std::optional<SchemaError> locate(const SchemaError& e) const
    {
        const SourceLocation& at = e.location();
        if (at.source != source_ || at.line != 0 || at.path.empty()) return std::nullopt;
        for (std::size_t end = at.path.size(); end > 0; --end) {
            if (end < at.path.size() && at.path[end] != '.' && at.path[end] != '[') continue;
            const auto it = positions_.find(at.path.substr(0, end));
            if (it == positions_.end()) continue;
            return SchemaError(SourceLocation{source_, it->second.line, it->second.column, at.path}, e.detail());
        }
        return std::nullopt;
    }

private:
    [[noreturn]] void fail(const toml::node& node, const std::string& path, const std::string& message) const
    {
        const auto& begin = node.source().begin;
        throw SchemaError(SourceLocation{source_, begin.line, begin.column, path}, message);
    }

    Json table(const toml::table& t, const std::string& path)
    {
        // toml++ keeps a table's keys sorted; the file's order is what unknown fields must keep.
        std::vector<std::pair<const toml::key*, const toml::node*>> members;
        for (auto&& [key, node] : t) members.emplace_back(&key, &node);
        std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) {
            return position_before(a.first->source().begin, b.first->source().begin);
        });
        Json out = Json::object();
        for (const auto& [key, node] : members) {
            const std::string name(key->str());
            const std::string member = detail::member_path(path, name);
            positions_.emplace(member, key->source().begin);
            out[name] = value(*node, member);
        }
        if (is_null_marker(out)) return Json(nullptr);
        return out;
    }

    Json value(const toml::node& node, const std::string& path)
    {
        switch (node.type()) {
        case toml::node_type::table: return table(*node.as_table(), path);
        case toml::node_type::array: {
            Json out = Json::array();
            std::size_t i = 0;
            for (const auto& item : *node.as_array()) {
                const std::string element = detail::element_path(path, i++);
                positions_.emplace(element, item.source().begin);
                out.push_back(value(item, element));
            }
            return out;
        }
        case toml::node_type::string: return node.as_string()->get();
        case toml::node_type::integer: return node.as_integer()->get();
        case toml::node_type::floating_point: {
            const double d = node.as_floating_point()->get();
            if (d != d || d == std::numeric_limits<double>::infinity() || d == -std::numeric_limits<double>::infinity())
                fail(node, path, "nan and inf have no place in a plan (JSON cannot hold them)");
            return d;
        }
        case toml::node_type::boolean: return node.as_boolean()->get();
        case toml::node_type::date: {
            // Plans hold dates as "YYYY-MM-DD" strings; a bare TOML date is the same date, written by hand.
            const toml::date& d = node.as_date()->get();
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "%04u-%02u-%02u", static_cast<unsigned>(d.year),
                          static_cast<unsigned>(d.month), static_cast<unsigned>(d.day));
            return std::string(buffer);
        }
        case toml::node_type::time:
        case toml::node_type::date_time:
            fail(node, path, "a TOML time or date-time; a plan holds only dates (write 2026-05-20 or \"2026-05-20\")");
        default: fail(node, path, "an unsupported TOML value");
        }
    }

    std::string source_;
    std::map<std::string, toml::source_position> positions_;
};

toml::table parse_toml(std::string_view text, const std::string& source)
{
    try {
        return toml::parse(text, std::string_view(source));
    } catch (const toml::parse_error& e) {
        const auto& begin = e.source().begin;
        throw ParseError(SourceLocation{source, begin.line, begin.column, {}},
                         "invalid TOML: " + detail::printable(e.description()));
    }
}

// The canonical JSON tree of the plan @p text reads back to, or nullopt if it does not read. Profile
// references resolve to the plan's own profile: no file is read, only the TOML conversion is checked.
std::optional<Json> read_back(const std::string& text, const Plan& plan)
{
    const std::string source = "<plan_to_toml>";
    try {
        TomlReader reader(source);
        const Json tree = reader.document(parse_toml(text, source));
        detail::ObjectReader in(tree, "$", source);
        const detail::ProfileLookup lookup = [&](const std::string&) -> std::shared_ptr<const Organisation> {
            if (plan.pristine_profile()) return plan.pristine_profile();
            return plan.organisation();
        };
        return detail::write_plan(*detail::read_plan(in, lookup));
    } catch (const Error&) {
        return std::nullopt;
    }
}

void mark_exact_from(ExactTails& exact, const Json& object, std::size_t index)
{
    const auto [it, added] = exact.emplace(&object, index);
    if (!added) it->second = std::min(it->second, index);
}

void find_differences(const Json& original, const Json& again, ExactTails& exact);

// Whether @p original and @p again differ where only the member holding them can repair it (a scalar, a
// list of another length); differences deeper in tables are marked there.
bool differs_here(const Json& original, const Json& again, ExactTails& exact)
{
    if (original == again) return false;
    if (original.is_object() && again.is_object()) {
        find_differences(original, again, exact);
        return false;
    }
    if (original.is_array() && again.is_array() && original.size() == again.size()) {
        bool here = false;
        for (std::size_t i = 0; i < original.size(); ++i) here = differs_here(original[i], again[i], exact) || here;
        return here;
    }
    return true;
}

// Marks, in each object of @p original, the tail from the first member that did not come back as it was.
void find_differences(const Json& original, const Json& again, ExactTails& exact)
{
    auto a = original.begin();
    auto b = again.begin();
    std::size_t index = 0;
    for (; a != original.end() && b != again.end() && a.key() == b.key(); ++a, ++b, ++index)
        if (differs_here(a.value(), b.value(), exact)) break;
    if (a != original.end() || b != again.end()) mark_exact_from(exact, original, index);
}

std::string to_toml(const Plan& plan, const Json& document)
{
    const std::string canonical = detail::dump_json(document);  // also rejects malformed UTF-8
    // The readable layout loses nothing unless an unknown field holds a null or an unknown table comes
    // before an unknown plain value. Only the reader knows which fields are unknown, so read the TOML back
    // and keep exact the tails of the objects that did not come back the same. One round finds them all;
    // the rounds are bounded all the same, and after them everything is written exactly.
    ExactTails exact;
    for (int round = 0; round < 4; ++round) {
        std::string text = TomlWriter(exact).document(document);
        const std::optional<Json> again = read_back(text, plan);
        if (!again) break;
        if (detail::dump_json(*again) == canonical) return text;
        const ExactTails before = exact;
        find_differences(document, *again, exact);
        if (exact == before) break;
    }
    return TomlWriter(ExactTails{{&document, 0}}).document(document);
}

}  // namespace

std::shared_ptr<Plan> plan_from_toml(std::string_view text, const std::string& source_name, const std::string& base_dir)
{
    TomlReader reader(source_name);
    const Json document = reader.document(parse_toml(text, source_name));
    try {
        // Through JSON text rather than the tree: plan_from_json is where profile references are resolved
        // and remembered, and a second copy of that logic here could drift from it.
        return plan_from_json(detail::dump_json(document), source_name, base_dir);
    } catch (const SchemaError& e) {
        if (auto located = reader.locate(e)) throw *located;
        throw;
    }
}

std::string plan_to_toml(const Plan& plan) { return to_toml(plan, detail::write_plan(plan)); }

std::shared_ptr<Plan> load_plan_toml(const std::string& path)
{
    return plan_from_toml(read_text_file(path), path, detail::directory_of(path));
}

std::shared_ptr<Plan> load_any_plan(const std::string& path)
{
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash) &&
        detail::utf8_lower(path.substr(dot + 1)) == "toml")
        return load_plan_toml(path);
    return load_plan(path);
}

void save_plan_toml(const Plan& plan, const std::string& path, Overwrite overwrite)
{
    Json document = detail::write_plan(plan);
    detail::rebase_profile_reference(document, plan, path);
    write_file_atomically(path, to_toml(plan, document), overwrite == Overwrite::Yes);
}

}  // namespace miljoplan

// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/keyfigures/key_figure_io.h"

#include <algorithm>
#include <map>

#include "detail/text.h"
#include "io/codec.h"
#include "io/json_support.h"
#include "miljoplan/error.h"
#include "miljoplan/io/file.h"

namespace miljoplan {

namespace {

using detail::Json;

// ---- CSV ------------------------------------------------------------------------------------------------

struct CsvField {
    std::string text;
    std::size_t column = 0;  // 1-based character column where the field starts
};

struct CsvRecord {
    std::size_t line = 0;  // 1-based line where the record starts
    std::vector<CsvField> fields;
};

char detect_separator(std::string_view text)
{
    // The header row decides: Swedish Excel writes ';', other tools ','. Only the first line is looked at,
    // since a decimal comma in the data would otherwise count as a separator.
    const std::string_view header = text.substr(0, text.find('\n'));
    return header.find(';') != std::string_view::npos ? ';' : ',';
}

// RFC 4180 with a chosen separator; CRLF or LF line ends; quoted fields may span lines.
std::vector<CsvRecord> read_csv(std::string_view text, char separator, const std::string& source)
{
    std::vector<CsvRecord> records;
    std::size_t line = 1;
    std::size_t column = 1;
    std::size_t i = 0;
    CsvRecord record{line, {}};
    CsvField field{{}, column};
    bool in_quotes = false;
    bool quoted = false;
    bool field_started = false;
    auto end_field = [&] {
        record.fields.push_back(std::move(field));
        field = CsvField{{}, column};
        quoted = false;
        field_started = false;
    };
    auto end_record = [&] {
        end_field();
        // A blank line is no record (Excel leaves one at the end).
        if (!(record.fields.size() == 1 && record.fields[0].text.empty())) records.push_back(std::move(record));
        record = CsvRecord{line, {}};
    };
    while (i < text.size()) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.text += '"';
                    i += 2;
                    column += 2;
                    continue;
                }
                in_quotes = false;
                ++i;
                ++column;
                continue;
            }
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++column;
            }
            field.text += c;
            ++i;
            continue;
        }
        if (c == '"' && !field_started) {
            in_quotes = true;
            quoted = true;
            field_started = true;
            ++i;
            ++column;
            continue;
        }
        if (c == '"' && quoted) {
            throw ParseError(SourceLocation{source, line, column, {}}, "text after a closing quote");
        }
        if (c == separator) {
            ++i;
            ++column;
            end_field();
            continue;
        }
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
            continue;
        }
        if (c == '\n') {
            ++i;
            ++line;
            column = 1;
            end_record();
            continue;
        }
        if (quoted) throw ParseError(SourceLocation{source, line, column, {}}, "text after a closing quote");
        field.text += c;
        field_started = true;
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
        ++i;
    }
    if (in_quotes)
        throw ParseError(SourceLocation{source, record.line, field.column, {}}, "unterminated quoted field (opened here)");
    end_record();
    return records;
}

// Kolada sends numbers; nlohmann keeps them as doubles and prints the shortest text that reads back as the
// same double, which is the published decimal for up to 15 significant digits. An exponent ("1e-05") is
// shifted into plain decimal text before parsing.
Decimal decimal_from_number_text(std::string text)
{
    const auto e = text.find_first_of("eE");
    if (e == std::string::npos) return Decimal::parse(text);
    const int exponent = std::stoi(text.substr(e + 1));
    std::string mantissa = text.substr(0, e);
    bool negative = !mantissa.empty() && mantissa[0] == '-';
    if (negative) mantissa.erase(0, 1);
    auto dot = mantissa.find('.');
    std::string digits = mantissa;
    int point = static_cast<int>(mantissa.size());
    if (dot != std::string::npos) {
        digits.erase(dot, 1);
        point = static_cast<int>(dot);
    }
    point += exponent;
    if (point <= 0) digits.insert(0, static_cast<std::size_t>(-point) + 1, '0'), point = 1;
    while (static_cast<int>(digits.size()) < point) digits += '0';
    std::string plain = digits.substr(0, static_cast<std::size_t>(point));
    if (static_cast<std::size_t>(point) < digits.size()) plain += "." + digits.substr(static_cast<std::size_t>(point));
    return Decimal::parse((negative ? "-" : "") + plain);
}

std::string header_key(std::string_view text) { return detail::fold(text); }

// The folded header names the Miljöbarometern reader knows; "år" and "värde" also in English and without
// their diacritics, since fold() keeps å and ä.
std::string canonical_column(const std::string& key)
{
    if (key == "ar" || key == "year") return "år";
    if (key == "varde" || key == "value") return "värde";
    return key;
}

bool is_known_column(const std::string& key)
{
    static const char* const known[] = {"indikator", "indikatornamn", "enhet", "kommun", "år", "värde", "status",
                                        "rapporterad"};
    return std::any_of(std::begin(known), std::end(known), [&](const char* k) { return key == k; });
}

// KeyFigureImport::columns, folded on both sides; a target the reader does not know is the caller's mistake.
std::map<std::string, std::string> column_renames(const std::map<std::string, std::string>& columns)
{
    std::map<std::string, std::string> out;
    for (const auto& [from, to] : columns) {
        const std::string target = canonical_column(header_key(to));
        if (!is_known_column(target))
            throw InvalidArgument("columns: \"" + from + "\" is mapped to \"" + to +
                                  "\", which is not a column the reader knows (indikator, kommun, år, värde, "
                                  "indikatornamn, enhet, status, rapporterad)");
        out[header_key(from)] = target;
    }
    return out;
}

const KeyFigureMunicipality* municipality_by_name(const KeyFigureSet& set, const std::string& text)
{
    const std::string key = detail::fold(text);
    for (const auto& m : set.municipalities()) {
        const std::string name = detail::fold(m.name);
        // "Jönköping", "Jönköpings kommun" and "Jönköping kommun" all name the same municipality.
        if (name.empty()) continue;
        for (const std::string& form : {key, key + " kommun", key + "s kommun"})
            if (form == name || form == name + " kommun" || form == name + "s kommun") return &m;
    }
    return nullptr;
}

KeyFigure new_key_figure(const std::string& id, const std::string& name, KeyFigureSource source)
{
    KeyFigure k;
    k.id = id;
    k.name = name.empty() ? id : name;
    k.source = source;
    k.source_id = id;
    return k;
}

void store(KeyFigureSet& set, KeyFigureValue value, bool replace, ImportSummary& summary)
{
    if (replace) {
        if (set.set_value(std::move(value))) ++summary.replaced;
    } else {
        set.add_value(std::move(value));
    }
    ++summary.values;
}

// ---- set JSON -------------------------------------------------------------------------------------------

Json write_value(const KeyFigureValue& v)
{
    Json out = Json::object();
    out["key_figure"] = v.key_figure;
    out["kommunkod"] = v.municipality;
    out["year"] = v.year;
    // A string keeps the decimal exact and its trailing zeros; a JSON number would pass through a double.
    out["value"] = v.value ? Json(v.value->to_string()) : Json(nullptr);
    out["status"] = to_string(v.status);
    if (v.reported_on) out["reported_on"] = to_iso_string(*v.reported_on);
    if (v.retrieved_on) out["retrieved_on"] = to_iso_string(*v.retrieved_on);
    if (!v.origin.empty()) out["origin"] = v.origin;
    if (!v.note.empty()) out["note"] = v.note;
    detail::put_extra(out, v.extra_fields);
    return out;
}

}  // namespace

void check_miljobarometern_columns(const std::map<std::string, std::string>& columns) { column_renames(columns); }

ImportSummary import_miljobarometern_csv(KeyFigureSet& set, std::string_view text, const KeyFigureImport& options)
{
    const std::string& source = options.source;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (!detail::is_valid_utf8(text))
        throw ParseError(SourceLocation{source, 0, 0, {}}, "not UTF-8 text (save the export as CSV UTF-8)");
    const auto records = read_csv(text, detect_separator(text), source);
    if (records.empty()) throw ParseError(SourceLocation{source, 1, 1, {}}, "empty file: expected a header row");

    const CsvRecord& header = records.front();
    std::map<std::string, std::size_t> index;
    std::vector<std::size_t> unknown;  // columns the reader does not know, kept with each value
    const auto renames = column_renames(options.columns);
    for (std::size_t c = 0; c < header.fields.size(); ++c) {
        std::string key = header_key(header.fields[c].text);
        if (const auto it = renames.find(key); it != renames.end()) key = it->second;
        key = canonical_column(key);
        if (!is_known_column(key)) unknown.push_back(c);
        if (!index.emplace(key, c).second)
            throw ParseError(SourceLocation{source, header.line, header.fields[c].column, {}},
                             "column " + std::to_string(c + 1) + ": duplicate column \"" + header.fields[c].text + "\"");
    }
    for (const char* required : {"indikator", "kommun", "år", "värde"})
        if (!index.count(required))
            throw ParseError(SourceLocation{source, header.line, 1, {}},
                             std::string("missing column \"") + required +
                                 "\" (expected indikator, kommun, år, värde; optional indikatornamn, enhet, status, "
                                 "rapporterad; an export's own names can be mapped to these)");

    KeyFigureSet staged = set;  // all or nothing: a broken row leaves the caller's set untouched
    ImportSummary summary;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& row = records[r];
        auto cell = [&](const char* name) -> std::string {
            const auto it = index.find(name);
            if (it == index.end() || it->second >= row.fields.size()) return {};
            return std::string(detail::trim(row.fields[it->second].text));
        };
        auto fail = [&](const char* name, const std::string& message) {
            const auto it = index.find(name);
            const std::size_t c = it == index.end() ? 0 : it->second;
            const std::size_t column = c < row.fields.size() ? row.fields[c].column : (row.fields.empty() ? 1 : row.fields.back().column);
            throw ParseError(SourceLocation{source, row.line, column, {}},
                             "row " + std::to_string(r + 1) + ", column " + std::to_string(c + 1) + " (" +
                                 header.fields[c].text + "): " + message);
        };
        if (row.fields.size() != header.fields.size()) {
            throw ParseError(SourceLocation{source, row.line, 1, {}},
                             "row " + std::to_string(r + 1) + " has " + std::to_string(row.fields.size()) +
                                 " fields, the header " + std::to_string(header.fields.size()) +
                                 " (a decimal comma must be quoted when ',' separates the columns)");
        }
        KeyFigureValue value;
        value.key_figure = cell("indikator");
        if (value.key_figure.empty()) fail("indikator", "empty indicator id");
        if (!staged.find_key_figure(value.key_figure)) {
            KeyFigure k = new_key_figure(value.key_figure, cell("indikatornamn"), KeyFigureSource::Miljobarometern);
            k.unit = cell("enhet");
            staged.add_key_figure(std::move(k));
            ++summary.key_figures;
        }
        const std::string municipality = cell("kommun");
        if (municipality.size() >= 4 && is_municipality_code(municipality.substr(0, 4)) &&
            (municipality.size() == 4 || municipality[4] == ' ')) {
            value.municipality = municipality.substr(0, 4);
        } else if (const auto* m = municipality_by_name(staged, municipality)) {
            value.municipality = m->code;
        } else {
            fail("kommun", "\"" + municipality + "\" is neither a kommunkod nor a municipality the set lists");
        }
        const std::string year = cell("år");
        if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos)
            fail("år", "expected a four-digit year, found \"" + year + "\"");
        value.year = std::stoi(year);
        const std::string number = cell("värde");
        if (!number.empty()) {
            try {
                value.value = Decimal::parse(number);
            } catch (const InvalidArgument& e) {
                fail("värde", e.what());
            }
        }
        const std::string status = cell("status");
        if (!status.empty()) {
            const auto parsed = parse_value_status(status);
            if (!parsed) fail("status", "unknown status \"" + status + "\"; expected rapporterad, saknas or reviderad");
            value.status = *parsed;
        } else {
            value.status = value.value ? ValueStatus::Reported : ValueStatus::Missing;
        }
        if (value.status == ValueStatus::Missing && value.value) fail("värde", "a value marked \"saknas\" has a number");
        if (value.status != ValueStatus::Missing && !value.value) fail("värde", "empty value marked \"" + status + "\"");
        const std::string reported = cell("rapporterad");
        if (!reported.empty()) {
            value.reported_on = try_parse_iso_date(reported);
            if (!value.reported_on) fail("rapporterad", "expected an ISO date (YYYY-MM-DD), found \"" + reported + "\"");
        }
        value.retrieved_on = options.retrieved_on;
        value.origin = source;
        Json others = Json::object();
        for (const std::size_t c : unknown) {
            const std::string_view content = detail::trim(row.fields[c].text);
            if (!content.empty()) others[std::string(detail::trim(header.fields[c].text))] = std::string(content);
        }
        if (!others.empty()) value.extra_fields.set("export_columns", others.dump());
        try {
            store(staged, std::move(value), options.replace, summary);
        } catch (const InvalidArgument& e) {
            fail("indikator", e.what());
        }
    }
    set = std::move(staged);
    return summary;
}

ImportSummary import_kolada_json(KeyFigureSet& set, std::string_view text, const KeyFigureImport& options)
{
    const std::string& source = options.source;
    const Json root = detail::parse_json(text, source);
    if (!root.is_object()) detail::fail_at(source, "$", "expected a Kolada response object, found " + detail::type_name(root));
    const auto values = root.find("values");
    if (values == root.end() || !values->is_array())
        detail::fail_at(source, "$.values", "expected the array of values of a Kolada data response");
    KeyFigureSet staged = set;
    ImportSummary summary;
    for (std::size_t i = 0; i < values->size(); ++i) {
        const Json& item = (*values)[i];
        const std::string path = detail::element_path("$.values", i);
        if (!item.is_object()) detail::fail_at(source, path, "expected an object, found " + detail::type_name(item));
        auto field = [&](const char* key) -> const Json& {
            const auto it = item.find(key);
            if (it == item.end()) detail::fail_at(source, path, std::string("missing \"") + key + "\"");
            return *it;
        };
        const std::string kpi = detail::as_string(field("kpi"), source, detail::member_path(path, "kpi"));
        const std::string municipality =
            detail::as_string(field("municipality"), source, detail::member_path(path, "municipality"));
        if (!is_municipality_code(municipality))
            detail::fail_at(source, detail::member_path(path, "municipality"),
                            "\"" + municipality + "\" is not a four-digit kommunkod");
        const std::int64_t period =
            detail::read_integer_value(field("period"), source, detail::member_path(path, "period"));
        if (period < 1900 || period > 2200)
            detail::fail_at(source, detail::member_path(path, "period"), "year " + std::to_string(period) + " is outside 1900..2200");
        const Json& entries = field("values");
        const std::string entries_path = detail::member_path(path, "values");
        if (!entries.is_array()) detail::fail_at(source, entries_path, "expected an array, found " + detail::type_name(entries));
        for (std::size_t j = 0; j < entries.size(); ++j) {
            const Json& entry = entries[j];
            const std::string entry_path = detail::element_path(entries_path, j);
            if (!entry.is_object()) detail::fail_at(source, entry_path, "expected an object, found " + detail::type_name(entry));
            const auto gender = entry.find("gender");
            // Only the total; the female and male values of gender-divided KPIs are not compared.
            if (gender != entry.end() && !(gender->is_string() && gender->get<std::string>() == "T")) continue;
            KeyFigureValue value;
            value.key_figure = kpi;
            value.municipality = municipality;
            value.year = static_cast<int>(period);
            const auto number = entry.find("value");
            const std::string value_path = detail::member_path(entry_path, "value");
            if (number != entry.end() && !number->is_null()) {
                try {
                    if (number->is_number()) value.value = decimal_from_number_text(number->dump());
                    else value.value = Decimal::parse(detail::as_string(*number, source, value_path));
                } catch (const InvalidArgument& e) {
                    detail::fail_at(source, value_path, e.what());
                }
            }
            value.status = value.value ? ValueStatus::Reported : ValueStatus::Missing;
            const auto status = entry.find("status");
            if (status != entry.end() && status->is_string()) value.note = status->get<std::string>();
            value.retrieved_on = options.retrieved_on;
            value.origin = source;
            if (!staged.find_key_figure(kpi)) {
                staged.add_key_figure(new_key_figure(kpi, {}, KeyFigureSource::Kolada));
                ++summary.key_figures;
            }
            try {
                store(staged, std::move(value), options.replace, summary);
            } catch (const InvalidArgument& e) {
                detail::fail_at(source, entry_path, e.what());
            }
        }
    }
    set = std::move(staged);
    return summary;
}

std::size_t import_kolada_kpi_json(KeyFigureSet& set, std::string_view text, const std::string& source)
{
    const Json root = detail::parse_json(text, source);
    if (!root.is_object()) detail::fail_at(source, "$", "expected a Kolada response object, found " + detail::type_name(root));
    const auto values = root.find("values");
    if (values == root.end() || !values->is_array())
        detail::fail_at(source, "$.values", "expected the array of KPIs of a Kolada response");
    KeyFigureSet staged = set;
    std::size_t changed = 0;
    for (std::size_t i = 0; i < values->size(); ++i) {
        const Json& item = (*values)[i];
        const std::string path = detail::element_path("$.values", i);
        if (!item.is_object()) detail::fail_at(source, path, "expected an object, found " + detail::type_name(item));
        const auto id_it = item.find("id");
        if (id_it == item.end()) detail::fail_at(source, path, "missing \"id\"");
        const std::string id = detail::as_string(*id_it, source, detail::member_path(path, "id"));
        if (id.empty()) detail::fail_at(source, detail::member_path(path, "id"), "empty KPI id");
        std::string title, description;
        if (const auto t = item.find("title"); t != item.end() && !t->is_null())
            title = detail::as_string(*t, source, detail::member_path(path, "title"));
        if (const auto d = item.find("description"); d != item.end() && !d->is_null())
            description = detail::as_string(*d, source, detail::member_path(path, "description"));
        if (KeyFigure* known = staged.find_key_figure(id)) {
            if (known->name == known->id && !title.empty()) {
                known->name = title;
                if (known->description.empty()) known->description = description;
                ++changed;
            }
            continue;
        }
        KeyFigure k = new_key_figure(id, title, KeyFigureSource::Kolada);
        k.description = description;
        staged.add_key_figure(std::move(k));
        ++changed;
    }
    set = std::move(staged);
    return changed;
}

std::string key_figures_to_json(const KeyFigureSet& set)
{
    Json out = detail::tagged(KeyFigureSet::schema_name, KeyFigureSet::schema_version);
    if (!set.title().empty()) out["title"] = set.title();
    Json municipalities = Json::array();
    for (const auto& m : set.municipalities()) {
        Json j = Json::object();
        j["kommunkod"] = m.code;
        if (!m.name.empty()) j["name"] = m.name;
        if (!m.party.empty()) j["party"] = m.party;
        municipalities.push_back(std::move(j));
    }
    out["municipalities"] = std::move(municipalities);
    Json catalogue = Json::array();
    for (const auto& k : set.key_figures()) {
        Json j = detail::tagged(KeyFigure::schema_name, KeyFigure::schema_version);
        j["id"] = k.id;
        j["name"] = k.name;
        if (!k.unit.empty()) j["unit"] = k.unit;
        j["better"] = to_string(k.better);
        j["source"] = to_string(k.source);
        if (!k.source_id.empty()) j["source_id"] = k.source_id;
        if (!k.description.empty()) j["description"] = k.description;
        detail::put_extra(j, k.extra_fields);
        catalogue.push_back(std::move(j));
    }
    out["key_figures"] = std::move(catalogue);
    Json values = Json::array();
    for (const auto& v : set.values()) values.push_back(write_value(v));
    out["values"] = std::move(values);
    detail::put_extra(out, set.extra_fields());
    return detail::dump_json(out);
}

KeyFigureSet key_figures_from_json(std::string_view text, const std::string& source)
{
    const Json root = detail::parse_json(text, source);
    detail::ObjectReader in(root, "$", source);
    in.expect_schema(KeyFigureSet::schema_name, KeyFigureSet::schema_version, true);
    KeyFigureSet set;
    set.set_title(in.optional_string("title"));
    in.for_each("municipalities", [&](const Json& item, const std::string& path) {
        detail::ObjectReader m(item, path, source);
        KeyFigureMunicipality municipality;
        municipality.code = m.required_string("kommunkod");
        municipality.name = m.optional_string("name");
        municipality.party = m.optional_string("party");
        m.reject_unknown("a municipality");
        detail::at_path(m, [&] { set.add_municipality(std::move(municipality)); });
    });
    in.for_each("key_figures", [&](const Json& item, const std::string& path) {
        detail::ObjectReader k(item, path, source);
        k.expect_schema(KeyFigure::schema_name, KeyFigure::schema_version, false);
        KeyFigure figure;
        figure.id = k.required_string("id");
        figure.name = k.required_string("name");
        figure.unit = k.optional_string("unit");
        figure.better = detail::read_enum<Better>(k, "better", parse_better, "högre, lägre, neutral");
        figure.source = detail::read_enum<KeyFigureSource>(k, "source", parse_key_figure_source,
                                                           "kolada, miljöbarometern, övrig");
        figure.source_id = k.optional_string("source_id");
        figure.description = k.optional_string("description");
        figure.extra_fields = k.extra_fields();
        detail::at_path(k, [&] { set.add_key_figure(std::move(figure)); });
    });
    in.for_each("values", [&](const Json& item, const std::string& path) {
        detail::ObjectReader v(item, path, source);
        KeyFigureValue value;
        value.key_figure = v.required_string("key_figure");
        value.municipality = v.required_string("kommunkod");
        value.year = v.required_int("year");
        if (const auto number = v.nullable_string("value")) {
            try {
                value.value = Decimal::parse(*number);
            } catch (const InvalidArgument& e) {
                v.fail("value", e.what());
            }
        }
        value.status = detail::read_enum<ValueStatus>(v, "status", parse_value_status, "rapporterad, saknas, reviderad");
        value.reported_on = detail::read_date(v, "reported_on");
        value.retrieved_on = detail::read_date(v, "retrieved_on");
        value.origin = v.optional_string("origin");
        value.note = v.optional_string("note");
        value.extra_fields = v.extra_fields();
        detail::at_path(v, [&] { set.add_value(std::move(value)); });
    });
    set.extra_fields() = in.extra_fields();
    return set;
}

KeyFigureSet load_key_figures(const std::string& path) { return key_figures_from_json(read_text_file(path), path); }

void save_key_figures(const KeyFigureSet& set, const std::string& path, bool overwrite)
{
    write_file_atomically(path, key_figures_to_json(set), overwrite);
}

}  // namespace miljoplan

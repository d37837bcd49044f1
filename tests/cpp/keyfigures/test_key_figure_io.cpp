// SPDX-License-Identifier: Apache-2.0
// Importing key figures: the Miljöbarometern CSV export (broken rows name row and column), Kolada's JSON
// responses (errors name the JSON path), and the set's own JSON with unknown fields kept.
#include <gtest/gtest.h>

#include "keyfigure_fixture.h"
#include "miljoplan/keyfigures/key_figure_io.h"

using namespace miljoplan;
using miljoplan::testing::county_set;
using miljoplan::testing::keyfigure_data;
using miljoplan::testing::read_file;

namespace {

std::string csv_error(const std::string& text, KeyFigureSet set = county_set())
{
    const KeyFigureSet before = set;
    KeyFigureImport options;
    options.source = "export.csv";
    try {
        import_miljobarometern_csv(set, text, options);
    } catch (const ParseError& e) {
        EXPECT_EQ(set, before) << "a broken row must leave the set unchanged";
        return e.what();
    }
    return "no error";
}

const char* kHeader = "indikator;kommun;år;värde\n";

}  // namespace

TEST(MiljobarometernCsv, ReadsTheIllustrativeExport)
{
    const KeyFigureSet set = county_set();
    ASSERT_EQ(set.key_figures().size(), 2U);
    EXPECT_EQ(set.key_figures()[0].name, "Andel ekologiska livsmedel i kommunens verksamheter");
    EXPECT_EQ(set.key_figures()[0].unit, "%");
    EXPECT_EQ(set.key_figures()[0].source, KeyFigureSource::Miljobarometern);
    EXPECT_EQ(set.values().size(), 37U);
    const auto* mullsjo = set.find_value("eko-livsmedel", "0642", 2022);
    ASSERT_NE(mullsjo, nullptr);
    EXPECT_EQ(mullsjo->value->to_string(), "40.25");
    EXPECT_EQ(to_iso_string(*mullsjo->reported_on), "2023-03-23");
    EXPECT_EQ(mullsjo->origin, "miljobarometern.csv");
    // "Jönköping" in the kommun column is matched to the listed municipality's code.
    EXPECT_EQ(set.find_value("hushallsavfall", "0680", 2023)->value->to_string(), "455");
    EXPECT_EQ(set.find_value("eko-livsmedel", "0662", 2023)->status, ValueStatus::Missing);
    EXPECT_FALSE(set.find_value("eko-livsmedel", "0662", 2023)->value);
    EXPECT_EQ(set.find_value("hushallsavfall", "0686", 2023)->status, ValueStatus::Revised);
}

TEST(MiljobarometernCsv, AcceptsCommaSeparatorQuotesBomAndRetrievalDate)
{
    KeyFigureSet set;
    KeyFigureImport options;
    options.retrieved_on = Date(2024, 4, 2);
    const auto summary = import_miljobarometern_csv(
        set, "\xEF\xBB\xBFIndikator,Kommun,År,Värde,Indikatornamn\r\nx,0604,2023,\"12,5\",\"Namn, med komma\"\r\n",
        options);
    EXPECT_EQ(summary.values, 1U);
    EXPECT_EQ(summary.key_figures, 1U);
    EXPECT_EQ(set.find_key_figure("x")->name, "Namn, med komma");
    EXPECT_EQ(set.find_value("x", "0604", 2023)->value->to_string(), "12.5");
    EXPECT_EQ(*set.find_value("x", "0604", 2023)->retrieved_on, Date(2024, 4, 2));
}

TEST(MiljobarometernCsv, BrokenRowsNameRowAndColumn)
{
    EXPECT_EQ(csv_error(std::string(kHeader) + "eko-livsmedel;0604;2023;12,3x\n"),
              "export.csv:2:25: row 2, column 4 (värde): '12,3x' is not a decimal number: unexpected character at "
              "position 5");
    EXPECT_EQ(csv_error(std::string(kHeader) + "eko-livsmedel;0604;2019;1\neko-livsmedel;Atlantis;2023;2\n"),
              "export.csv:3:15: row 3, column 2 (kommun): \"Atlantis\" is neither a kommunkod nor a municipality the "
              "set lists");
    EXPECT_EQ(csv_error(std::string(kHeader) + "eko-livsmedel;0604;23;1\n"),
              "export.csv:2:20: row 2, column 3 (år): expected a four-digit year, found \"23\"");
    EXPECT_EQ(csv_error(std::string(kHeader) + "eko-livsmedel;0604;2023\n"),
              "export.csv:2:1: row 2 has 3 fields, the header 4 (a decimal comma must be quoted when ',' separates "
              "the columns)");
    EXPECT_EQ(csv_error("indikator,kommun,år,värde\neko-livsmedel,0604,2023,12,5\n"),
              "export.csv:2:1: row 2 has 5 fields, the header 4 (a decimal comma must be quoted when ',' separates "
              "the columns)");
    EXPECT_EQ(csv_error("indikator;kommun;värde\n"),
              "export.csv:1:1: missing column \"år\" (expected indikator, kommun, år, värde; optional indikatornamn, "
              "enhet, status, rapporterad; an export's own names can be mapped to these)");
    EXPECT_EQ(csv_error("indikator;kommun;år;värde;status\neko-livsmedel;0604;2023;5;kanske\n"),
              "export.csv:2:27: row 2, column 5 (status): unknown status \"kanske\"; expected rapporterad, saknas or "
              "reviderad");
    // The export's own rows again: a value the set already has is refused unless replacing.
    EXPECT_EQ(csv_error(std::string(kHeader) + "eko-livsmedel;0604;2023;1\n"),
              "export.csv:2:1: row 2, column 1 (indikator): duplicate id 'eko-livsmedel/0604/2023' in key figure values");
    EXPECT_EQ(csv_error(std::string(kHeader) + "\"eko-livsmedel;0604;2023;1\n"), "export.csv:2:1: unterminated quoted field (opened here)");
}

TEST(MiljobarometernCsv, MapsAnExportsOwnColumnsAndKeepsTheOthers)
{
    KeyFigureSet set = county_set();
    KeyFigureImport options;
    options.source = "egen.csv";
    options.columns = {{"Nyckeltal", "indikator"}, {"KOMMUNKOD", "kommun"}, {"Mätår", "År"}, {"Mätvärde", "value"}};
    const auto summary = import_miljobarometern_csv(
        set,
        "Nyckeltal;Kommunkod;Mätår;Mätvärde;Kommentar;Källa\n"
        "eko-livsmedel;0617;2024;41,5;Ny upphandling;\"SCB; tabell 3\"\n"
        "eko-livsmedel;0662;2024;38;;\n",
        options);
    EXPECT_EQ(summary.values, 2U);
    EXPECT_EQ(set.find_value("eko-livsmedel", "0617", 2024)->value->to_string(), "41.5");
    // Columns the reader does not know stay with their value, header → text; empty cells are left out.
    EXPECT_EQ(set.find_value("eko-livsmedel", "0617", 2024)->extra_fields.get("export_columns"),
              std::optional<std::string>(R"({"Kommentar":"Ny upphandling","Källa":"SCB; tabell 3"})"));
    EXPECT_FALSE(set.find_value("eko-livsmedel", "0662", 2024)->extra_fields.get("export_columns"));
    // ... and survive the snapshot file.
    const KeyFigureSet again = key_figures_from_json(key_figures_to_json(set));
    EXPECT_EQ(again.find_value("eko-livsmedel", "0617", 2024)->extra_fields,
              set.find_value("eko-livsmedel", "0617", 2024)->extra_fields);

    EXPECT_NO_THROW(check_miljobarometern_columns({{"Mätvärde", " VÄRDE "}, {"Kommunkod", "kommun"}}));
    EXPECT_THROW(check_miljobarometern_columns({{"Mätvärde", "mätvärde"}}), InvalidArgument);
    options.columns = {{"Mätvärde", "mätvärde"}};
    KeyFigureSet untouched = county_set();
    try {
        import_miljobarometern_csv(untouched, std::string(kHeader) + "eko-livsmedel;0617;2024;1\n", options);
        FAIL() << "a mapping to an unknown name was accepted";
    } catch (const InvalidArgument& e) {
        EXPECT_EQ(std::string(e.what()),
                  "columns: \"Mätvärde\" is mapped to \"mätvärde\", which is not a column the reader knows (indikator, "
                  "kommun, år, värde, indikatornamn, enhet, status, rapporterad)");
    }
    EXPECT_EQ(untouched.values().size(), county_set().values().size());
}

TEST(MiljobarometernCsv, ReplacesValuesOfANewerExport)
{
    KeyFigureSet set = county_set();
    KeyFigureImport options;
    options.replace = true;
    const auto summary =
        import_miljobarometern_csv(set, std::string(kHeader) + "eko-livsmedel;0604;2023;33,5\n", options);
    EXPECT_EQ(summary.replaced, 1U);
    EXPECT_EQ(set.find_value("eko-livsmedel", "0604", 2023)->value->to_string(), "33.5");
}

TEST(KoladaJson, ReadsPagesTakesTheTotalAndKeepsMissingValues)
{
    KeyFigureSet set;
    KeyFigureImport options;
    options.source = "kolada";
    options.retrieved_on = Date(2024, 5, 2);
    auto first = import_kolada_json(set, read_file(keyfigure_data("kolada/data-page-1.json")), options);
    auto second = import_kolada_json(set, read_file(keyfigure_data("kolada/data-page-2.json")), options);
    EXPECT_EQ(first.values + second.values, 7U);
    EXPECT_EQ(first.key_figures + second.key_figures, 2U);
    EXPECT_EQ(set.find_value("N85001", "0604", 2023)->value->to_string(), "63.05");
    EXPECT_EQ(set.find_value("N85001", "0680", 2022)->value->to_string(), "67.2");  // the total, not K or M
    EXPECT_EQ(set.find_value("N85002", "0680", 2023)->value->to_string(), "0.00012");
    const auto* missing = set.find_value("N85001", "0680", 2023);
    EXPECT_EQ(missing->status, ValueStatus::Missing);
    EXPECT_EQ(missing->note, "Missing");
    EXPECT_EQ(*missing->retrieved_on, Date(2024, 5, 2));
    EXPECT_EQ(set.find_key_figure("N85001")->source, KeyFigureSource::Kolada);
    EXPECT_EQ(import_kolada_kpi_json(set, read_file(keyfigure_data("kolada/kpi.json"))), 2U);
    EXPECT_EQ(set.find_key_figure("N85001")->name, "Andel förnybar energi i kommunkoncernen, %");
}

TEST(KoladaJson, ErrorsNameTheJsonPath)
{
    KeyFigureSet set;
    KeyFigureImport options;
    options.source = "svar.json";
    auto error = [&](const std::string& text) {
        try {
            import_kolada_json(set, text, options);
        } catch (const ParseError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(error(R"({"count": 1})"), "svar.json at $.values: expected the array of values of a Kolada data response");
    EXPECT_EQ(error(R"({"values": [{"kpi": "N1", "municipality": "680", "period": 2023, "values": []}]})"),
              "svar.json at $.values[0].municipality: \"680\" is not a four-digit kommunkod");
    EXPECT_EQ(error(R"({"values": [{"kpi": "N1", "municipality": "0680", "period": "2023", "values": []}]})"),
              "svar.json at $.values[0].period: expected an integer, found a string");
    EXPECT_EQ(error(R"({"values": [{"kpi": "N1", "municipality": "0680", "period": 2023,
                                    "values": [{"gender": "T", "value": "tolv"}]}]})"),
              "svar.json at $.values[0].values[0].value: 'tolv' is not a decimal number: unexpected character at "
              "position 1");
    EXPECT_EQ(error(R"({"values": [{"kpi": "N1", "municipality": "0680", "period": 2023,
                                    "values": [{"gender": "T", "value": 1e-05}]}]})"),
              "no error");
    EXPECT_EQ(set.find_value("N1", "0680", 2023)->value->to_string(), "0.00001");
    EXPECT_TRUE(set.values().size() == 1U);
}

TEST(KeyFigureJson, RoundTripsExactlyAndKeepsUnknownFields)
{
    KeyFigureSet set = county_set();
    set.extra_fields().set("x_note", "\"kept\"");
    const std::string text = key_figures_to_json(set);
    EXPECT_NE(text.find("\"schema\": \"KeyFigureSet.1\""), std::string::npos);
    EXPECT_NE(text.find("\"value\": \"40.25\""), std::string::npos);
    const KeyFigureSet back = key_figures_from_json(text);
    EXPECT_EQ(back, set);
    EXPECT_EQ(key_figures_to_json(back), text);
    // An unknown field on a value survives too.
    std::string edited = text;
    edited.replace(edited.find("\"status\": \"saknas\""), 18, "\"status\": \"saknas\", \"x_comment\": [1, 2]");
    const KeyFigureSet with_extra = key_figures_from_json(edited);
    EXPECT_EQ(with_extra.find_value("eko-livsmedel", "0662", 2023)->extra_fields.get("x_comment").value_or(""), "[1,2]");
    EXPECT_NE(key_figures_to_json(with_extra).find("\"x_comment\""), std::string::npos);
}

TEST(KeyFigureJson, ErrorsNameTheJsonPath)
{
    auto error = [](const std::string& text) {
        try {
            key_figures_from_json(text, "set.json");
        } catch (const ParseError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(error(R"({"schema": "KeyFigureSet.2"})"),
              "set.json at $.schema: written by a newer miljoplan (\"KeyFigureSet.2\"); this version reads up to "
              "\"KeyFigureSet.1\"");
    EXPECT_EQ(error(R"({"schema": "KeyFigureSet.1", "key_figures": [{"id": "a", "name": "A", "better": "bäst",
                        "source": "kolada"}]})"),
              "set.json at $.key_figures[0].better: unknown value \"bäst\"; expected one of högre, lägre, neutral");
    EXPECT_EQ(error(R"({"schema": "KeyFigureSet.1", "key_figures": [{"id": "a", "name": "A", "better": "högre",
                        "source": "kolada"}], "values": [{"key_figure": "a", "kommunkod": "0680", "year": 2023,
                        "value": "1,5", "status": "saknas"}]})"),
              "set.json at $.values[0]: a missing value of 'a' for 0680 2023 must not have a number");
}

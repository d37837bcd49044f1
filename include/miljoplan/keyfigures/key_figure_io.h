// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "miljoplan/export.h"
#include "miljoplan/keyfigures/key_figure_set.h"
#include "miljoplan/types/date.h"

namespace miljoplan {

/// @brief Where imported values come from and when they were retrieved.
struct MILJOPLAN_API KeyFigureImport {
    /// @brief The name errors and the values' origin give: a file name or an address.
    std::string source = "<string>";
    /// @brief The day the data was retrieved from the outside source; stored on every imported value.
    std::optional<Date> retrieved_on;
    /// @brief Replace values already in the set instead of refusing them (a newer retrieval).
    bool replace = false;
    /// @brief An export's own column names mapped to the reader's (`{"Mätvärde", "värde"}`), for the CSV reader;
    /// case and surrounding spaces are ignored on both sides.
    std::map<std::string, std::string> columns;
};

/// @brief What an import did.
struct MILJOPLAN_API ImportSummary {
    /// @brief Values added or replaced.
    std::size_t values = 0;
    /// @brief Catalogue entries added for key figures the set did not know.
    std::size_t key_figures = 0;
    /// @brief Values that replaced earlier ones.
    std::size_t replaced = 0;
};

/// @brief Reads a Miljöbarometern export of measurement data (CSV) into @p set.
///
/// The first row names the columns; `;` or `,` separates them (whichever the header row uses), quotes
/// follow RFC 4180, a UTF-8 byte-order mark is skipped. Columns, in any order and case: `indikator`
/// (the indicator id, required), `kommun` (kommunkod or a municipality name the set lists, required),
/// `år` (required), `värde` (decimal point or comma; empty means missing), and optionally `indikatornamn`,
/// `enhet`, `status` (rapporterad, saknas, reviderad) and `rapporterad` (the ISO day it was entered).
/// An unknown indicator is added to the catalogue (name from `indikatornamn`, else the id; direction
/// neutral). KeyFigureImport::columns renames an export's own columns first. The non-empty cells of columns
/// the reader does not know are kept with each value, in the unknown field `export_columns` (header →
/// text), so nothing of the export is lost.
/// @throws InvalidArgument when KeyFigureImport::columns maps to a name the reader does not know.
/// @throws ParseError naming source, row and column (and the column's name) for a broken row; nothing
/// is added to @p set then.
MILJOPLAN_API ImportSummary import_miljobarometern_csv(KeyFigureSet& set, std::string_view text,
                                                       const KeyFigureImport& options = {});

/// @brief Checks a KeyFigureImport::columns mapping before anything is read: every target must be a column
/// the Miljöbarometern reader knows. @throws InvalidArgument naming the first mapping that is not.
MILJOPLAN_API void check_miljobarometern_columns(const std::map<std::string, std::string>& columns);

/// @brief Reads a Kolada data response (API v2, `/v2/data/kpi/{kpi}/municipality/{ids}/year/{years}`:
/// `{"count", "values": [{"kpi", "municipality", "period", "values": [{"gender", "count", "status",
/// "value"}]}], "next_page"}`) into @p set, taking the total (`gender` "T"). A null value becomes a
/// missing value; a non-empty Kolada status is kept as the value's note. KPIs not in the catalogue are
/// added with their id as name (import_kolada_kpi_json() gives the titles).
/// @throws ParseError / SchemaError naming source and JSON path; nothing is added to @p set then.
MILJOPLAN_API ImportSummary import_kolada_json(KeyFigureSet& set, std::string_view text,
                                               const KeyFigureImport& options = {});

/// @brief Reads a Kolada KPI metadata response (`/v2/kpi/{ids}`: `{"count", "values": [{"id", "title",
/// "description", ...}]}`) into the catalogue of @p set: new KPIs are added, and the title and description
/// of entries whose name is still their id are filled in. Returns how many entries were added or filled.
/// @throws ParseError / SchemaError naming source and JSON path.
MILJOPLAN_API std::size_t import_kolada_kpi_json(KeyFigureSet& set, std::string_view text,
                                                 const std::string& source = "<string>");

/// @brief The set as canonical JSON ("KeyFigureSet.1"), values as decimal strings, unknown fields kept.
MILJOPLAN_API std::string key_figures_to_json(const KeyFigureSet& set);
/// @brief Reads a set written by key_figures_to_json(). @throws ParseError / SchemaError naming source
/// and JSON path.
MILJOPLAN_API KeyFigureSet key_figures_from_json(std::string_view text, const std::string& source = "<string>");
/// @brief Reads a set from the file @p path. @throws IoError, ParseError, SchemaError.
MILJOPLAN_API KeyFigureSet load_key_figures(const std::string& path);
/// @brief Writes the set to @p path atomically; an existing file is replaced only with @p overwrite.
/// @throws IoError.
MILJOPLAN_API void save_key_figures(const KeyFigureSet& set, const std::string& path, bool overwrite = true);

}  // namespace miljoplan

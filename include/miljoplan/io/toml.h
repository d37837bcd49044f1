// SPDX-License-Identifier: Apache-2.0
// TOML: a second, hand-writable file format for plans, lossless both ways with the canonical JSON.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "miljoplan/export.h"
#include "miljoplan/io/json.h"
#include "miljoplan/model/plan.h"

namespace miljoplan {

/// @brief Reads a plan from TOML text: the JSON format's objects as tables, its lists as arrays.
///
/// The document is converted to the JSON tree and read by the JSON reader, so the two formats accept the
/// same plans and report shape errors at the same JSON path. A key left out reads as JSON `null`; a
/// TOML date (`2026-05-20`) reads as the string "2026-05-20". See docs/format.md, "TOML".
/// @param source_name names the input in error messages (a file name, or "<string>").
/// @param base_dir where relative profile paths are looked up ("" for the current directory).
/// @throws ParseError with line and column for bad TOML syntax.
/// @throws SchemaError with the JSON path (and the line and column of the nearest TOML key) for a
/// document of the wrong shape, a TOML time or date-time, nan or inf.
MILJOPLAN_API std::shared_ptr<Plan> plan_from_toml(std::string_view text,
                                                   const std::string& source_name = "<string>",
                                                   const std::string& base_dir = "");

/// @brief Writes a plan as TOML that reads back to an equal plan whose JSON is byte-identical.
///
/// Null fields are left out; small tables and lists of small tables are written inline.
/// @throws InvalidArgument if a text field holds malformed UTF-8, or an unknown field holds a value TOML
/// cannot carry (an integer above 2^63-1, or the reserved object `{"$null": true}`).
MILJOPLAN_API std::string plan_to_toml(const Plan& plan);

/// @brief Loads a plan from a TOML file; relative profile paths are looked up beside it.
/// @throws IoError, ParseError or SchemaError.
MILJOPLAN_API std::shared_ptr<Plan> load_plan_toml(const std::string& path);

/// @brief Loads a plan file in the format its extension names: ".toml" (any case) is TOML, anything else
/// JSON (load_plan()). @throws IoError, ParseError or SchemaError.
MILJOPLAN_API std::shared_ptr<Plan> load_any_plan(const std::string& path);

/// @brief Saves a plan as TOML atomically; a relative profile path is rewritten as save_plan() does.
/// @throws IoError if the file cannot be written, or exists and @p overwrite is Overwrite::No.
MILJOPLAN_API void save_plan_toml(const Plan& plan, const std::string& path, Overwrite overwrite = Overwrite::Yes);

}  // namespace miljoplan

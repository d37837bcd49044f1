// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "miljoplan/export.h"
#include "miljoplan/model/goal_catalog.h"
#include "miljoplan/model/organisation.h"
#include "miljoplan/model/plan.h"

namespace miljoplan {

/// @brief How a save treats an existing file.
enum class Overwrite {
    Yes,  ///< replace an existing file (atomically)
    No,   ///< fail with IoError when the file exists
};

/// @brief Reads a plan from its canonical JSON text.
///
/// A plan may refer to an organisation profile instead of writing it out: `"organisation": {"profile":
/// "jonkoping"}` names a built-in profile (see builtin_profile_ids()); any other name is a profile file,
/// relative to @p base_dir.
/// @param source_name names the input in error messages (a file name, or "<string>").
/// @param base_dir where relative profile paths are looked up ("" for the current directory).
/// @throws ParseError with line and column for bad JSON syntax (in the plan or its profile file).
/// @throws SchemaError with the JSON path for well-formed JSON of the wrong shape, or a profile that
/// cannot be found.
MILJOPLAN_API std::shared_ptr<Plan> plan_from_json(std::string_view text,
                                                   const std::string& source_name = "<string>",
                                                   const std::string& base_dir = "");

/// @brief Writes a plan as canonical JSON: every object tagged with its schema, unknown fields kept.
/// @throws InvalidArgument if a text field holds malformed UTF-8.
MILJOPLAN_API std::string plan_to_json(const Plan& plan);

/// @brief Loads a plan from a JSON file; relative profile paths are looked up beside it.
/// @throws IoError, ParseError or SchemaError.
MILJOPLAN_API std::shared_ptr<Plan> load_plan(const std::string& path);

/// @brief Saves a plan as JSON atomically: written beside the target, then renamed over it.
/// @throws IoError if the file cannot be written, or exists and @p overwrite is Overwrite::No.
MILJOPLAN_API void save_plan(const Plan& plan, const std::string& path, Overwrite overwrite = Overwrite::Yes);

/// @brief Reads an organisation profile from JSON. @throws ParseError or SchemaError.
MILJOPLAN_API std::shared_ptr<Organisation> organisation_from_json(std::string_view text,
                                                                   const std::string& source_name = "<string>");

/// @brief Writes an organisation profile as canonical JSON.
MILJOPLAN_API std::string organisation_to_json(const Organisation& organisation);

/// @brief Loads an organisation profile: a built-in profile's id ("jonkoping") or a JSON file.
/// @throws IoError, ParseError or SchemaError.
MILJOPLAN_API std::shared_ptr<Organisation> load_profile(const std::string& id_or_path);

/// @brief Saves an organisation profile as JSON atomically.
/// @throws IoError if the file cannot be written, or exists and @p overwrite is Overwrite::No.
MILJOPLAN_API void save_profile(const Organisation& organisation, const std::string& path,
                                Overwrite overwrite = Overwrite::Yes);

/// @brief Reads a goal catalog from JSON. @throws ParseError or SchemaError.
MILJOPLAN_API GoalCatalog goal_catalog_from_json(std::string_view text,
                                                 const std::string& source_name = "<string>");

/// @brief Writes a goal catalog as canonical JSON.
MILJOPLAN_API std::string goal_catalog_to_json(const GoalCatalog& catalog);

}  // namespace miljoplan

// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/io/json.h"

#include "io/codec.h"
#include "miljoplan/io/file.h"

namespace miljoplan {

namespace {

template <class Read>
auto read_document(std::string_view text, const std::string& source, Read read)
{
    const detail::Json document = detail::parse_json(text, source);
    detail::ObjectReader in(document, "$", source);
    return read(in);
}

}  // namespace

std::shared_ptr<Plan> plan_from_json(std::string_view text, const std::string& source_name)
{
    return read_document(text, source_name, detail::read_plan);
}

std::string plan_to_json(const Plan& plan) { return detail::dump_json(detail::write_plan(plan)); }

std::shared_ptr<Plan> load_plan(const std::string& path) { return plan_from_json(read_text_file(path), path); }

void save_plan(const Plan& plan, const std::string& path, Overwrite overwrite)
{
    write_file_atomically(path, plan_to_json(plan), overwrite == Overwrite::Yes);
}

std::shared_ptr<Organisation> organisation_from_json(std::string_view text, const std::string& source_name)
{
    return read_document(text, source_name, [](detail::ObjectReader& in) {
        in.expect_schema(Organisation::schema_name, Organisation::schema_version, true);
        return detail::read_organisation(in);
    });
}

std::string organisation_to_json(const Organisation& organisation)
{
    return detail::dump_json(detail::write_organisation(organisation));
}

GoalCatalog goal_catalog_from_json(std::string_view text, const std::string& source_name)
{
    return read_document(text, source_name, detail::read_goal_catalog);
}

std::string goal_catalog_to_json(const GoalCatalog& catalog)
{
    return detail::dump_json(detail::write_goal_catalog(catalog));
}

}  // namespace miljoplan

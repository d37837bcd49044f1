// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/io/json.h"

#include <filesystem>

#include "io/codec.h"
#include "io/path.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/file.h"

namespace miljoplan {

namespace detail {

void rebase_profile_reference(Json& document, const Plan& plan, const std::string& target_path)
{
    // A relative profile path is relative to the plan file: saved in another directory, the reference is
    // rewritten to reach the same profile file from there.
    auto& organisation = document["organisation"];
    if (plan.profile_base_dir().empty() || !organisation.contains("profile")) return;
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path profile = fs::absolute(fs::path(plan.profile_base_dir()) / plan.profile(), ec).lexically_normal();
    const fs::path target_dir = fs::absolute(fs::path(directory_of(target_path)), ec).lexically_normal();
    if (!ec) organisation["profile"] = profile.lexically_relative(target_dir).generic_string();
}

}  // namespace detail

namespace {

// A built-in profile's id, else a profile file (relative paths from @p base_dir).
std::shared_ptr<Organisation> resolve_profile(const std::string& reference, const std::string& base_dir)
{
    if (auto builtin = builtin_profile(reference)) return builtin;
    if (reference.empty()) throw IoError("an empty profile name");
    const bool absolute = reference.front() == '/';
    const std::string path = absolute || base_dir.empty() ? reference : base_dir + "/" + reference;
    return organisation_from_json(read_text_file(path), path);
}

// The plan of a parsed document.
std::shared_ptr<Plan> read_plan_document(const detail::Json& document, const std::string& source_name,
                                         const std::string& base_dir)
{
    const detail::ProfileLookup lookup = [&](const std::string& reference) -> std::shared_ptr<const Organisation> {
        return resolve_profile(reference, base_dir);
    };
    detail::ObjectReader in(document, "$", source_name);
    auto plan = detail::read_plan(in, lookup);
    if (!plan->profile().empty() && !builtin_profile(plan->profile()) && plan->profile().front() != '/')
        plan->set_profile(plan->profile(), plan->pristine_profile(), base_dir.empty() ? "." : base_dir);
    return plan;
}

}  // namespace

std::shared_ptr<Plan> plan_from_json(std::string_view text, const std::string& source_name, const std::string& base_dir)
{
    return read_plan_document(detail::parse_json(text, source_name), source_name, base_dir);
}

std::string plan_to_json(const Plan& plan) { return detail::dump_json(detail::write_plan(plan)); }

std::shared_ptr<Plan> load_plan(const std::string& path)
{
    detail::Json document;
    {
        // The file's text goes before the model is built, so that the text, the parsed document and the
        // model are never all held at once: that lowers the peak memory of a load by the file's size.
        const std::string text = read_text_file(path);
        document = detail::parse_json(text, path);
    }
    return read_plan_document(document, path, detail::directory_of(path));
}

void save_plan(const Plan& plan, const std::string& path, Overwrite overwrite)
{
    detail::Json document = detail::write_plan(plan);
    detail::rebase_profile_reference(document, plan, path);
    write_file_atomically(path, detail::dump_json(document), overwrite == Overwrite::Yes);
}

std::shared_ptr<Organisation> organisation_from_json(std::string_view text, const std::string& source_name)
{
    return detail::read_document(text, source_name, [](detail::ObjectReader& in) {
        in.expect_schema(Organisation::schema_name, Organisation::schema_version, true);
        return detail::read_organisation(in);
    });
}

std::string organisation_to_json(const Organisation& organisation)
{
    return detail::dump_json(detail::write_organisation(organisation));
}

std::shared_ptr<Organisation> load_profile(const std::string& id_or_path) { return resolve_profile(id_or_path, ""); }

void save_profile(const Organisation& organisation, const std::string& path, Overwrite overwrite)
{
    write_file_atomically(path, organisation_to_json(organisation), overwrite == Overwrite::Yes);
}

GoalCatalog goal_catalog_from_json(std::string_view text, const std::string& source_name)
{
    return detail::read_document(text, source_name, detail::read_goal_catalog);
}

std::string goal_catalog_to_json(const GoalCatalog& catalog)
{
    return detail::dump_json(detail::write_goal_catalog(catalog));
}

}  // namespace miljoplan

// SPDX-License-Identifier: Apache-2.0
#include <filesystem>

#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "miljoplan/io/text_report.h"
#include "miljoplan/model/plan.h"
#include "miljoplan/rules/validate.h"

namespace miljoplan::python {

void bind_plan(py::module_& m)
{
    py::class_<PlanYear> year(m, "PlanYear", "One year a plan covers and how firm it is.");
    year.def(py::init([](int y, YearStatus status) { return PlanYear{y, status}; }), py::arg("year"),
             py::arg("status") = YearStatus::Adopted)
        .def_readonly("year", &PlanYear::year, py::return_value_policy::copy, "The calendar year.")
        .def_readonly("status", &PlanYear::status, py::return_value_policy::copy, "fastställd, preliminär or förslagsbank.")
        .def("__repr__", [](const PlanYear& y) {
            return "PlanYear(year=" + std::to_string(y.year) + ", status=" + quote(to_string(y.status)) + ")";
        });
    value_semantics(year);

    py::class_<Adoption> adoption(m, "Adoption", "Who adopted the plan and when.");
    adoption
        .def(py::init([](std::optional<ActorId> body, std::optional<Date> date, std::string note) {
                 return Adoption{std::move(body), date, std::move(note)};
             }),
             py::arg("body") = py::none(), py::arg("date") = py::none(), py::arg("note") = "")
        .def_readonly("body", &Adoption::body, py::return_value_policy::copy, "Id of the adopting body, or None.")
        .def_readonly("date", &Adoption::date, py::return_value_policy::copy, "Date of the decision (datetime.date), or None.")
        .def_readonly("note", &Adoption::note, "What the document says about the decision.")
        .def("__repr__", [](const Adoption& a) {
            return "Adoption(body=" + (a.body ? quote(a.body->value()) : std::string("None")) +
                   ", date=" + (a.date ? "datetime.date.fromisoformat(" + quote(to_iso_string(*a.date)) + ")" : std::string("None")) +
                   ", note=" + quote(a.note) + ")";
        });
    value_semantics(adoption);

    py::class_<PlanRevision> revision(m, "PlanRevision", "A decision that revised an adopted plan.");
    revision
        .def(py::init([](std::optional<Date> date, std::optional<ActorId> body, std::string covers) {
                 return PlanRevision{date, std::move(body), std::move(covers)};
             }),
             py::arg("date") = py::none(), py::arg("body") = py::none(), py::arg("covers") = "")
        .def_readonly("date", &PlanRevision::date, py::return_value_policy::copy)
        .def_readonly("body", &PlanRevision::body, py::return_value_policy::copy)
        .def_readonly("covers", &PlanRevision::covers, "What the revision covered, verbatim.")
        .def("__repr__", [](const PlanRevision& r) {
            return "<PlanRevision " + (r.date ? to_iso_string(*r.date) : std::string("-")) + " " + quote(r.covers) + ">";
        });
    value_semantics(revision);

    py::class_<TextSection> section(m, "TextSection", "A passage of the plan document's prose, verbatim.");
    section.def(py::init([](std::string heading, std::string text) { return TextSection{std::move(heading), std::move(text)}; }),
                py::arg("heading"), py::arg("text"))
        .def_readonly("heading", &TextSection::heading, "The heading as printed.")
        .def_readonly("text", &TextSection::text, py::return_value_policy::copy, "The text under it; paragraphs separated by a blank line.")
        .def("__repr__", [](const TextSection& s) {
            return "TextSection(heading=" + quote(s.heading) + ", text=" + quote(s.text) + ")";
        });
    value_semantics(section);

    py::class_<SourceDocument> source(m, "SourceDocument", "Where a plan's data comes from.");
    source.def(py::init([](std::string title, std::string url, std::vector<std::string> notes) {
                   return SourceDocument{std::move(title), std::move(url), std::move(notes)};
               }),
               py::arg("title") = "", py::arg("url") = "", py::arg("notes") = std::vector<std::string>{})
        .def_readonly("title", &SourceDocument::title, "The document's title.")
        .def_readonly("url", &SourceDocument::url, "Where it was published.")
        .def_readonly("notes", &SourceDocument::notes, py::return_value_policy::copy, "How the data was taken from it.")
        .def("__repr__", [](const SourceDocument& s) {
            return "SourceDocument(title=" + quote(s.title) + ", url=" + quote(s.url) + ", notes=" + quote_list(s.notes) + ")";
        });
    value_semantics(source);

    py::class_<Plan, std::shared_ptr<Plan>>(m, "Plan",
                                            "An operational plan (verksamhetsplan): years, activities, proposal bank, "
                                            "budget.")
        .def(py::init<PlanId, std::string, std::shared_ptr<Organisation>>(), py::arg("id"), py::arg("title"),
             py::arg("organisation").none(false))
        .def_property_readonly("id", &Plan::id, "Stable id.")
        .def_property("title", &Plan::title, &Plan::set_title, "Title as printed.")
        .def_property("organisation", &Plan::organisation,
                      py::cpp_function(&Plan::set_organisation, py::arg("self"), py::arg("organisation").none(false)),
                      "The cooperation.")
        .def_property("source", &Plan::source, &Plan::set_source, "Where the data comes from.")
        .def_property("years", &Plan::years, &Plan::set_years, py::return_value_policy::copy, "The years covered (consecutive, ascending).")
        .def_property_readonly("first_year", &Plan::first_year, py::return_value_policy::copy, "The first year, or None.")
        .def_property_readonly("last_year", &Plan::last_year, py::return_value_policy::copy, "The last year, or None.")
        .def_property("horizon_exception", &Plan::horizon_exception, &Plan::set_horizon_exception,
                      "Why the plan departs from the normal horizon, verbatim; empty if it does not.")
        .def_property("adoption", &Plan::adoption, &Plan::set_adoption, "The adoption decision.")
        .def_property("revisions", &Plan::revisions, &Plan::set_revisions, py::return_value_policy::copy, "Later decisions that revised the plan.")
        .def_property_readonly("profile", &Plan::profile,
                               "The id or path of the organisation profile the plan refers to, or ''.")
        .def_property("follow_up", &Plan::follow_up, &Plan::set_follow_up, py::return_value_policy::copy,
                      "Follow-up notes (a list snapshot; assign a list to replace them).")
        .def("add_follow_up", &Plan::add_follow_up, py::arg("entry"), "Records a follow-up note.")
        .def("plan_proposal", &Plan::plan_proposal, py::arg("proposal"), py::arg("id"), py::arg("year"),
             py::arg("category"), "Turns a proposal of the bank into an activity; it keeps its history as origin.")
        .def("is_new_proposal", &Plan::is_new_proposal, py::arg("proposal"),
             "True when the proposal came in the year before the plan's first year.")
        .def_property_readonly("adoption_deadline", &Plan::adoption_deadline,
                               "Last day the plan may be adopted under the organisation's cycle, or None.")
        .def_property("sections", &Plan::sections, &Plan::set_sections, py::return_value_policy::copy, "The document's prose, verbatim.")
        .def_property("categories", &Plan::categories, &Plan::set_categories, py::return_value_policy::copy, "Category headings in printed order.")
        .def_property_readonly("activities", &Plan::activities, py::return_value_policy::copy, "The activities in printed order (a list snapshot).")
        .def("add_activity", py::overload_cast<std::shared_ptr<Activity>>(&Plan::add_activity), py::arg("activity").none(false),
             "Adds an activity; DuplicateIdError if its id is taken.")
        .def("find_activity", &Plan::find_activity, py::arg("id"), "The activity with this id, or None.")
        .def("remove_activity", &Plan::remove_activity, py::arg("id"), "Removes an activity; returns whether it was there.")
        .def("activities_in", &Plan::activities_in, py::arg("category"), "The activities under a category heading.")
        .def_property_readonly("proposal_bank", py::overload_cast<>(&Plan::proposal_bank),
                               py::return_value_policy::reference_internal, "The proposal bank.")
        .def_property_readonly("proposals", [](const Plan& p) { return p.proposal_bank().proposals(); },
                               "The proposals of the proposal bank (a list snapshot).")
        .def_property("budget", &Plan::budget, &Plan::set_budget, "The budget, or None.")
        .def_property_readonly("budget_versions", &Plan::budget_versions, py::return_value_policy::copy,
                               "Other budget versions: revisions and outcomes (a list snapshot).")
        .def("add_budget_version", &Plan::add_budget_version, py::arg("budget").none(false),
             "Adds a revised budget or an outcome (bokslut).")
        .def("find_budget", &Plan::find_budget, py::arg("year"), py::arg("version"),
             "The budget of a year in a version, or None.")
        .def("budget_in_force", &Plan::budget_in_force, py::arg("year"),
             "The latest revision of a year's budget, else the adopted one.")
        .def_property(
            "extra_fields", [](const Plan& p) { return extra_to_dict(p.extra_fields()); },
            [](Plan& p, const py::dict& d) { p.extra_fields() = dict_to_extra(d); },
            "Fields from the file this version does not know, kept for the round trip.")
        .def("to_json", &plan_to_json, "The plan as canonical JSON text.")
        .def(
            "save",
            [](const Plan& plan, const py::object& path, bool overwrite) {
                save_plan(plan, py::str(py::module_::import("os").attr("fspath")(path)),
                          overwrite ? Overwrite::Yes : Overwrite::No);
            },
            py::arg("path"), py::arg("overwrite") = true,
            "Saves the plan as JSON atomically. With overwrite=False an existing file raises IoError.")
        .def(
            "validate",
            [](const Plan& plan, const std::optional<GoalCatalog>& catalog, Language language, RuleSettings overrides,
               std::vector<std::shared_ptr<Plan>> related) {
                ValidationOptions options;
                options.language = language;
                options.overrides = std::move(overrides);
                for (auto& r : related) options.related.push_back(std::move(r));
                return validate(plan, catalog ? *catalog : builtin_goal_catalog(), options);
            },
            py::arg("catalog") = py::none(), py::arg("language") = Language::Swedish,
            py::arg("overrides") = RuleSettings{}, py::arg("related") = std::vector<std::shared_ptr<Plan>>{},
            "Checks the plan with the rule engine; returns a list of Finding (never raises for bad data). "
            "`overrides` maps rule codes to RuleSetting for this run; `related` lists other plans of the "
            "organisation (for example last year's, with its outcome).")
        .def(
            "report",
            [](const Plan& plan, Language language) {
                return text_report(plan, validate(plan, builtin_goal_catalog(), language), language);
            },
            py::arg("language") = Language::Swedish, "A readable plain-text report with the findings.")
        .def("clone", &Plan::clone, "A deep copy.")
        .def("__eq__", [](const Plan& a, const Plan& b) { return a == b; }, py::is_operator())
        .def("__copy__", [](const Plan& p) { return p.clone(); })
        // Pickled as canonical JSON, the one format that keeps everything, unknown fields included. A plan
        // that still refers to a profile file keeps the reference, so the state carries the directory it
        // is resolved against, made absolute: unpickling may happen in another working directory.
        .def(py::pickle(
            [](const Plan& p) {
                const std::string& base = p.profile_base_dir();
                return py::make_tuple(plan_to_json(p),
                                      base.empty() ? base : std::filesystem::absolute(base).string());
            },
            [](const py::tuple& state) {
                if (state.size() != 2) throw py::value_error("Plan: bad pickle state");
                return plan_from_json(state[0].cast<std::string>(), "<pickle>", state[1].cast<std::string>());
            }))
        .def("__deepcopy__", [](const Plan& p, const py::dict&) { return p.clone(); }, py::arg("memo"))
        .def("__repr__", [](const Plan& p) {
            std::string years;
            if (p.first_year()) {
                years = " " + std::to_string(*p.first_year());
                if (p.last_year() != p.first_year()) years += "-" + std::to_string(*p.last_year());
            }
            return "<Plan " + quote(p.id().value()) + " " + quote(p.title()) + years + ", " +
                   std::to_string(p.activities().size()) + " activities>";
        });
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "io/codec.h"

namespace miljoplan::detail {

namespace {

ActorPhrase read_actor_phrase(ObjectReader& in)
{
    ActorPhrase phrase;
    phrase.text = in.optional_string("text");
    in.for_each("refs", [&](const Json& item, const std::string& path) {
        ActorRef ref;
        if (item.is_string()) {
            ref.id = ActorId(item.get<std::string>());
        } else {
            ObjectReader r(item, path, in.source());
            ref.id = ActorId(r.required_string("id"));
            ref.tentative = r.bool_or("tentative", false);
            r.reject_unknown("an actor reference");
        }
        if (ref.id.empty()) fail_at(in.source(), path, "an actor id must not be empty");
        phrase.refs.push_back(std::move(ref));
    });
    in.reject_unknown("a responsible or partner cell");
    return phrase;
}

Json write_actor_phrase(const ActorPhrase& phrase)
{
    Json out = Json::object();
    out["text"] = phrase.text;
    Json refs = Json::array();
    for (const auto& ref : phrase.refs) {
        if (ref.tentative) refs.push_back(Json{{"id", ref.id.value()}, {"tentative", true}});
        else refs.push_back(ref.id.value());
    }
    out["refs"] = refs;
    return out;
}

GoalPhrase read_goal_phrase(ObjectReader& in)
{
    GoalPhrase phrase;
    phrase.text = in.optional_string("text");
    in.for_each("goals", [&](const Json& item, const std::string& path) {
        GoalRef ref;
        if (item.is_string()) {
            ref.goal = GoalId(item.get<std::string>());
            if (ref.goal.empty()) fail_at(in.source(), path, "a goal id must not be empty");
        } else {
            ObjectReader r(item, path, in.source());
            ref.goal = GoalId(r.optional_string("goal"));
            if (auto m = r.object("measure")) {
                ref.measure = Measure{m->required_string("number"), m->required_string("section"),
                                      m->required_string("programme")};
                m->reject_unknown("a measure");
            }
            if (ref.goal.empty() && !ref.measure) r.fail("", "a goal reference needs \"goal\" or \"measure\"");
            r.reject_unknown("a goal reference");
        }
        phrase.refs.push_back(std::move(ref));
    });
    const std::string open = in.optional_string("open");
    auto marker = parse_open_goals(open);
    if (!marker) in.fail("open", "unknown marker \"" + open + "\"; expected \"m.fl.\" or \"flertalet\"");
    phrase.open = *marker;
    in.reject_unknown("an effect-goal cell");
    return phrase;
}

Json write_goal_phrase(const GoalPhrase& phrase)
{
    Json out = Json::object();
    out["text"] = phrase.text;
    Json goals = Json::array();
    for (const auto& ref : phrase.refs) {
        if (!ref.measure) {
            goals.push_back(ref.goal.value());
            continue;
        }
        Json r = Json::object();
        if (!ref.goal.empty()) r["goal"] = ref.goal.value();
        r["measure"] = Json{{"number", ref.measure->number},
                            {"section", ref.measure->section},
                            {"programme", ref.measure->programme}};
        goals.push_back(r);
    }
    out["goals"] = goals;
    if (phrase.open != OpenGoals::None) out["open"] = to_string(phrase.open);
    return out;
}

template <class Read>
auto read_cell(ObjectReader& in, const char* key, Read read) -> decltype(read(in))
{
    auto cell = in.object(key);
    if (!cell) return {};
    return read(*cell);
}

std::shared_ptr<Activity> read_activity(ObjectReader& in)
{
    in.expect_schema(Activity::schema_name, Activity::schema_version, false);
    return at_path(in, [&] {
        auto activity = std::make_shared<Activity>(ActivityId(in.required_string("id")), in.required_string("title"));
        activity->set_category(in.optional_string("category"));
        activity->set_year(in.optional_int("year"));
        activity->set_goal(in.optional_string("goal"));
        activity->set_implementation(in.optional_string("implementation"));
        activity->set_timing_text(in.optional_string("timing"));
        activity->set_responsible(read_cell(in, "responsible", read_actor_phrase));
        activity->set_partners(read_cell(in, "partners", read_actor_phrase));
        activity->set_effect_goals(read_cell(in, "effect_goals", read_goal_phrase));
        activity->extra_fields() = in.extra_fields();
        return activity;
    });
}

Json write_activity(const Activity& a)
{
    Json out = tagged(Activity::schema_name, Activity::schema_version);
    out["id"] = a.id().value();
    out["category"] = a.category();
    if (a.year()) out["year"] = *a.year();
    out["title"] = a.title();
    out["goal"] = a.goal();
    out["implementation"] = a.implementation();
    out["timing"] = a.timing_text();
    out["responsible"] = write_actor_phrase(a.responsible());
    out["partners"] = write_actor_phrase(a.partners());
    out["effect_goals"] = write_goal_phrase(a.effect_goals());
    put_extra(out, a.extra_fields());
    return out;
}

std::shared_ptr<Proposal> read_proposal(ObjectReader& in)
{
    in.expect_schema(Proposal::schema_name, Proposal::schema_version, false);
    return at_path(in, [&] {
        auto p = std::make_shared<Proposal>(ProposalId(in.required_string("id")), in.required_string("title"));
        p->set_area(in.optional_string("area"));
        p->set_submitted_year(in.optional_int("submitted_year"));
        if (auto by = in.nullable_string("submitted_by")) p->set_submitted_by(ActorId(*by));
        p->set_marked_new(in.optional_bool("marked_new"));
        p->extra_fields() = in.extra_fields();
        return p;
    });
}

Json write_proposal(const Proposal& p)
{
    Json out = tagged(Proposal::schema_name, Proposal::schema_version);
    out["id"] = p.id().value();
    out["area"] = p.area();
    out["title"] = p.title();
    out["submitted_year"] = p.submitted_year() ? Json(*p.submitted_year()) : Json(nullptr);
    if (p.submitted_by()) out["submitted_by"] = p.submitted_by()->value();
    if (p.marked_new()) out["marked_new"] = *p.marked_new();
    put_extra(out, p.extra_fields());
    return out;
}

ProposalBank read_bank(ObjectReader& in)
{
    in.expect_schema(ProposalBank::schema_name, ProposalBank::schema_version, false);
    return at_path(in, [&] {
        ProposalBank bank;
        bank.set_heading(in.optional_string("heading"));
        bank.set_title(in.optional_string("title"));
        if (auto years = in.object("years")) {
            bank.set_years(years->optional_int("first"), years->optional_int("last"));
            years->reject_unknown("the proposal bank's years");
        }
        bank.set_areas(in.string_list("areas"));
        bank.set_notes(in.string_list("notes"));
        in.for_each("proposals", [&](const Json& item, const std::string& path) {
            ObjectReader p_in(item, path, in.source());
            auto proposal = read_proposal(p_in);
            at_path(p_in, [&] { bank.add_proposal(std::move(proposal)); });
        });
        bank.extra_fields() = in.extra_fields();
        return bank;
    });
}

Json write_bank(const ProposalBank& bank)
{
    Json out = tagged(ProposalBank::schema_name, ProposalBank::schema_version);
    if (!bank.heading().empty()) out["heading"] = bank.heading();
    if (!bank.title().empty()) out["title"] = bank.title();
    if (bank.first_year() || bank.last_year()) {
        Json years = Json::object();
        if (bank.first_year()) years["first"] = *bank.first_year();
        if (bank.last_year()) years["last"] = *bank.last_year();
        out["years"] = years;
    }
    out["areas"] = bank.areas();
    if (!bank.notes().empty()) out["notes"] = bank.notes();
    Json proposals = Json::array();
    for (const auto& p : bank.proposals()) proposals.push_back(write_proposal(*p));
    out["proposals"] = proposals;
    put_extra(out, bank.extra_fields());
    return out;
}

}  // namespace

std::shared_ptr<Plan> read_plan(ObjectReader& in)
{
    in.expect_schema(Plan::schema_name, Plan::schema_version, true);
    const std::string id = in.required_string("id");
    const std::string title = in.required_string("title");
    auto org_in = in.object("organisation");
    if (!org_in) in.fail("", "missing required field \"organisation\"");
    auto organisation = read_organisation(*org_in);
    auto plan = at_path(in, [&] { return std::make_shared<Plan>(PlanId(id), title, organisation); });
    if (auto src = in.object("source")) {
        plan->set_source(SourceDocument{src->optional_string("title"), src->optional_string("url"), src->string_list("notes")});
        src->reject_unknown("the source description");
    }
    std::vector<PlanYear> years;
    in.for_each("years", [&](const Json& item, const std::string& path) {
        ObjectReader y(item, path, in.source());
        PlanYear year;
        year.year = y.required_int("year");
        year.status = read_enum<YearStatus>(y, "status", parse_year_status, "fastställd, preliminär or förslagsbank");
        y.reject_unknown("a plan year");
        years.push_back(year);
    });
    at_path(in, [&] { plan->set_years(std::move(years)); });
    plan->set_horizon_exception(in.optional_string("horizon_exception"));
    if (auto adoption_in = in.object("adoption")) {
        Adoption adoption;
        if (auto body = adoption_in->nullable_string("body")) adoption.body = ActorId(*body);
        if (auto date = adoption_in->nullable_string("date")) {
            auto parsed = try_parse_iso_date(*date);
            if (!parsed) adoption_in->fail("date", "not a date in the form YYYY-MM-DD: \"" + *date + "\"");
            adoption.date = *parsed;
        }
        adoption.note = adoption_in->optional_string("note");
        adoption_in->reject_unknown("the adoption");
        plan->set_adoption(std::move(adoption));
    }
    std::vector<TextSection> sections;
    in.for_each("sections", [&](const Json& item, const std::string& path) {
        ObjectReader s(item, path, in.source());
        sections.push_back(TextSection{s.optional_string("heading"), s.optional_string("text")});
        s.reject_unknown("a text section");
    });
    plan->set_sections(std::move(sections));
    plan->set_categories(in.string_list("categories"));
    in.for_each("activities", [&](const Json& item, const std::string& path) {
        ObjectReader a_in(item, path, in.source());
        auto activity = read_activity(a_in);
        at_path(a_in, [&] { plan->add_activity(std::move(activity)); });
    });
    if (auto bank = in.object("proposal_bank")) plan->set_proposal_bank(read_bank(*bank));
    if (auto budget = in.object("budget")) plan->set_budget(read_budget(*budget));
    plan->extra_fields() = in.extra_fields();
    return plan;
}

Json write_plan(const Plan& plan)
{
    Json out = tagged(Plan::schema_name, Plan::schema_version);
    out["id"] = plan.id().value();
    out["title"] = plan.title();
    const SourceDocument& src = plan.source();
    if (!src.title.empty() || !src.url.empty() || !src.notes.empty()) {
        Json s = Json::object();
        if (!src.title.empty()) s["title"] = src.title;
        if (!src.url.empty()) s["url"] = src.url;
        if (!src.notes.empty()) s["notes"] = src.notes;
        out["source"] = s;
    }
    out["organisation"] = write_organisation(*plan.organisation());
    Json years = Json::array();
    for (const auto& y : plan.years()) years.push_back(Json{{"year", y.year}, {"status", to_string(y.status)}});
    out["years"] = years;
    if (!plan.horizon_exception().empty()) out["horizon_exception"] = plan.horizon_exception();
    const Adoption& adoption = plan.adoption();
    Json a = Json::object();
    a["body"] = adoption.body ? Json(adoption.body->value()) : Json(nullptr);
    a["date"] = adoption.date ? Json(to_iso_string(*adoption.date)) : Json(nullptr);
    if (!adoption.note.empty()) a["note"] = adoption.note;
    out["adoption"] = a;
    Json sections = Json::array();
    for (const auto& s : plan.sections()) sections.push_back(Json{{"heading", s.heading}, {"text", s.text}});
    out["sections"] = sections;
    out["categories"] = plan.categories();
    Json activities = Json::array();
    for (const auto& activity : plan.activities()) activities.push_back(write_activity(*activity));
    out["activities"] = activities;
    out["proposal_bank"] = write_bank(plan.proposal_bank());
    out["budget"] = plan.budget() ? write_budget(*plan.budget()) : Json(nullptr);
    put_extra(out, plan.extra_fields());
    return out;
}

}  // namespace miljoplan::detail

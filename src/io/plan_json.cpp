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

std::vector<ProposalEvent> read_history(ObjectReader& in)
{
    std::vector<ProposalEvent> history;
    in.for_each("history", [&](const Json& item, const std::string& path) {
        ObjectReader e(item, path, in.source());
        ProposalEvent event;
        event.status = read_enum<ProposalStatus>(e, "status", parse_proposal_status,
                                                 "inkommen, bedömd, remitterad, planerad, kvar or avslagen");
        event.year = e.required_int("year");
        event.date = read_date(e, "date");
        event.note = e.optional_string("note");
        e.reject_unknown("a proposal event");
        history.push_back(std::move(event));
    });
    return history;
}

Json write_history(const std::vector<ProposalEvent>& history)
{
    Json out = Json::array();
    for (const auto& e : history) {
        Json j = Json{{"status", to_string(e.status)}, {"year", e.year}};
        if (e.date) j["date"] = to_iso_string(*e.date);
        if (!e.note.empty()) j["note"] = e.note;
        out.push_back(j);
    }
    return out;
}

std::vector<Assessment> read_assessments(ObjectReader& in)
{
    std::vector<Assessment> out;
    in.for_each("assessments", [&](const Json& item, const std::string& path) {
        ObjectReader a(item, path, in.source());
        Assessment assessment;
        assessment.criterion = a.required_string("criterion");
        assessment.score = a.required_int("score");
        if (auto by = a.nullable_string("by")) assessment.by = ActorId(*by);
        assessment.note = a.optional_string("note");
        a.reject_unknown("an assessment");
        out.push_back(std::move(assessment));
    });
    return out;
}

Json write_assessments(const std::vector<Assessment>& assessments)
{
    Json out = Json::array();
    for (const auto& a : assessments) {
        Json j = Json{{"criterion", a.criterion}, {"score", a.score}};
        if (a.by) j["by"] = a.by->value();
        if (!a.note.empty()) j["note"] = a.note;
        out.push_back(j);
    }
    return out;
}

template <class Read>
auto read_cell(ObjectReader& in, const char* key, Read read) -> decltype(read(in))
{
    auto cell = in.object(key);
    if (!cell) return {};
    return read(*cell);
}

}  // namespace

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
        if (auto o = in.object("origin")) {
            ActivityOrigin origin;
            origin.proposal = ProposalId(o->required_string("proposal"));
            origin.title = o->optional_string("title");
            origin.area = o->optional_string("area");
            origin.submitted_year = o->optional_int("submitted_year");
            if (auto by = o->nullable_string("submitted_by")) origin.submitted_by = ActorId(*by);
            origin.history = read_history(*o);
            origin.assessments = read_assessments(*o);
            o->reject_unknown("an activity's origin");
            activity->set_origin(std::move(origin));
        }
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
    if (const auto& o = a.origin()) {
        Json origin = Json::object();
        origin["proposal"] = o->proposal.value();
        if (!o->title.empty()) origin["title"] = o->title;
        if (!o->area.empty()) origin["area"] = o->area;
        if (o->submitted_year) origin["submitted_year"] = *o->submitted_year;
        if (o->submitted_by) origin["submitted_by"] = o->submitted_by->value();
        if (!o->history.empty()) origin["history"] = write_history(o->history);
        if (!o->assessments.empty()) origin["assessments"] = write_assessments(o->assessments);
        out["origin"] = origin;
    }
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
        p->set_history(read_history(in));
        p->set_assessments(read_assessments(in));
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
    if (!p.history().empty()) out["history"] = write_history(p.history());
    if (!p.assessments().empty()) out["assessments"] = write_assessments(p.assessments());
    put_extra(out, p.extra_fields());
    return out;
}

namespace {

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

std::shared_ptr<Plan> read_plan(ObjectReader& in, const ProfileLookup& lookup)
{
    in.expect_schema(Plan::schema_name, Plan::schema_version, true);
    const std::string id = in.required_string("id");
    const std::string title = in.required_string("title");
    auto org_in = in.object("organisation");
    if (!org_in) in.fail("", "missing required field \"organisation\"");
    std::shared_ptr<Organisation> organisation;
    std::string profile;
    std::shared_ptr<const Organisation> pristine;
    if (org_in->has("profile")) {
        // {"profile": "jonkoping"}: the organisation lives in a shared profile.
        profile = org_in->required_string("profile");
        org_in->reject_unknown("a profile reference (it holds only \"profile\")");
        try {
            auto loaded = lookup(profile);
            pristine = loaded;
            organisation = loaded->clone();
        } catch (const ParseError&) {
            throw;
        } catch (const Error& e) {
            org_in->fail("profile", std::string("cannot load the profile: ") + e.what());
        }
    } else {
        organisation = read_organisation(*org_in);
    }
    auto plan = at_path(in, [&] { return std::make_shared<Plan>(PlanId(id), title, organisation); });
    if (!profile.empty()) plan->set_profile(profile, pristine);
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
    std::vector<PlanRevision> revisions;
    in.for_each("revisions", [&](const Json& item, const std::string& path) {
        ObjectReader r(item, path, in.source());
        PlanRevision revision;
        revision.date = read_date(r, "date");
        if (auto body = r.nullable_string("body")) revision.body = ActorId(*body);
        revision.covers = r.optional_string("covers");
        r.reject_unknown("a plan revision");
        revisions.push_back(std::move(revision));
    });
    plan->set_revisions(std::move(revisions));
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
    in.for_each("follow_up", [&](const Json& item, const std::string& path) {
        ObjectReader f(item, path, in.source());
        FollowUpEntry entry;
        const std::string activity = f.required_string("activity");
        if (activity.empty()) f.fail("activity", "an id must not be empty");
        entry.activity = ActivityId(activity);
        auto date = read_date(f, "date");
        if (!date) f.fail("", "missing required field \"date\"");
        entry.date = *date;
        entry.status = read_enum<ActivityStatus>(f, "status", parse_activity_status,
                                                 "planerad, pågår, genomförd, uppskjuten or inställd");
        entry.note = f.optional_string("note");
        f.for_each("held", [&](const Json& d, const std::string& held_path) {
            auto day = try_parse_iso_date(as_string(d, in.source(), held_path));
            if (!day) fail_at(in.source(), held_path, "not a date in the form YYYY-MM-DD");
            entry.held.push_back(*day);
        });
        f.reject_unknown("a follow-up entry");
        plan->add_follow_up(std::move(entry));
    });
    if (auto budget = in.object("budget")) plan->set_budget(read_budget(*budget));
    in.for_each("budget_versions", [&](const Json& item, const std::string& path) {
        ObjectReader b(item, path, in.source());
        auto version = read_budget(b);
        at_path(b, [&] { plan->add_budget_version(std::move(version)); });
    });
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
    // A plan that refers to a profile says so, unless its organisation was changed since loading:
    // then the organisation is written out, so the change is never lost.
    if (!plan.profile().empty() && plan.pristine_profile() && *plan.pristine_profile() == *plan.organisation())
        out["organisation"] = Json{{"profile", plan.profile()}};
    else
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
    if (!plan.revisions().empty()) {
        Json revisions = Json::array();
        for (const auto& r : plan.revisions()) {
            Json j = Json::object();
            j["date"] = r.date ? Json(to_iso_string(*r.date)) : Json(nullptr);
            j["body"] = r.body ? Json(r.body->value()) : Json(nullptr);
            if (!r.covers.empty()) j["covers"] = r.covers;
            revisions.push_back(j);
        }
        out["revisions"] = revisions;
    }
    Json sections = Json::array();
    for (const auto& s : plan.sections()) sections.push_back(Json{{"heading", s.heading}, {"text", s.text}});
    out["sections"] = sections;
    out["categories"] = plan.categories();
    Json activities = Json::array();
    for (const auto& activity : plan.activities()) activities.push_back(write_activity(*activity));
    out["activities"] = activities;
    out["proposal_bank"] = write_bank(plan.proposal_bank());
    if (!plan.follow_up().empty()) {
        Json entries = Json::array();
        for (const auto& e : plan.follow_up()) {
            Json j = Json::object();
            j["activity"] = e.activity.value();
            j["date"] = to_iso_string(e.date);
            j["status"] = to_string(e.status);
            if (!e.note.empty()) j["note"] = e.note;
            if (!e.held.empty()) {
                Json held = Json::array();
                for (const auto& d : e.held) held.push_back(to_iso_string(d));
                j["held"] = held;
            }
            entries.push_back(j);
        }
        out["follow_up"] = entries;
    }
    out["budget"] = plan.budget() ? write_budget(*plan.budget()) : Json(nullptr);
    if (!plan.budget_versions().empty()) {
        Json versions = Json::array();
        for (const auto& b : plan.budget_versions()) versions.push_back(write_budget(*b));
        out["budget_versions"] = versions;
    }
    put_extra(out, plan.extra_fields());
    return out;
}

}  // namespace miljoplan::detail

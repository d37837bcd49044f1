// SPDX-License-Identifier: Apache-2.0
#include <set>

#include "io/codec.h"

namespace miljoplan::detail {

namespace {

Json ids_to_json(const std::vector<ActorId>& ids)
{
    Json out = Json::array();
    for (const auto& id : ids) out.push_back(id.value());
    return out;
}

std::vector<ActorId> read_ids(ObjectReader& in, const char* key)
{
    std::vector<ActorId> out;
    for (auto& text : in.string_list(key)) {
        if (text.empty()) in.fail(key, "an id must not be empty");
        out.emplace_back(std::move(text));
    }
    return out;
}

std::optional<ActorId> read_optional_id(ObjectReader& in, const char* key)
{
    auto text = in.nullable_string(key);
    if (!text) return std::nullopt;
    if (text->empty()) in.fail(key, "an id must not be empty");
    return ActorId(*text);
}

std::shared_ptr<Party> read_party(ObjectReader& in)
{
    in.expect_schema(Party::schema_name, Party::schema_version, false);
    return at_path(in, [&] {
        const std::string id = in.required_string("id");
        const PartyKind kind = read_enum<PartyKind>(in, "kind", parse_party_kind,
            "kommun, länsstyrelse, region, kommunförbund, förvaltning, polis, åklagare, miljösamverkan, övrig");
        auto party = std::make_shared<Party>(ActorId(id), kind, in.required_string("name"));
        party->set_short_names(in.string_list("short_names"));
        party->set_municipality_code(in.nullable_string("kommunkod"));
        party->set_parent(read_optional_id(in, "parent"));
        party->set_district(in.optional_string("district"));
        if (auto pop = in.object("population")) {
            Population population;
            population.count = pop->required_int64("count");
            population.as_of = pop->optional_string("as_of");
            population.source = pop->optional_string("source");
            population.uncertain = pop->bool_or("uncertain", false);
            pop->reject_unknown("a population");
            party->set_population(population);
        }
        party->extra_fields() = in.extra_fields();
        return party;
    });
}

Json write_party(const Party& party)
{
    Json out = tagged(Party::schema_name, Party::schema_version);
    out["id"] = party.id().value();
    out["kind"] = to_string(party.kind());
    out["name"] = party.name();
    if (!party.short_names().empty()) out["short_names"] = party.short_names();
    if (party.municipality_code()) out["kommunkod"] = *party.municipality_code();
    if (party.parent()) out["parent"] = party.parent()->value();
    if (!party.district().empty()) out["district"] = party.district();
    if (const auto& pop = party.population()) {
        Json p = Json::object();
        p["count"] = pop->count;
        if (!pop->as_of.empty()) p["as_of"] = pop->as_of;
        if (!pop->source.empty()) p["source"] = pop->source;
        if (pop->uncertain) p["uncertain"] = true;
        out["population"] = p;
    }
    put_extra(out, party.extra_fields());
    return out;
}

std::shared_ptr<PartyGroup> read_group(ObjectReader& in)
{
    in.expect_schema(PartyGroup::schema_name, PartyGroup::schema_version, false);
    return at_path(in, [&] {
        auto group = std::make_shared<PartyGroup>(ActorId(in.required_string("id")), in.required_string("name"));
        group->set_members(read_ids(in, "members"));
        group->set_description(in.optional_string("description"));
        group->extra_fields() = in.extra_fields();
        return group;
    });
}

Json write_group(const PartyGroup& group)
{
    Json out = tagged(PartyGroup::schema_name, PartyGroup::schema_version);
    out["id"] = group.id().value();
    out["name"] = group.name();
    out["members"] = ids_to_json(group.members());
    if (!group.description().empty()) out["description"] = group.description();
    put_extra(out, group.extra_fields());
    return out;
}

std::shared_ptr<Role> read_role(ObjectReader& in)
{
    in.expect_schema(Role::schema_name, Role::schema_version, false);
    return at_path(in, [&] {
        auto role = std::make_shared<Role>(ActorId(in.required_string("id")), in.required_string("title"));
        role->set_employer(read_optional_id(in, "employer"));
        role->set_description(in.optional_string("description"));
        role->extra_fields() = in.extra_fields();
        return role;
    });
}

Json write_role(const Role& role)
{
    Json out = tagged(Role::schema_name, Role::schema_version);
    out["id"] = role.id().value();
    out["title"] = role.title();
    if (role.employer()) out["employer"] = role.employer()->value();
    if (!role.description().empty()) out["description"] = role.description();
    put_extra(out, role.extra_fields());
    return out;
}

Seat read_seat(ObjectReader& in)
{
    Seat seat;
    const std::string from = in.required_string("from");
    if (from.empty()) in.fail("from", "an id must not be empty");
    seat.from = ActorId(from);
    seat.position = in.optional_string("position");
    seat.count = in.optional_int("count");
    if (seat.count && *seat.count < 1) in.fail("count", "a seat count must be at least 1");
    for (const auto& text : in.string_list("functions")) {
        auto function = parse_seat_function(text);
        if (!function)
            in.fail("functions", "unknown seat function \"" + text +
                                     "\"; expected ledamot, ordförande, sekreterare, föredragande or sammankallande");
        seat.functions.push_back(*function);
    }
    seat.text = in.optional_string("text");
    in.reject_unknown("a seat");
    return seat;
}

std::shared_ptr<Body> read_body(ObjectReader& in)
{
    in.expect_schema(Body::schema_name, Body::schema_version, false);
    return at_path(in, [&] {
        const std::string id = in.required_string("id");
        const BodyKind kind = read_enum<BodyKind>(in, "kind", parse_body_kind,
            "politiskt organ, styrgrupp, beredningsgrupp, kontaktpersoner, projektgrupp, referensgrupp, presidier, nätverk, övrig");
        auto body = std::make_shared<Body>(ActorId(id), kind, in.required_string("name"));
        body->set_mandate(in.optional_string("mandate"));
        body->set_per_activity(in.bool_or("per_activity", false));
        std::vector<Seat> seats;
        in.for_each("seats", [&](const Json& item, const std::string& path) {
            ObjectReader seat_in(item, path, in.source());
            seats.push_back(read_seat(seat_in));
        });
        body->set_seats(std::move(seats));
        std::vector<BodyMember> members;
        in.for_each("members", [&](const Json& item, const std::string& path) {
            ObjectReader m(item, path, in.source());
            BodyMember member;
            const std::string from = m.required_string("from");
            if (from.empty()) m.fail("from", "an id must not be empty");
            member.from = ActorId(from);
            member.position = m.optional_string("position");
            member.person = m.nullable_string("person");
            for (const auto& text : m.string_list("functions")) {
                auto function = parse_seat_function(text);
                if (!function) m.fail("functions", "unknown seat function \"" + text + "\"");
                member.functions.push_back(*function);
            }
            m.reject_unknown("a body member");
            members.push_back(std::move(member));
        });
        body->set_members(std::move(members));
        if (auto meetings = in.object("meetings")) {
            MeetingFrequency f{meetings->required_int("min"), meetings->required_int("max"), meetings->optional_string("text")};
            meetings->reject_unknown("a meeting frequency");
            if (f.min < 0 || f.max < f.min)
                fail_at(meetings->source(), meetings->path(),
                        "a meeting frequency needs 0 <= min <= max, found min " + std::to_string(f.min) + " and max " +
                            std::to_string(f.max));
            body->set_meetings(f);
        }
        body->extra_fields() = in.extra_fields();
        return body;
    });
}

Json write_body(const Body& body)
{
    Json out = tagged(Body::schema_name, Body::schema_version);
    out["id"] = body.id().value();
    out["kind"] = to_string(body.kind());
    out["name"] = body.name();
    if (!body.mandate().empty()) out["mandate"] = body.mandate();
    if (body.per_activity()) out["per_activity"] = true;
    if (const auto& m = body.meetings()) {
        Json meetings = Json{{"min", m->min}, {"max", m->max}};
        if (!m->text.empty()) meetings["text"] = m->text;
        out["meetings"] = meetings;
    }
    if (!body.seats().empty()) {
        Json seats = Json::array();
        for (const auto& seat : body.seats()) {
            Json s = Json::object();
            s["from"] = seat.from.value();
            if (!seat.position.empty()) s["position"] = seat.position;
            if (seat.count) s["count"] = *seat.count;
            if (!seat.functions.empty()) {
                Json functions = Json::array();
                for (auto f : seat.functions) functions.push_back(to_string(f));
                s["functions"] = functions;
            }
            if (!seat.text.empty()) s["text"] = seat.text;
            seats.push_back(s);
        }
        out["seats"] = seats;
    }
    if (!body.members().empty()) {
        Json members = Json::array();
        for (const auto& m : body.members()) {
            Json j = Json::object();
            j["from"] = m.from.value();
            if (!m.position.empty()) j["position"] = m.position;
            if (m.person) j["person"] = *m.person;
            if (!m.functions.empty()) {
                Json functions = Json::array();
                for (auto f : m.functions) functions.push_back(to_string(f));
                j["functions"] = functions;
            }
            members.push_back(j);
        }
        out["members"] = members;
    }
    put_extra(out, body.extra_fields());
    return out;
}

PlanningCycle read_cycle(ObjectReader& in)
{
    PlanningCycle cycle;
    cycle.horizon_years = in.optional_int("horizon_years").value_or(cycle.horizon_years);
    if (cycle.horizon_years < 1 || cycle.horizon_years > 10) in.fail("horizon_years", "must be between 1 and 10");
    if (in.has("year_statuses")) {
        cycle.year_statuses.clear();
        for (const auto& text : in.string_list("year_statuses")) {
            auto status = parse_year_status(text);
            if (!status) in.fail("year_statuses", "unknown year status \"" + text + "\"; expected fastställd, preliminär or förslagsbank");
            cycle.year_statuses.push_back(*status);
        }
    }
    cycle.adopted_by = read_optional_id(in, "adopted_by");
    if (auto deadline = in.object("adoption_deadline")) {
        cycle.adoption_deadline_month = deadline->required_int("month");
        if (cycle.adoption_deadline_month < 1 || cycle.adoption_deadline_month > 12)
            deadline->fail("month", "a month must be between 1 and 12");
        cycle.adoption_years_before = deadline->optional_int("years_before").value_or(1);
        if (cycle.adoption_years_before < 0 || cycle.adoption_years_before > 5)
            deadline->fail("years_before", "must be between 0 and 5");
        deadline->reject_unknown("the adoption deadline");
    }
    cycle.text = in.optional_string("text");
    in.reject_unknown("the planning cycle");
    return cycle;
}

Json write_cycle(const PlanningCycle& cycle)
{
    Json out = Json::object();
    out["horizon_years"] = cycle.horizon_years;
    Json statuses = Json::array();
    for (auto s : cycle.year_statuses) statuses.push_back(to_string(s));
    out["year_statuses"] = statuses;
    if (cycle.adopted_by) out["adopted_by"] = cycle.adopted_by->value();
    out["adoption_deadline"] = Json{{"month", cycle.adoption_deadline_month},
                                    {"years_before", cycle.adoption_years_before}};
    if (!cycle.text.empty()) out["text"] = cycle.text;
    return out;
}

Milestone read_milestone(ObjectReader& in)
{
    Milestone m;
    m.id = in.required_string("id");
    if (m.id.empty()) in.fail("id", "an id must not be empty");
    m.title = in.required_string("title");
    m.timing = in.required_string("timing");
    m.concerns = in.optional_int("concerns").value_or(0);
    if (m.concerns < -5 || m.concerns > 5) in.fail("concerns", "must be between -5 and 5");
    if (auto r = in.object("responsible")) {
        m.responsible.text = r->optional_string("text");
        r->for_each("refs", [&](const Json& item, const std::string& path) {
            m.responsible.refs.push_back(ActorRef{ActorId(as_string(item, in.source(), path)), false});
        });
        r->reject_unknown("a responsible cell");
    }
    m.text = in.optional_string("text");
    in.reject_unknown("a process step");
    return m;
}

Json write_milestone(const Milestone& m)
{
    Json out = Json::object();
    out["id"] = m.id;
    out["title"] = m.title;
    out["timing"] = m.timing;
    out["concerns"] = m.concerns;
    if (!m.responsible.empty()) {
        Json refs = Json::array();
        for (const auto& r : m.responsible.refs) refs.push_back(r.id.value());
        out["responsible"] = Json{{"text", m.responsible.text}, {"refs", refs}};
    }
    if (!m.text.empty()) out["text"] = m.text;
    return out;
}

Criterion read_criterion(ObjectReader& in)
{
    Criterion c;
    c.id = in.required_string("id");
    if (c.id.empty()) in.fail("id", "an id must not be empty");
    c.name = in.required_string("name");
    c.description = in.optional_string("description");
    c.min = in.optional_int("min").value_or(0);
    c.max = in.optional_int("max").value_or(3);
    if (c.max < c.min) in.fail("max", "the scale's max is below its min");
    in.reject_unknown("a criterion");
    return c;
}

Funding read_funding(ObjectReader& in)
{
    Funding f;
    f.key = read_enum<FeeKey>(in, "key", parse_fee_key, "ingen, per enhet, per invånare, grund plus per invånare or fast");
    if (in.has("unit_fee")) f.unit_fee = in.required_amount("unit_fee");
    if (in.has("per_inhabitant_ore")) {
        f.per_inhabitant_ore = in.required_int64("per_inhabitant_ore");
        if (f.per_inhabitant_ore < 0 || f.per_inhabitant_ore > 100'000'000)
            in.fail("per_inhabitant_ore", "must be between 0 and 100 000 000 öre");
    }
    in.for_each("units", [&](const Json& item, const std::string& path) {
        ObjectReader u(item, path, in.source());
        PayingUnit unit;
        unit.id = u.required_string("id");
        if (unit.id.empty()) u.fail("id", "an id must not be empty");
        for (const auto& known : f.units)
            if (known.id == unit.id) u.fail("id", "duplicate paying unit id '" + unit.id + "'");
        unit.name = u.optional_string("name");
        unit.parties = read_ids(u, "parties");
        if (unit.parties.empty()) u.fail("parties", "a paying unit needs at least one party");
        if (u.has("fixed_amount")) unit.fixed_amount = u.required_amount("fixed_amount");
        u.reject_unknown("a paying unit");
        f.units.push_back(std::move(unit));
    });
    f.text = in.optional_string("text");
    in.reject_unknown("the funding");
    return f;
}

Json write_funding(const Funding& f)
{
    Json out = Json::object();
    out["key"] = to_string(f.key);
    if (f.unit_fee != Money()) out["unit_fee"] = f.unit_fee.kronor();
    if (f.per_inhabitant_ore != 0) out["per_inhabitant_ore"] = f.per_inhabitant_ore;
    Json units = Json::array();
    for (const auto& u : f.units) {
        Json j = Json::object();
        j["id"] = u.id;
        if (!u.name.empty()) j["name"] = u.name;
        j["parties"] = ids_to_json(u.parties);
        if (u.fixed_amount) j["fixed_amount"] = u.fixed_amount->kronor();
        units.push_back(j);
    }
    out["units"] = units;
    if (!f.text.empty()) out["text"] = f.text;
    return out;
}

RuleSettings read_rules(ObjectReader& in)
{
    RuleSettings settings;
    for (const auto& [code, value] : in.remaining_object_items()) {
        ObjectReader r(value, member_path(in.path(), code), in.source());
        RuleSetting setting;
        setting.enabled = r.bool_or("enabled", true);
        if (auto severity = r.nullable_string("severity")) {
            auto parsed = parse_severity(*severity);
            if (!parsed) r.fail("severity", "unknown severity \"" + *severity + "\"; expected error, warning or info");
            setting.severity = parsed;
        }
        if (auto params = r.object("parameters")) {
            for (const auto& [name, v] : params->remaining_object_items()) {
                setting.parameters[name] = read_integer_value(v, in.source(), member_path(params->path(), name));
            }
        }
        r.reject_unknown("a rule setting");
        settings[code] = std::move(setting);
    }
    return settings;
}

Json write_rules(const RuleSettings& settings)
{
    Json out = Json::object();
    for (const auto& [code, s] : settings) {
        Json j = Json::object();
        j["enabled"] = s.enabled;
        if (s.severity) j["severity"] = to_string(*s.severity);
        if (!s.parameters.empty()) {
            Json p = Json::object();
            for (const auto& [name, value] : s.parameters) p[name] = value;
            j["parameters"] = p;
        }
        out[code] = j;
    }
    return out;
}

}  // namespace

std::shared_ptr<Organisation> read_organisation(ObjectReader& in)
{
    in.expect_schema(Organisation::schema_name, Organisation::schema_version, false);
    return at_path(in, [&] {
        auto org = std::make_shared<Organisation>(ActorId(in.required_string("id")), in.required_string("name"));
        org->set_former_names(in.string_list("former_names"));
        std::vector<County> counties;
        in.for_each("counties", [&](const Json& item, const std::string& path) {
            ObjectReader c(item, path, in.source());
            counties.push_back(County{c.required_string("name"), c.optional_string("code"), c.optional_string("letter")});
            c.reject_unknown("a county");
        });
        org->set_counties(std::move(counties));
        org->set_founded(in.optional_int("founded"));
        org->set_purpose(in.optional_string("purpose"));
        org->set_members(read_ids(in, "members"));
        if (in.has("season_reading"))
            org->set_season_reading(read_enum<SeasonReading>(in, "season_reading", parse_season_reading, "termin or kalender"));
        if (auto cycle = in.object("cycle")) org->set_cycle(read_cycle(*cycle));
        org->set_opt_in_members(read_ids(in, "opt_in_members"));
        org->set_categories(in.string_list("categories"));
        std::vector<Milestone> process;
        // Steps and criteria are referred to by id (an assessment names its criterion): ids are unique.
        std::set<std::string> step_ids;
        in.for_each("process", [&](const Json& item, const std::string& path) {
            ObjectReader m(item, path, in.source());
            process.push_back(read_milestone(m));
            if (!step_ids.insert(process.back().id).second)
                fail_at(in.source(), member_path(path, "id"), "duplicate process step id '" + process.back().id + "'");
        });
        org->set_process(std::move(process));
        std::vector<Criterion> criteria;
        std::set<std::string> criterion_ids;
        in.for_each("criteria", [&](const Json& item, const std::string& path) {
            ObjectReader c(item, path, in.source());
            criteria.push_back(read_criterion(c));
            if (!criterion_ids.insert(criteria.back().id).second)
                fail_at(in.source(), member_path(path, "id"), "duplicate criterion id '" + criteria.back().id + "'");
        });
        org->set_criteria(std::move(criteria));
        if (in.has("follow_up_months")) {
            std::vector<int> months;
            in.for_each("follow_up_months", [&](const Json& item, const std::string& path) {
                const std::int64_t m = read_integer_value(item, in.source(), path);
                if (m < 1 || m > 12) fail_at(in.source(), path, "a month must be 1-12");
                months.push_back(static_cast<int>(m));
            });
            org->set_follow_up_months(std::move(months));
        }
        if (auto labels = in.object("labels")) {
            std::map<std::string, std::string> values;
            for (const auto& [key, value] : labels->remaining_object_items())
                values[key] = as_string(value, in.source(), member_path(labels->path(), key));
            org->set_labels(std::move(values));
        }
        if (auto funding = in.object("funding")) org->set_funding(read_funding(*funding));
        if (auto rules = in.object("rules")) org->set_rule_settings(read_rules(*rules));
        auto add_each = [&](const char* key, auto read, auto add) {
            in.for_each(key, [&](const Json& item, const std::string& path) {
                ObjectReader item_in(item, path, in.source());
                auto entity = read(item_in);
                at_path(item_in, [&] { add(std::move(entity)); });
            });
        };
        add_each("parties", read_party, [&](auto p) { org->add_party(std::move(p)); });
        add_each("groups", read_group, [&](auto g) { org->add_group(std::move(g)); });
        add_each("roles", read_role, [&](auto r) { org->add_role(std::move(r)); });
        add_each("bodies", read_body, [&](auto b) { org->add_body(std::move(b)); });
        org->extra_fields() = in.extra_fields();
        return org;
    });
}

Json write_organisation(const Organisation& org)
{
    Json out = tagged(Organisation::schema_name, Organisation::schema_version);
    out["id"] = org.id().value();
    out["name"] = org.name();
    if (!org.former_names().empty()) out["former_names"] = org.former_names();
    if (!org.counties().empty()) {
        Json counties = Json::array();
        for (const auto& c : org.counties()) {
            Json j = Json::object();
            j["name"] = c.name;
            if (!c.code.empty()) j["code"] = c.code;
            if (!c.letter.empty()) j["letter"] = c.letter;
            counties.push_back(j);
        }
        out["counties"] = counties;
    }
    if (org.founded()) out["founded"] = *org.founded();
    if (!org.purpose().empty()) out["purpose"] = org.purpose();
    out["members"] = ids_to_json(org.members());
    out["season_reading"] = to_string(org.season_reading());
    out["cycle"] = write_cycle(org.cycle());
    if (!org.opt_in_members().empty()) out["opt_in_members"] = ids_to_json(org.opt_in_members());
    if (!org.categories().empty()) out["categories"] = org.categories();
    if (!org.process().empty()) {
        Json process = Json::array();
        for (const auto& m : org.process()) process.push_back(write_milestone(m));
        out["process"] = process;
    }
    if (!org.criteria().empty()) {
        Json criteria = Json::array();
        for (const auto& c : org.criteria()) {
            Json j = Json{{"id", c.id}, {"name", c.name}};
            if (!c.description.empty()) j["description"] = c.description;
            j["min"] = c.min;
            j["max"] = c.max;
            criteria.push_back(j);
        }
        out["criteria"] = criteria;
    }
    if (org.follow_up_months() != std::vector<int>{4, 8, 12}) out["follow_up_months"] = org.follow_up_months();
    if (!org.labels().empty()) {
        Json labels = Json::object();
        for (const auto& [k, v] : org.labels()) labels[k] = v;
        out["labels"] = labels;
    }
    if (org.funding().key != FeeKey::None || !org.funding().units.empty() || !org.funding().text.empty())
        out["funding"] = write_funding(org.funding());
    if (!org.rule_settings().empty()) out["rules"] = write_rules(org.rule_settings());
    auto write_all = [](const auto& items, auto write) {
        Json array = Json::array();
        for (const auto& item : items) array.push_back(write(*item));
        return array;
    };
    out["parties"] = write_all(org.parties(), write_party);
    out["groups"] = write_all(org.groups(), write_group);
    out["roles"] = write_all(org.roles(), write_role);
    out["bodies"] = write_all(org.bodies(), write_body);
    put_extra(out, org.extra_fields());
    return out;
}

}  // namespace miljoplan::detail

// SPDX-License-Identifier: Apache-2.0
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

// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/body.h"

#include "detail/checks.h"
#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<BodyKind> kBodyKinds[] = {
    {BodyKind::PoliticalBoard, "politiskt organ", "political board"},
    {BodyKind::SteeringGroup, "styrgrupp", "steering group"},
    {BodyKind::PreparationGroup, "beredningsgrupp", "preparation group"},
    {BodyKind::ContactPersons, "kontaktpersoner", "contact persons"},
    {BodyKind::ProjectGroup, "projektgrupp", "project group"},
    {BodyKind::ReferenceGroup, "referensgrupp", "reference group"},
    {BodyKind::Presidia, "presidier", "presidia"},
    {BodyKind::Network, "nätverk", "network"},
    {BodyKind::Other, "övrig", "other"},
};

const detail::EnumName<SeatFunction> kSeatFunctions[] = {
    {SeatFunction::Member, "ledamot", "member"},
    {SeatFunction::Chair, "ordförande", "chair"},
    {SeatFunction::Secretary, "sekreterare", "secretary"},
    {SeatFunction::Rapporteur, "föredragande", "rapporteur"},
    {SeatFunction::Convener, "sammankallande", "convener"},
};

}  // namespace

std::string to_string(BodyKind kind) { return detail::token_of(kBodyKinds, kind); }
std::optional<BodyKind> parse_body_kind(std::string_view text) { return detail::parse_enum(kBodyKinds, text); }

const std::vector<BodyKind>& all_body_kinds()
{
    static const std::vector<BodyKind> kinds = [] {
        std::vector<BodyKind> out;
        for (const auto& entry : kBodyKinds) out.push_back(entry.value);
        return out;
    }();
    return kinds;
}

std::string to_string(SeatFunction function) { return detail::token_of(kSeatFunctions, function); }
std::optional<SeatFunction> parse_seat_function(std::string_view text)
{
    return detail::parse_enum(kSeatFunctions, text);
}

Body::Body(ActorId id, BodyKind kind, std::string name) : id_(std::move(id)), kind_(kind), name_(std::move(name))
{
    detail::require_non_empty(id_.value(), "body id");
    detail::require_non_empty(name_, "body name");
}

void Body::set_name(std::string name)
{
    detail::require_non_empty(name, "body name");
    name_ = std::move(name);
}

void Body::set_meetings(std::optional<MeetingFrequency> meetings)
{
    if (meetings && (meetings->min < 0 || meetings->max < meetings->min))
        throw InvalidArgument("meetings per year of " + name_ + " must satisfy 0 <= min <= max");
    meetings_ = std::move(meetings);
}

bool operator==(const Body& a, const Body& b)
{
    return a.id_ == b.id_ && a.kind_ == b.kind_ && a.name_ == b.name_ && a.mandate_ == b.mandate_ &&
           a.seats_ == b.seats_ && a.members_ == b.members_ && a.meetings_ == b.meetings_ &&
           a.per_activity_ == b.per_activity_ && a.extra_ == b.extra_;
}

}  // namespace miljoplan

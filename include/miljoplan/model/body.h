// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"

namespace miljoplan {

/// @brief The kind of a governance body or working group.
enum class BodyKind {
    PoliticalBoard,    ///< politiskt organ (PKS leads the cooperation)
    SteeringGroup,     ///< styrgrupp
    PreparationGroup,  ///< beredningsgrupp
    ContactPersons,    ///< kontaktpersoner
    ProjectGroup,      ///< projektgrupp
    ReferenceGroup,    ///< referensgrupp
    Presidia,          ///< presidier (the chairs of the municipal committees)
    Network,           ///< nätverk
    Other,             ///< anything else
};

/// @brief The Swedish file-format token of a body kind ("styrgrupp", ...).
MILJOPLAN_API std::string to_string(BodyKind kind);
/// @brief Reads a body kind from its Swedish token or English name; nullopt if unknown.
MILJOPLAN_API std::optional<BodyKind> parse_body_kind(std::string_view text);
/// @brief Every body kind, in declaration order.
MILJOPLAN_API const std::vector<BodyKind>& all_body_kinds();

/// @brief What a seat holder does in the body besides being a member.
enum class SeatFunction {
    Member,      ///< ledamot
    Chair,       ///< ordförande
    Secretary,   ///< sekreterare
    Rapporteur,  ///< föredragande
    Convener,    ///< sammankallande
};

/// @brief The Swedish file-format token of a seat function ("sekreterare", ...).
MILJOPLAN_API std::string to_string(SeatFunction function);
/// @brief Reads a seat function from its Swedish token or English name; nullopt if unknown.
MILJOPLAN_API std::optional<SeatFunction> parse_seat_function(std::string_view text);

/// @brief A rule for who sits in a body: which party sends whom, how many, doing what.
struct MILJOPLAN_API Seat {
    /// @brief The party, group or role that fills the seat.
    ActorId from;
    /// @brief The holder's position at that party ("miljöchef", "chef för Kommunal utveckling").
    std::string position;
    /// @brief Number of seats; nullopt means one for each member of the group in @ref from.
    std::optional<int> count;
    /// @brief Functions besides membership (secretary, rapporteur, ...). Empty means a member.
    std::vector<SeatFunction> functions;
    /// @brief The source's own words for this seat, verbatim.
    std::string text;

    /// @brief Member-wise equality.
    friend bool operator==(const Seat& a, const Seat& b)
    {
        return a.from == b.from && a.position == b.position && a.count == b.count &&
               a.functions == b.functions && a.text == b.text;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Seat& a, const Seat& b) { return !(a == b); }
};

/// @brief A recorded member of a body: which actor sent them, in which position, doing what.
///
/// The person's name is optional personal data; plans shared widely should leave it out.
struct MILJOPLAN_API BodyMember {
    /// @brief The party (or role) the member comes from.
    ActorId from;
    /// @brief The member's position there ("miljöchef").
    std::string position;
    /// @brief The person's name, if recorded (personal data).
    std::optional<std::string> person;
    /// @brief Functions besides membership.
    std::vector<SeatFunction> functions;

    /// @brief Member-wise equality.
    friend bool operator==(const BodyMember& a, const BodyMember& b)
    {
        return a.from == b.from && a.position == b.position && a.person == b.person && a.functions == b.functions;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const BodyMember& a, const BodyMember& b) { return !(a == b); }
};

/// @brief How often a body meets, as a range per year with the source's words.
struct MILJOPLAN_API MeetingFrequency {
    /// @brief Fewest meetings per year.
    int min = 0;
    /// @brief Most meetings per year.
    int max = 0;
    /// @brief The source's words ("fyra till fem gånger om året").
    std::string text;

    /// @brief Member-wise equality.
    friend bool operator==(const MeetingFrequency& a, const MeetingFrequency& b)
    {
        return a.min == b.min && a.max == b.max && a.text == b.text;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const MeetingFrequency& a, const MeetingFrequency& b) { return !(a == b); }
};

/// @brief A governance body or working group of the cooperation, with its composition.
class MILJOPLAN_API Body {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "Body";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief Creates a body. @throws InvalidArgument if @p id or @p name is empty.
    Body(ActorId id, BodyKind kind, std::string name);

    /// @brief Stable id, unique among the organisation's actors.
    const ActorId& id() const noexcept { return id_; }
    /// @brief The kind of body.
    BodyKind kind() const noexcept { return kind_; }
    /// @brief Sets the kind of body.
    void set_kind(BodyKind kind) noexcept { kind_ = kind; }
    /// @brief Name as plan text uses it ("Styrgruppen").
    const std::string& name() const noexcept { return name_; }
    /// @brief Sets the name. @throws InvalidArgument if empty.
    void set_name(std::string name);
    /// @brief The body's mandate in the source's words.
    const std::string& mandate() const noexcept { return mandate_; }
    /// @brief Sets the mandate.
    void set_mandate(std::string text) { mandate_ = std::move(text); }
    /// @brief Who sits in the body.
    const std::vector<Seat>& seats() const noexcept { return seats_; }
    /// @brief Sets the seats.
    void set_seats(std::vector<Seat> seats) { seats_ = std::move(seats); }
    /// @brief The members recorded (empty when the profile records only the rule, not the people).
    const std::vector<BodyMember>& members() const noexcept { return members_; }
    /// @brief Sets the recorded members.
    void set_members(std::vector<BodyMember> members) { members_ = std::move(members); }
    /// @brief How often the body meets, if recorded.
    const std::optional<MeetingFrequency>& meetings() const noexcept { return meetings_; }
    /// @brief Sets how often the body meets. @throws InvalidArgument if min > max or min < 0.
    void set_meetings(std::optional<MeetingFrequency> meetings);
    /// @brief True when the body is set up per activity (a project or reference group).
    bool per_activity() const noexcept { return per_activity_; }
    /// @brief Marks the body as set up per activity.
    void set_per_activity(bool value) noexcept { per_activity_ = value; }
    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief Member-wise equality.
    friend MILJOPLAN_API bool operator==(const Body& a, const Body& b);
    /// @brief Member-wise inequality.
    friend bool operator!=(const Body& a, const Body& b) { return !(a == b); }

private:
    ActorId id_;
    BodyKind kind_;
    std::string name_;
    std::string mandate_;
    std::vector<Seat> seats_;
    std::vector<BodyMember> members_;
    std::optional<MeetingFrequency> meetings_;
    bool per_activity_ = false;
    ExtraFields extra_;
};

}  // namespace miljoplan

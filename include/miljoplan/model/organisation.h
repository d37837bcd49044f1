// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/model/body.h"
#include "miljoplan/model/criterion.h"
#include "miljoplan/model/funding.h"
#include "miljoplan/model/milestone.h"
#include "miljoplan/model/party.h"
#include "miljoplan/model/party_group.h"
#include "miljoplan/model/planning_cycle.h"
#include "miljoplan/model/role.h"
#include "miljoplan/model/rule_settings.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"
#include "miljoplan/types/season_reading.h"

namespace miljoplan {

/// @brief The county a cooperation works in.
struct MILJOPLAN_API County {
    /// @brief Name, for example "Jönköpings län".
    std::string name;
    /// @brief Two-digit SCB county code ("06").
    std::string code;
    /// @brief County letter ("F").
    std::string letter;

    /// @brief Member-wise equality.
    friend bool operator==(const County& a, const County& b)
    {
        return a.name == b.name && a.code == b.code && a.letter == b.letter;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const County& a, const County& b) { return !(a == b); }
};

/// @brief What an actor id resolves to.
enum class ActorKind {
    Organisation,  ///< the cooperation itself
    Party,         ///< a party
    Group,         ///< a group of parties
    Role,          ///< a role
    Body,          ///< a body
};

/// @brief A regional environmental-supervision cooperation (miljösamverkan): its parties and bodies.
///
/// Parties, groups, roles and bodies share one id space, so a plan's responsible and partner
/// references resolve without saying what kind of actor they name.
class MILJOPLAN_API Organisation {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "Organisation";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief Creates an organisation. @throws InvalidArgument if @p id or @p name is empty.
    Organisation(ActorId id, std::string name);

    /// @brief Stable id; plans may name the organisation itself as an actor.
    const ActorId& id() const noexcept { return id_; }
    /// @brief Name ("Miljösamverkan Jönköpings län").
    const std::string& name() const noexcept { return name_; }
    /// @brief Sets the name. @throws InvalidArgument if empty.
    void set_name(std::string name);
    /// @brief Earlier names ("Miljösamverkan f").
    const std::vector<std::string>& former_names() const noexcept { return former_names_; }
    /// @brief Sets the earlier names.
    void set_former_names(std::vector<std::string> names) { former_names_ = std::move(names); }
    /// @brief The county (or, for a multi-county cooperation, the first of them).
    const std::vector<County>& counties() const noexcept { return counties_; }
    /// @brief Sets the counties.
    void set_counties(std::vector<County> counties) { counties_ = std::move(counties); }
    /// @brief Year the cooperation started, if known.
    const std::optional<int>& founded() const noexcept { return founded_; }
    /// @brief Sets the founding year.
    void set_founded(std::optional<int> year) { founded_ = year; }
    /// @brief The cooperation's purpose in the source's words.
    const std::string& purpose() const noexcept { return purpose_; }
    /// @brief Sets the purpose.
    void set_purpose(std::string text) { purpose_ = std::move(text); }
    /// @brief Ids of the member parties (the others are partners from outside).
    const std::vector<ActorId>& members() const noexcept { return members_; }
    /// @brief Sets the member parties.
    void set_members(std::vector<ActorId> members) { members_ = std::move(members); }
    /// @brief How the organisation reads "våren" and "hösten" (term sense by default).
    SeasonReading season_reading() const noexcept { return season_reading_; }
    /// @brief Sets the season reading.
    void set_season_reading(SeasonReading reading) noexcept { season_reading_ = reading; }
    /// @brief The planning cycle.
    const PlanningCycle& cycle() const noexcept { return cycle_; }
    /// @brief Sets the planning cycle.
    void set_cycle(PlanningCycle cycle) { cycle_ = std::move(cycle); }

    /// @brief Parties that take part by choice, activity by activity (opt-in), not as full members.
    const std::vector<ActorId>& opt_in_members() const noexcept { return opt_in_members_; }
    /// @brief Sets the opt-in members.
    void set_opt_in_members(std::vector<ActorId> members) { opt_in_members_ = std::move(members); }
    /// @brief The activity categories a plan uses, in order (a plan may add its own).
    const std::vector<std::string>& categories() const noexcept { return categories_; }
    /// @brief Sets the activity categories.
    void set_categories(std::vector<std::string> categories) { categories_ = std::move(categories); }
    /// @brief The steps of the yearly planning process.
    const std::vector<Milestone>& process() const noexcept { return process_; }
    /// @brief Sets the process steps.
    void set_process(std::vector<Milestone> steps) { process_ = std::move(steps); }
    /// @brief The criteria proposals are assessed against.
    const std::vector<Criterion>& criteria() const noexcept { return criteria_; }
    /// @brief Sets the criteria.
    void set_criteria(std::vector<Criterion> criteria) { criteria_ = std::move(criteria); }
    /// @brief Months (1-12) whose end is a follow-up point; tertials (4, 8, 12) by default.
    const std::vector<int>& follow_up_months() const noexcept { return follow_up_months_; }
    /// @brief Sets the follow-up months. @throws InvalidArgument for a month outside 1-12.
    void set_follow_up_months(std::vector<int> months);
    /// @brief Report labels the organisation words its own way, by key ("activities" -> "Insatser").
    const std::map<std::string, std::string>& labels() const noexcept { return labels_; }
    /// @brief Sets the label overrides.
    void set_labels(std::map<std::string, std::string> labels) { labels_ = std::move(labels); }

    /// @brief Who pays and by what key; FeeKey::None when the profile records no key.
    const Funding& funding() const noexcept { return funding_; }
    /// @brief Sets the funding key and paying units.
    void set_funding(Funding funding) { funding_ = std::move(funding); }
    /// @brief The organisation's rule choices (switches, severities, parameters) by rule code.
    const RuleSettings& rule_settings() const noexcept { return rule_settings_; }
    /// @brief Sets the rule choices.
    void set_rule_settings(RuleSettings settings) { rule_settings_ = std::move(settings); }

    /// @brief Every known party, members and outsiders.
    const std::vector<std::shared_ptr<Party>>& parties() const noexcept { return parties_; }
    /// @brief Named groups of actors.
    const std::vector<std::shared_ptr<PartyGroup>>& groups() const noexcept { return groups_; }
    /// @brief Roles.
    const std::vector<std::shared_ptr<Role>>& roles() const noexcept { return roles_; }
    /// @brief Bodies.
    const std::vector<std::shared_ptr<Body>>& bodies() const noexcept { return bodies_; }

    /// @brief Adds a party. @throws DuplicateId if any actor already has its id.
    void add_party(std::shared_ptr<Party> party);
    /// @brief Adds a group. @throws DuplicateId if any actor already has its id.
    void add_group(std::shared_ptr<PartyGroup> group);
    /// @brief Adds a role. @throws DuplicateId if any actor already has its id.
    void add_role(std::shared_ptr<Role> role);
    /// @brief Adds a body. @throws DuplicateId if any actor already has its id.
    void add_body(std::shared_ptr<Body> body);

    /// @brief The party with @p id, or nullptr.
    std::shared_ptr<Party> find_party(const ActorId& id) const;
    /// @brief The group with @p id, or nullptr.
    std::shared_ptr<PartyGroup> find_group(const ActorId& id) const;
    /// @brief The role with @p id, or nullptr.
    std::shared_ptr<Role> find_role(const ActorId& id) const;
    /// @brief The body with @p id, or nullptr.
    std::shared_ptr<Body> find_body(const ActorId& id) const;
    /// @brief What @p id names, or nullopt when nothing has that id.
    std::optional<ActorKind> resolve(const ActorId& id) const;
    /// @brief The display name of the actor @p id, or nullopt.
    std::optional<std::string> actor_name(const ActorId& id) const;
    /// @brief Every actor id (organisation, parties, groups, roles, bodies) in that order.
    std::vector<ActorId> actor_ids() const;
    /// @brief The parties a party or group stands for, groups expanded recursively.
    std::vector<std::shared_ptr<Party>> expand(const ActorId& id) const;

    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief A deep copy: parties, groups, roles and bodies are copied, not shared.
    std::shared_ptr<Organisation> clone() const;

    /// @brief Equality of content (entities compared by value, not by pointer).
    friend MILJOPLAN_API bool operator==(const Organisation& a, const Organisation& b);
    /// @brief Inequality of content.
    friend bool operator!=(const Organisation& a, const Organisation& b) { return !(a == b); }

private:
    void check_new_id(const ActorId& id) const;

    ActorId id_;
    std::string name_;
    std::vector<std::string> former_names_;
    std::vector<County> counties_;
    std::optional<int> founded_;
    std::string purpose_;
    std::vector<ActorId> members_;
    SeasonReading season_reading_ = SeasonReading::Term;
    PlanningCycle cycle_;
    Funding funding_;
    RuleSettings rule_settings_;
    std::vector<ActorId> opt_in_members_;
    std::vector<std::string> categories_;
    std::vector<Milestone> process_;
    std::vector<Criterion> criteria_;
    std::vector<int> follow_up_months_{4, 8, 12};
    std::map<std::string, std::string> labels_;
    std::vector<std::shared_ptr<Party>> parties_;
    std::vector<std::shared_ptr<PartyGroup>> groups_;
    std::vector<std::shared_ptr<Role>> roles_;
    std::vector<std::shared_ptr<Body>> bodies_;
    // What each party, group, role and body id names, so that resolving an id does not scan them all.
    std::unordered_map<ActorId, ActorKind> actor_index_;
    ExtraFields extra_;
};

}  // namespace miljoplan

// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/organisation.h"

#include <algorithm>
#include <set>

#include "detail/checks.h"

namespace miljoplan {

namespace {

template <class T>
std::shared_ptr<T> find_by_id(const std::vector<std::shared_ptr<T>>& items, const ActorId& id)
{
    for (const auto& item : items)
        if (item->id() == id) return item;
    return nullptr;
}

}  // namespace

Organisation::Organisation(ActorId id, std::string name) : id_(std::move(id)), name_(std::move(name))
{
    detail::require_non_empty(id_.value(), "organisation id");
    detail::require_non_empty(name_, "organisation name");
}

void Organisation::set_name(std::string name)
{
    detail::require_non_empty(name, "organisation name");
    name_ = std::move(name);
}

void Organisation::set_follow_up_months(std::vector<int> months)
{
    for (int m : months)
        if (m < 1 || m > 12) throw InvalidArgument("follow-up month " + std::to_string(m) + " is not 1-12");
    follow_up_months_ = std::move(months);
}

void Organisation::check_new_id(const ActorId& id) const
{
    if (resolve(id)) throw DuplicateId("the organisation's actors", id.value());
}

void Organisation::add_party(std::shared_ptr<Party> party)
{
    if (!party) throw InvalidArgument("party must not be null");
    check_new_id(party->id());
    actor_index_.emplace(party->id(), ActorKind::Party);
    parties_.push_back(std::move(party));
}

void Organisation::add_group(std::shared_ptr<PartyGroup> group)
{
    if (!group) throw InvalidArgument("group must not be null");
    check_new_id(group->id());
    actor_index_.emplace(group->id(), ActorKind::Group);
    groups_.push_back(std::move(group));
}

void Organisation::add_role(std::shared_ptr<Role> role)
{
    if (!role) throw InvalidArgument("role must not be null");
    check_new_id(role->id());
    actor_index_.emplace(role->id(), ActorKind::Role);
    roles_.push_back(std::move(role));
}

void Organisation::add_body(std::shared_ptr<Body> body)
{
    if (!body) throw InvalidArgument("body must not be null");
    check_new_id(body->id());
    actor_index_.emplace(body->id(), ActorKind::Body);
    bodies_.push_back(std::move(body));
}

std::shared_ptr<Party> Organisation::find_party(const ActorId& id) const { return find_by_id(parties_, id); }
std::shared_ptr<PartyGroup> Organisation::find_group(const ActorId& id) const { return find_by_id(groups_, id); }
std::shared_ptr<Role> Organisation::find_role(const ActorId& id) const { return find_by_id(roles_, id); }
std::shared_ptr<Body> Organisation::find_body(const ActorId& id) const { return find_by_id(bodies_, id); }

std::optional<ActorKind> Organisation::resolve(const ActorId& id) const
{
    if (id == id_) return ActorKind::Organisation;
    const auto it = actor_index_.find(id);
    if (it == actor_index_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> Organisation::actor_name(const ActorId& id) const
{
    if (id == id_) return name_;
    if (auto p = find_party(id)) return p->name();
    if (auto g = find_group(id)) return g->name();
    if (auto r = find_role(id)) return r->title();
    if (auto b = find_body(id)) return b->name();
    return std::nullopt;
}

std::vector<ActorId> Organisation::actor_ids() const
{
    std::vector<ActorId> ids{id_};
    for (const auto& p : parties_) ids.push_back(p->id());
    for (const auto& g : groups_) ids.push_back(g->id());
    for (const auto& r : roles_) ids.push_back(r->id());
    for (const auto& b : bodies_) ids.push_back(b->id());
    return ids;
}

std::vector<std::shared_ptr<Party>> Organisation::expand(const ActorId& id) const
{
    std::vector<std::shared_ptr<Party>> out;
    std::set<ActorId> seen;  // groups may nest; a cycle must not loop forever
    std::vector<ActorId> pending{id};
    while (!pending.empty()) {
        const ActorId current = pending.back();
        pending.pop_back();
        if (!seen.insert(current).second) continue;
        if (auto party = find_party(current)) {
            if (std::find(out.begin(), out.end(), party) == out.end()) out.push_back(party);
        } else if (auto group = find_group(current)) {
            for (auto it = group->members().rbegin(); it != group->members().rend(); ++it) pending.push_back(*it);
        }
    }
    return out;
}

std::shared_ptr<Organisation> Organisation::clone() const
{
    auto copy = std::make_shared<Organisation>(id_, name_);
    copy->former_names_ = former_names_;
    copy->counties_ = counties_;
    copy->founded_ = founded_;
    copy->purpose_ = purpose_;
    copy->members_ = members_;
    copy->season_reading_ = season_reading_;
    copy->cycle_ = cycle_;
    copy->funding_ = funding_;
    copy->rule_settings_ = rule_settings_;
    copy->opt_in_members_ = opt_in_members_;
    copy->categories_ = categories_;
    copy->process_ = process_;
    copy->criteria_ = criteria_;
    copy->follow_up_months_ = follow_up_months_;
    copy->labels_ = labels_;
    copy->parties_ = detail::deep_copy(parties_);
    copy->groups_ = detail::deep_copy(groups_);
    copy->roles_ = detail::deep_copy(roles_);
    copy->bodies_ = detail::deep_copy(bodies_);
    copy->actor_index_ = actor_index_;
    copy->extra_ = extra_;
    return copy;
}

bool operator==(const Organisation& a, const Organisation& b)
{
    return a.id_ == b.id_ && a.name_ == b.name_ && a.former_names_ == b.former_names_ &&
           a.counties_ == b.counties_ && a.founded_ == b.founded_ && a.purpose_ == b.purpose_ &&
           a.members_ == b.members_ && a.season_reading_ == b.season_reading_ && a.cycle_ == b.cycle_ &&
           a.funding_ == b.funding_ && a.rule_settings_ == b.rule_settings_ &&
           a.opt_in_members_ == b.opt_in_members_ && a.categories_ == b.categories_ && a.process_ == b.process_ &&
           a.criteria_ == b.criteria_ && a.follow_up_months_ == b.follow_up_months_ && a.labels_ == b.labels_ &&
           detail::same_pointees(a.parties_, b.parties_) && detail::same_pointees(a.groups_, b.groups_) &&
           detail::same_pointees(a.roles_, b.roles_) && detail::same_pointees(a.bodies_, b.bodies_) &&
           a.extra_ == b.extra_;
}

}  // namespace miljoplan

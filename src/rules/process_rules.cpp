// SPDX-License-Identifier: Apache-2.0
// Rules about the cooperation's process: who sits in its bodies, how proposals are scored,
// and whether the follow-up shows the activities kept their cadence.
#include <algorithm>

#include "detail/text.h"
#include "miljoplan/analysis/follow_up.h"
#include "rules/engine.h"

namespace miljoplan::detail {

namespace {

// A member fills a seat when it comes from the seat's actor (or a party of its group) in its position.
bool fills(const Organisation& org, const Seat& seat, const BodyMember& member)
{
    if (fold(member.position) != fold(seat.position)) return false;
    if (member.from == seat.from) return true;
    for (const auto& party : org.expand(seat.from))
        if (party->id() == member.from) return true;
    return false;
}

// Whether the member holds every function of the seat besides plain membership.
bool holds_functions(const BodyMember& member, const Seat& seat)
{
    for (auto f : seat.functions)
        if (f != SeatFunction::Member &&
            std::find(member.functions.begin(), member.functions.end(), f) == member.functions.end())
            return false;
    return true;
}

std::string name_of(const Organisation& org, const ActorId& id) { return org.actor_name(id).value_or(id.value()); }

// What one seat got: the members given to it and, for a seat of one member per party, the parties
// without a member and those with more than one.
struct SeatOutcome {
    std::size_t expected = 0;
    std::size_t recorded = 0;
    std::vector<std::string> missing;
    std::vector<std::string> doubled;
};

void composition(RuleContext& c)
{
    const Organisation& org = *c.plan.organisation();
    for (std::size_t i = 0; i < org.bodies().size(); ++i) {
        const Body& body = *org.bodies()[i];
        if (body.members().empty()) continue;  // only the rule is recorded: nothing to check against
        const auto& seats = body.seats();
        const auto& members = body.members();
        // Seats for one named party go first, so that Malmö's fixed seat takes Malmö's member before the
        // seat for "the other municipalities" counts it again; each member fills one seat at most.
        std::vector<std::size_t> order(seats.size());
        for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return !org.find_group(seats[a].from) && org.find_group(seats[b].from);
        });
        std::vector<bool> seated(members.size(), false);
        std::vector<SeatOutcome> outcome(seats.size());
        for (std::size_t k : order) {
            const Seat& seat = seats[k];
            std::vector<std::size_t> taken;
            for (std::size_t m = 0; m < members.size(); ++m)
                if (!seated[m] && fills(org, seat, members[m])) taken.push_back(m);
            // A chair's seat takes the chair: members holding the seat's functions come first.
            std::stable_sort(taken.begin(), taken.end(), [&](std::size_t a, std::size_t b) {
                return holds_functions(members[a], seat) && !holds_functions(members[b], seat);
            });
            // A counted seat takes no more than its count; the rest may fill another seat or have none.
            if (seat.count && taken.size() > static_cast<std::size_t>(*seat.count))
                taken.resize(static_cast<std::size_t>(*seat.count));
            for (std::size_t m : taken) seated[m] = true;
            SeatOutcome& o = outcome[k];
            o.recorded = taken.size();
            if (seat.count) {
                o.expected = static_cast<std::size_t>(*seat.count);
            } else if (org.find_group(seat.from)) {
                // One per party of the group: the count alone would let two from one party hide a gap.
                const auto parties = org.expand(seat.from);
                o.expected = parties.size();
                for (const auto& party : parties) {
                    const auto n = std::count_if(taken.begin(), taken.end(),
                                                 [&](std::size_t m) { return members[m].from == party->id(); });
                    if (n == 0) o.missing.push_back(party->name());
                    if (n > 1) o.doubled.push_back(party->name());
                }
            } else {
                o.expected = 1;
            }
        }
        for (std::size_t k = 0; k < seats.size(); ++k) {
            const SeatOutcome& o = outcome[k];
            if (o.recorded == o.expected && o.missing.empty() && o.doubled.empty()) continue;
            const Seat& seat = seats[k];
            std::string sv = body.name() + ": regeln säger " + std::to_string(o.expected) + " " + seat.position + " från " +
                             name_of(org, seat.from) + " men " + std::to_string(o.recorded) + " är förda som ledamöter";
            std::string en = body.name() + ": the rule says " + std::to_string(o.expected) + " " + seat.position + " from " +
                             name_of(org, seat.from) + " but " + std::to_string(o.recorded) + " are recorded as members";
            if (!o.missing.empty()) {
                sv += "; ingen från " + detail::join(o.missing, ", ");
                en += "; none from " + detail::join(o.missing, ", ");
            }
            if (!o.doubled.empty()) {
                sv += "; fler än en från " + detail::join(o.doubled, ", ");
                en += "; more than one from " + detail::join(o.doubled, ", ");
            }
            c.report(c.say(sv, en), "$.organisation.bodies[" + std::to_string(i) + "].seats[" + std::to_string(k) + "]");
        }
        for (std::size_t m = 0; m < members.size(); ++m) {
            if (seated[m]) continue;
            const BodyMember& member = members[m];
            c.report(c.say(body.name() + ": ledamoten från " + name_of(org, member.from) + " (" + member.position +
                               ") har inget säte enligt regeln",
                           body.name() + ": the member from " + name_of(org, member.from) + " (" + member.position +
                               ") has no seat under the rule"),
                     "$.organisation.bodies[" + std::to_string(i) + "].members[" + std::to_string(m) + "]");
        }
    }
}

void scores(RuleContext& c)
{
    const auto& criteria = c.plan.organisation()->criteria();
    std::vector<std::string> ids;
    for (const auto& cr : criteria) ids.push_back(cr.id);
    const auto& proposals = c.plan.proposal_bank().proposals();
    for (std::size_t i = 0; i < proposals.size(); ++i) {
        const Proposal& p = *proposals[i];
        for (std::size_t k = 0; k < p.assessments().size(); ++k) {
            const Assessment& a = p.assessments()[k];
            const std::string path = "$.proposal_bank.proposals[" + std::to_string(i) + "].assessments[" + std::to_string(k) + "]";
            const auto criterion = std::find_if(criteria.begin(), criteria.end(), [&](const Criterion& cr) { return cr.id == a.criterion; });
            if (criterion == criteria.end()) {
                std::string sv = quoted(p.title()) + " bedöms mot " + quoted(a.criterion) + ", som inte är ett av organisationens kriterier";
                std::string en = quoted(p.title()) + " is scored on " + quoted(a.criterion) + ", which is not one of the organisation's criteria";
                if (const std::string* best = closest(a.criterion, ids)) {
                    sv += "; menade du " + quoted(*best) + "?";
                    en += "; did you mean " + quoted(*best) + "?";
                }
                c.report(c.say(sv, en), path);
                continue;
            }
            if (a.score >= criterion->min && a.score <= criterion->max) continue;
            c.report(c.say(quoted(p.title()) + " har poängen " + std::to_string(a.score) + " på " + quoted(criterion->name) +
                               ", utanför skalan " + std::to_string(criterion->min) + "–" + std::to_string(criterion->max),
                           quoted(p.title()) + " scores " + std::to_string(a.score) + " on " + quoted(criterion->name) +
                               ", outside the scale " + std::to_string(criterion->min) + "–" + std::to_string(criterion->max)),
                     path);
        }
    }
}

void follow_up_activity(RuleContext& c)
{
    for (std::size_t i = 0; i < c.plan.follow_up().size(); ++i) {
        const FollowUpEntry& e = c.plan.follow_up()[i];
        if (c.plan.find_activity(e.activity)) continue;
        c.report(c.say("Uppföljningen " + to_iso_string(e.date) + " gäller " + quoted(e.activity.value()) +
                           ", som inte är en aktivitet i planen",
                       "The follow-up of " + to_iso_string(e.date) + " concerns " + quoted(e.activity.value()) +
                           ", which is not an activity of the plan"),
                 "$.follow_up[" + std::to_string(i) + "].activity");
    }
}

// The report lists only the year's activities, so its positions are not the plan's.
std::string activity_path(const Plan& plan, const ActivityId& id)
{
    const auto& all = plan.activities();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i]->id() == id) return "$.activities[" + std::to_string(i) + "]";
    return "$.activities";
}

void follow_up_cadence(RuleContext& c)
{
    const auto first = c.plan.first_year();
    const auto last = c.plan.last_year();
    if (!first || !last || c.plan.follow_up().empty()) return;
    for (int year = *first; year <= *last; ++year) {
        // Only a year whose last follow-up point has been recorded is judged: before that, a
        // cadence can still be kept.
        const auto points = follow_up_points(*c.plan.organisation(), year);
        if (points.empty()) continue;
        bool closed = false;
        for (const auto& e : c.plan.follow_up()) closed = closed || !(e.date < points.back());
        if (!closed) continue;
        const FollowUpReport report = follow_up_report(c.plan, year);
        for (const auto& a : report.activities) {
            if (!a.compliance || a.compliance->fulfilled) continue;
            // Without any entry the follow-up says nothing about the activity: "held 0 times" would be a guess.
            if (a.entries.empty()) continue;
            if (a.status == ActivityStatus::Cancelled || a.status == ActivityStatus::Postponed) continue;
            const bool once = a.compliance->held == 1;
            c.report(c.say(quoted(a.title) + " hölls " + std::to_string(a.compliance->held) + (once ? " gång " : " gånger ") + std::to_string(year) +
                               " men " + quoted(a.compliance->timing) + " kräver minst " +
                               std::to_string(a.compliance->expected_min),
                           quoted(a.title) + " was held " + std::to_string(a.compliance->held) + (once ? " time in " : " times in ") +
                               std::to_string(year) + " but " + quoted(a.compliance->timing) + " asks for at least " +
                               std::to_string(a.compliance->expected_min)),
                     activity_path(c.plan, a.id));
        }
    }
}

}  // namespace

void add_process_rules(std::vector<Rule>& rules)
{
    rules.push_back({{"governance.composition", "governance", Severity::Warning,
                      "Ett organs förda ledamöter ska motsvara dess sammansättningsregel.",
                      "A body's recorded members match its composition rule.", {}},
                     composition});
    rules.push_back({{"proposals.scores", "proposals", Severity::Error,
                      "Förslagens poäng ska gälla organisationens kriterier och ligga inom deras skala.",
                      "Proposal scores are on the organisation's criteria and within their scale.", {}},
                     scores});
    rules.push_back({{"followup.unknown_activity", "followup", Severity::Error,
                      "Uppföljningen ska gälla aktiviteter i planen.", "The follow-up concerns activities of the plan.", {}},
                     follow_up_activity});
    rules.push_back({{"followup.cadence", "followup", Severity::Warning,
                      "En avslutad uppföljning ska visa att aktiviteternas kadens hållits.",
                      "A closed year's follow-up shows the activities kept their cadence.", {}},
                     follow_up_cadence});
}

}  // namespace miljoplan::detail

// SPDX-License-Identifier: Apache-2.0
// Rules about the cooperation's process: who sits in its bodies, how proposals are scored,
// and whether the follow-up shows the activities kept their cadence.
#include <algorithm>

#include "detail/text.h"
#include "miljoplan/analysis/follow_up.h"
#include "rules/engine.h"

namespace miljoplan::detail {

namespace {

// How many members a seat asks for: its count, else one per party of the group it names.
std::size_t seats_expected(const Organisation& org, const Seat& seat)
{
    if (seat.count) return static_cast<std::size_t>(*seat.count);
    if (org.find_group(seat.from)) return org.expand(seat.from).size();
    return 1;
}

// A member fills a seat when it comes from the seat's actor (or a party of its group) in its position.
bool fills(const Organisation& org, const Seat& seat, const BodyMember& member)
{
    if (fold(member.position) != fold(seat.position)) return false;
    if (member.from == seat.from) return true;
    for (const auto& party : org.expand(seat.from))
        if (party->id() == member.from) return true;
    return false;
}

void composition(RuleContext& c)
{
    const Organisation& org = *c.plan.organisation();
    for (std::size_t i = 0; i < org.bodies().size(); ++i) {
        const Body& body = *org.bodies()[i];
        if (body.members().empty()) continue;  // only the rule is recorded: nothing to check against
        for (std::size_t k = 0; k < body.seats().size(); ++k) {
            const Seat& seat = body.seats()[k];
            const std::size_t expected = seats_expected(org, seat);
            const std::size_t recorded = static_cast<std::size_t>(std::count_if(
                body.members().begin(), body.members().end(), [&](const BodyMember& m) { return fills(org, seat, m); }));
            if (recorded == expected) continue;
            const std::string who = org.actor_name(seat.from).value_or(seat.from.value());
            c.report(c.say(body.name() + ": regeln säger " + std::to_string(expected) + " " + seat.position + " från " + who +
                               " men " + std::to_string(recorded) + " är förda som ledamöter",
                           body.name() + ": the rule says " + std::to_string(expected) + " " + seat.position + " from " +
                               who + " but " + std::to_string(recorded) + " are recorded as members"),
                     "$.organisation.bodies[" + std::to_string(i) + "].seats[" + std::to_string(k) + "]");
        }
        for (std::size_t m = 0; m < body.members().size(); ++m) {
            const BodyMember& member = body.members()[m];
            const bool seated = std::any_of(body.seats().begin(), body.seats().end(),
                                            [&](const Seat& seat) { return fills(org, seat, member); });
            if (seated) continue;
            c.report(c.say(body.name() + ": ledamoten från " + org.actor_name(member.from).value_or(member.from.value()) +
                               " (" + member.position + ") har inget säte enligt regeln",
                           body.name() + ": the member from " + org.actor_name(member.from).value_or(member.from.value()) +
                               " (" + member.position + ") has no seat under the rule"),
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
        for (std::size_t i = 0; i < report.activities.size(); ++i) {
            const auto& a = report.activities[i];
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
                     "$.activities[" + std::to_string(i) + "]");
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

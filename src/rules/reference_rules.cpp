// SPDX-License-Identifier: Apache-2.0
#include "detail/text.h"
#include "rules/engine.h"

namespace miljoplan::detail {

namespace {

class ActorResolver {
public:
    explicit ActorResolver(const Organisation& org) : org_(org)
    {
        for (const auto& id : org.actor_ids()) candidates_.push_back(id.value());
    }

    void check(const ActorId& id, const std::string& path, const std::string& context, RuleContext& sink) const
    {
        if (org_.resolve(id)) return;
        std::string sv = "Okänd aktör \"" + id.value() + "\" i " + context;
        std::string en = "Unknown actor \"" + id.value() + "\" in " + context;
        if (const std::string* best = closest(id.value(), candidates_)) {
            sv += "; menade du \"" + *best + "\"?";
            en += "; did you mean \"" + *best + "\"?";
        }
        sink.report(sink.say(sv, en), path);
    }

private:
    const Organisation& org_;
    std::vector<std::string> candidates_;
};

void check_phrase(const ActorPhrase& phrase, const std::string& path, const std::string& context,
                  const ActorResolver& resolver, RuleContext& sink)
{
    for (std::size_t i = 0; i < phrase.refs.size(); ++i)
        resolver.check(phrase.refs[i].id, path + ".refs[" + std::to_string(i) + "]", context, sink);
}

void check_goals(const GoalPhrase& phrase, const std::string& path, const std::string& context,
                 const GoalCatalog& catalog, RuleContext& sink)
{
    for (std::size_t i = 0; i < phrase.refs.size(); ++i) {
        const GoalRef& ref = phrase.refs[i];
        // A measure is an explicit reference of its own; the goal beside it is optional.
        if (ref.goal.empty() || catalog.find(ref.goal)) continue;
        std::string sv = "Okänt effektmål \"" + ref.goal.value() + "\" i " + context;
        std::string en = "Unknown effect goal \"" + ref.goal.value() + "\" in " + context;
        if (auto best = catalog.suggest(ref.goal.value())) {
            sv += "; menade du \"" + *best + "\"?";
            en += "; did you mean \"" + *best + "\"?";
        }
        sink.report(sink.say(sv, en), path + ".goals[" + std::to_string(i) + "]");
    }
}

void unknown_actor(RuleContext& sink)
{
    const Plan& plan = sink.plan;
    const Organisation& org = *plan.organisation();
    const ActorResolver resolver(org);
    const std::string org_path = "$.organisation";

    for (std::size_t i = 0; i < org.members().size(); ++i)
        resolver.check(org.members()[i], org_path + ".members[" + std::to_string(i) + "]",
                       sink.say("organisationens medlemmar", "the organisation's members"), sink);
    for (std::size_t i = 0; i < org.parties().size(); ++i) {
        const auto& party = *org.parties()[i];
        if (party.parent())
            resolver.check(*party.parent(), org_path + ".parties[" + std::to_string(i) + "].parent",
                           sink.say("parten ", "the party ") + quoted(party.name()), sink);
    }
    for (std::size_t i = 0; i < org.groups().size(); ++i) {
        const auto& group = *org.groups()[i];
        for (std::size_t k = 0; k < group.members().size(); ++k)
            resolver.check(group.members()[k],
                           org_path + ".groups[" + std::to_string(i) + "].members[" + std::to_string(k) + "]",
                           sink.say("gruppen ", "the group ") + quoted(group.name()), sink);
    }
    for (std::size_t i = 0; i < org.roles().size(); ++i) {
        const auto& role = *org.roles()[i];
        if (role.employer())
            resolver.check(*role.employer(), org_path + ".roles[" + std::to_string(i) + "].employer",
                           sink.say("rollen ", "the role ") + quoted(role.title()), sink);
    }
    for (std::size_t i = 0; i < org.bodies().size(); ++i) {
        const auto& body = *org.bodies()[i];
        for (std::size_t k = 0; k < body.seats().size(); ++k)
            resolver.check(body.seats()[k].from,
                           org_path + ".bodies[" + std::to_string(i) + "].seats[" + std::to_string(k) + "].from",
                           sink.say("sammansättningen av ", "the composition of ") + quoted(body.name()), sink);
    }
    for (std::size_t i = 0; i < org.opt_in_members().size(); ++i)
        resolver.check(org.opt_in_members()[i], org_path + ".opt_in_members[" + std::to_string(i) + "]",
                       sink.say("organisationens frivilliga medlemmar", "the organisation's opt-in members"), sink);
    for (std::size_t i = 0; i < org.bodies().size(); ++i) {
        const auto& body = *org.bodies()[i];
        for (std::size_t k = 0; k < body.members().size(); ++k)
            resolver.check(body.members()[k].from,
                           org_path + ".bodies[" + std::to_string(i) + "].members[" + std::to_string(k) + "].from",
                           sink.say("ledamöterna i ", "the members of ") + quoted(body.name()), sink);
    }
    for (std::size_t i = 0; i < org.process().size(); ++i) {
        const Milestone& step = org.process()[i];
        check_phrase(step.responsible, org_path + ".process[" + std::to_string(i) + "].responsible",
                     sink.say("ansvar för ", "responsible for ") + quoted(step.title), resolver, sink);
    }
    if (org.cycle().adopted_by)
        resolver.check(*org.cycle().adopted_by, org_path + ".cycle.adopted_by",
                       sink.say("planeringscykeln", "the planning cycle"), sink);
    if (plan.adoption().body)
        resolver.check(*plan.adoption().body, "$.adoption.body", sink.say("fastställelsen", "the adoption"), sink);

    for (std::size_t i = 0; i < plan.activities().size(); ++i) {
        const Activity& a = *plan.activities()[i];
        const std::string path = "$.activities[" + std::to_string(i) + "]";
        check_phrase(a.responsible(), path + ".responsible",
                     sink.say("ansvar för ", "responsible for ") + quoted(a.title()), resolver, sink);
        check_phrase(a.partners(), path + ".partners",
                     sink.say("samverkansparter för ", "partners of ") + quoted(a.title()), resolver, sink);
    }
    const auto& proposals = plan.proposal_bank().proposals();
    for (std::size_t i = 0; i < proposals.size(); ++i) {
        if (proposals[i]->submitted_by())
            resolver.check(*proposals[i]->submitted_by(),
                           "$.proposal_bank.proposals[" + std::to_string(i) + "].submitted_by",
                           sink.say("förslaget ", "the proposal ") + quoted(proposals[i]->title()), sink);
    }
    if (plan.budget() && plan.budget()->decided_by())
        resolver.check(*plan.budget()->decided_by(), "$.budget.decided_by",
                       sink.say("budgetbeslutet", "the budget decision"), sink);
    for (std::size_t i = 0; i < plan.budget_versions().size(); ++i)
        if (plan.budget_versions()[i]->decided_by())
            resolver.check(*plan.budget_versions()[i]->decided_by(),
                           "$.budget_versions[" + std::to_string(i) + "].decided_by",
                           sink.say("budgetbeslutet", "the budget decision"), sink);
}

void unknown_goal(RuleContext& sink)
{
    for (std::size_t i = 0; i < sink.plan.activities().size(); ++i) {
        const Activity& a = *sink.plan.activities()[i];
        check_goals(a.effect_goals(), "$.activities[" + std::to_string(i) + "].effect_goals",
                    sink.say("effektmål för ", "effect goals of ") + quoted(a.title()), sink.catalog, sink);
    }
}

}  // namespace

void add_reference_rules(std::vector<Rule>& rules)
{
    rules.push_back({{"ref.unknown_actor", "references", Severity::Error,
                      "Varje ansvarig, samverkanspart, medlem och säte ska vara en känd aktör.",
                      "Every responsible, partner, member and seat names a known actor.", {}},
                     unknown_actor});
    rules.push_back({{"ref.unknown_goal", "references", Severity::Error,
                      "Varje effektmål ska finnas i målkatalogen (eller vara en åtgärd i ett åtgärdsprogram).",
                      "Every effect goal is in the goal catalog (or is a measure of an action programme).", {}},
                     unknown_goal});
}

}  // namespace miljoplan::detail

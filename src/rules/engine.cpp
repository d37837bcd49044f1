// SPDX-License-Identifier: Apache-2.0
#include "rules/engine.h"

#include <stdexcept>
#include <unordered_map>

#include "detail/text.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace detail {

std::int64_t RuleContext::param(const std::string& name) const
{
    if (setting_) {
        const auto it = setting_->parameters.find(name);
        if (it != setting_->parameters.end()) return it->second;
    }
    for (const auto& p : rule_.parameters)
        if (p.name == name) return p.default_value;
    throw std::logic_error("rule " + rule_.code + " has no parameter " + name);
}

bool RuleContext::has_param(const std::string& name) const
{
    return setting_ && setting_->parameters.count(name) != 0;
}

void RuleContext::report(const std::string& message, const std::string& path)
{
    const Severity severity = setting_ && setting_->severity ? *setting_->severity : rule_.severity;
    out_.push_back(Finding{rule_.code, severity, message, path});
}

const YearWheel& RuleContext::wheel()
{
    if (!shared_.wheel) {
        // A named options object: GCC 12 at -O3 takes the default argument's temporary for uninitialised
        // when it is destroyed (-Wmaybe-uninitialized, a false positive).
        const WheelOptions defaults;
        shared_.wheel.emplace(build_year_wheel(plan, std::nullopt, defaults));
    }
    return *shared_.wheel;
}

const std::vector<std::pair<std::optional<Timing>, std::string>>& RuleContext::timings()
{
    if (!shared_.timings) {
        const TimingContext context = timing_context(plan);
        std::vector<std::pair<std::optional<Timing>, std::string>> out;
        // Plans repeat their phrases ("2 gånger per år", "Hösten 2025"), and a phrase reads the same in one
        // context, so each distinct phrase is parsed once.
        std::unordered_map<std::string, std::size_t> first_with;
        out.reserve(plan.activities().size());
        for (const auto& a : plan.activities()) {
            const auto [seen, is_new] = first_with.emplace(a->timing_text(), out.size());
            if (!is_new) {
                out.push_back(out[seen->second]);
                continue;
            }
            try {
                out.emplace_back(parse_timing(a->timing_text(), context), std::string());
            } catch (const ParseError& e) {
                out.emplace_back(std::nullopt, e.detail());
            }
        }
        shared_.timings = std::move(out);
    }
    return *shared_.timings;
}

std::string show_amount(Money amount, const Budget& budget)
{
    if (budget.display_unit() == "tkr") return format_tkr(amount) + " tkr";
    return format_kronor(amount);
}

std::string show_signed(Money amount, const Budget& budget)
{
    return (amount > Money() ? "+" : "") + show_amount(amount, budget);
}

const std::vector<Rule>& all_rules()
{
    static const std::vector<Rule> rules = [] {
        std::vector<Rule> out;
        add_budget_rules(out);
        add_funding_rules(out);
        add_reference_rules(out);
        add_plan_rules(out);
        add_timing_rules(out);
        add_process_rules(out);
        return out;
    }();
    return rules;
}

}  // namespace detail

const std::vector<RuleInfo>& rule_catalog()
{
    static const std::vector<RuleInfo> catalog = [] {
        std::vector<RuleInfo> out;
        for (const auto& rule : detail::all_rules()) out.push_back(rule.info);
        out.push_back(RuleInfo{"budget.overflow", "budget", Severity::Error,
                               "Budgetens belopp ska gå att räkna ut exakt (summor inom ±9,2 triljoner kronor).",
                               "The budget's amounts can be computed exactly (sums within int64 kronor).", {}});
        out.push_back(RuleInfo{"profile.unknown_rule", "profile", Severity::Warning,
                               "Profilens regelinställningar nämner en regel som inte finns.",
                               "The profile's rule settings name a rule that does not exist.", {}});
        return out;
    }();
    return catalog;
}

const RuleInfo* find_rule(const std::string& code)
{
    for (const auto& rule : rule_catalog())
        if (rule.code == code) return &rule;
    return nullptr;
}

namespace {

// The severity a rule reports with under @p settings, or nullopt when they switch it off. For the two
// rules reported outside the rule loop (budget.overflow, profile.unknown_rule), which obey the same
// settings as every other rule.
std::optional<Severity> reported_as(const std::string& code, Severity fallback, const RuleSettings& settings)
{
    const auto it = settings.find(code);
    if (it == settings.end()) return fallback;
    if (!it->second.enabled) return std::nullopt;
    return it->second.severity.value_or(fallback);
}

RuleSettings effective_settings(const Plan& plan, const ValidationOptions& options)
{
    RuleSettings settings = plan.organisation()->rule_settings();
    for (const auto& [code, setting] : options.overrides) {
        RuleSetting& target = settings[code];
        target.enabled = setting.enabled;
        if (setting.severity) target.severity = setting.severity;
        for (const auto& [name, value] : setting.parameters) target.parameters[name] = value;
    }
    return settings;
}

void check_settings(const RuleSettings& settings, const ValidationOptions& options, std::vector<Finding>& out)
{
    const auto severity = reported_as("profile.unknown_rule", Severity::Warning, settings);
    if (!severity) return;
    std::vector<std::string> codes;
    for (const auto& rule : rule_catalog()) codes.push_back(rule.code);
    for (const auto& [code, setting] : settings) {
        const RuleInfo* rule = find_rule(code);
        const std::string path = "$.organisation.rules" + std::string("[\"") + code + "\"]";
        if (!rule) {
            std::string sv = "Regelinställningen " + detail::quoted(code) + " gäller ingen känd regel";
            std::string en = "The rule setting " + detail::quoted(code) + " names no known rule";
            if (const std::string* best = detail::closest(code, codes)) {
                sv += "; menade du " + detail::quoted(*best) + "?";
                en += "; did you mean " + detail::quoted(*best) + "?";
            }
            out.push_back(Finding{"profile.unknown_rule", *severity, options.language == Language::Swedish ? sv : en, path});
            continue;
        }
        for (const auto& [name, value] : setting.parameters) {
            bool known = false;
            for (const auto& p : rule->parameters) known = known || p.name == name;
            if (!known) {
                (void)value;
                out.push_back(Finding{"profile.unknown_rule", *severity,
                                      options.language == Language::Swedish
                                          ? "Regeln " + detail::quoted(code) + " har ingen parameter " + detail::quoted(name)
                                          : "The rule " + detail::quoted(code) + " has no parameter " + detail::quoted(name),
                                      path});
            }
        }
    }
}

}  // namespace

std::vector<Finding> validate(const Plan& plan, const GoalCatalog& catalog, const ValidationOptions& options)
{
    std::vector<Finding> findings;
    const RuleSettings settings = effective_settings(plan, options);
    detail::SharedResults shared;
    const auto overflow_severity = reported_as("budget.overflow", Severity::Error, settings);
    bool overflow_reported = !overflow_severity;  // switched off: as if already reported
    for (const auto& rule : detail::all_rules()) {
        const auto it = settings.find(rule.info.code);
        const RuleSetting* setting = it == settings.end() ? nullptr : &it->second;
        if (setting && !setting->enabled) continue;
        detail::RuleContext context(plan, catalog, options, rule.info, setting, shared, findings);
        try {
            rule.check(context);
        } catch (const InvalidArgument& e) {
            // Only money arithmetic throws inside a check: amounts whose sums or differences leave int64.
            if (overflow_reported) continue;
            overflow_reported = true;
            findings.push_back(Finding{"budget.overflow", *overflow_severity,
                                       options.language == Language::Swedish
                                           ? std::string("Budgetens belopp går inte att räkna ut exakt: ") + e.what()
                                           : std::string("The budget's amounts cannot be computed exactly: ") + e.what(),
                                       "$.budget"});
        }
    }
    check_settings(settings, options, findings);
    return findings;
}

std::vector<Finding> validate(const Plan& plan, const GoalCatalog& catalog, Language language)
{
    ValidationOptions options;
    options.language = language;
    return validate(plan, catalog, options);
}

}  // namespace miljoplan

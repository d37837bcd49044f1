// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/goal_catalog.h"

#include "detail/text.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

// Opening and closing quotation marks that plan text uses around programme and section names.
const char* const kQuotes[] = {"\xE2\x80\x9D", "\xE2\x80\x9C", "\xE2\x80\x9E", "\"", "\xC2\xBB", "\xC2\xAB"};

// Reads a quoted name at @p pos of @p text; advances @p pos past the closing quote.
std::optional<std::string> read_quoted(const std::string& text, std::size_t& pos)
{
    for (const char* open : kQuotes) {
        const std::string q(open);
        if (text.compare(pos, q.size(), q) != 0) continue;
        const std::size_t start = pos + q.size();
        std::size_t best = std::string::npos;
        std::size_t best_len = 0;
        for (const char* close : kQuotes) {
            const std::size_t at = text.find(close, start);
            if (at != std::string::npos && at < best) {
                best = at;
                best_len = std::string(close).size();
            }
        }
        if (best == std::string::npos) return std::nullopt;
        pos = best + best_len;
        return text.substr(start, best - start);
    }
    return std::nullopt;
}

// "Åtgärd nr 6 i avsnittet ”Ingen övergödning” i åtgärdsprogrammet ”Vattnets miljömål 2017-2021”"
std::optional<Measure> parse_measure(const std::string& text)
{
    // Lower-casing keeps byte offsets: every mapping we apply preserves the UTF-8 length.
    const std::string lower = detail::utf8_lower(text);
    const std::string head = "åtgärd nr ";
    if (lower.compare(0, head.size(), head) != 0) return std::nullopt;
    std::size_t pos = head.size();
    const std::size_t number_end = lower.find(' ', pos);
    if (number_end == std::string::npos) return std::nullopt;
    Measure measure;
    measure.number = text.substr(pos, number_end - pos);
    pos = number_end;
    const std::string section_word = " i avsnittet ";
    if (lower.compare(pos, section_word.size(), section_word) != 0) return std::nullopt;
    pos += section_word.size();
    auto section = read_quoted(text, pos);
    if (!section) return std::nullopt;
    measure.section = *section;
    const std::string programme_word = " i åtgärdsprogrammet ";
    if (lower.compare(pos, programme_word.size(), programme_word) != 0) return std::nullopt;
    pos += programme_word.size();
    auto programme = read_quoted(text, pos);
    if (!programme) return std::nullopt;
    measure.programme = *programme;
    if (!detail::trim(std::string_view(text).substr(pos)).empty()) return std::nullopt;
    return measure;
}

std::string strip_final_period(std::string_view part)
{
    part = detail::trim(part);
    if (!part.empty() && part.back() == '.') part.remove_suffix(1);
    return std::string(detail::trim(part));
}

}  // namespace

GoalCatalog::GoalCatalog(std::vector<EffectGoal> goals)
{
    for (auto& goal : goals) add(std::move(goal));
}

void GoalCatalog::add(EffectGoal goal)
{
    if (goal.id.empty()) throw InvalidArgument("goal id must not be empty");
    if (!index_.emplace(goal.id, goals_.size()).second) throw DuplicateId("the goal catalog", goal.id.value());
    goals_.push_back(std::move(goal));
}

const EffectGoal* GoalCatalog::find(const GoalId& id) const noexcept
{
    const auto it = index_.find(id);
    return it == index_.end() ? nullptr : &goals_[it->second];
}

const EffectGoal* GoalCatalog::find_by_name(std::string_view name) const
{
    const std::string key = detail::fold(name);
    if (key.empty()) return nullptr;
    for (const auto& goal : goals_) {
        if (key == detail::fold(goal.name_sv) || key == detail::fold(goal.name_en) ||
            key == detail::fold(goal.id.value()))
            return &goal;
        for (const auto& variant : goal.variants)
            if (key == detail::fold(variant)) return &goal;
    }
    return nullptr;
}

std::optional<std::string> GoalCatalog::suggest(std::string_view text) const
{
    std::vector<std::string> candidates;
    for (const auto& goal : goals_) {
        candidates.push_back(goal.id.value());
        candidates.push_back(goal.name_sv);
    }
    if (const std::string* best = detail::closest(text, candidates)) return *best;
    return std::nullopt;
}

GoalResolution GoalCatalog::resolve(std::string_view text) const
{
    GoalResolution result;
    result.phrase.text = std::string(text);
    const std::string whole = strip_final_period(text);
    if (whole.empty()) return result;
    if (detail::fold(whole) == "flertalet") {
        result.phrase.open = OpenGoals::Most;
        return result;
    }
    if (auto measure = parse_measure(whole)) {
        GoalRef ref;
        if (const EffectGoal* goal = find_by_name(measure->section)) ref.goal = goal->id;
        ref.measure = std::move(measure);
        result.phrase.refs.push_back(std::move(ref));
        return result;
    }
    const std::vector<std::string> parts = detail::split(whole, ",");
    for (std::size_t i = 0; i < parts.size(); ++i) {
        // A goal name may hold a comma itself ("Hållbar industri, innovationer och infrastruktur"),
        // so the longest run of parts that names a goal is taken before a single part.
        const EffectGoal* joined = nullptr;
        std::size_t end = parts.size();  // one past the run's last part
        for (; end > i + 1; --end) {
            std::string run = parts[i];
            for (std::size_t k = i + 1; k < end; ++k) run += "," + parts[k];
            joined = find_by_name(strip_final_period(run));
            if (joined != nullptr) break;
        }
        if (joined != nullptr) {
            result.phrase.refs.push_back(GoalRef{joined->id, std::nullopt});
            i = end - 1;
            continue;
        }
        const std::string part = strip_final_period(parts[i]);
        if (part.empty()) continue;
        const std::string key = detail::fold(part);
        if (key == "m.fl" || key == "m fl" || key == "med flera") {
            result.phrase.open = OpenGoals::AndOthers;
            continue;
        }
        if (const EffectGoal* goal = find_by_name(part)) {
            result.phrase.refs.push_back(GoalRef{goal->id, std::nullopt});
            continue;
        }
        // "och" also occurs inside goal names ("Levande sjöar och vattendrag"), so a part is split
        // on it only when every piece then names a goal.
        const auto pieces = detail::split(part, " och ");
        std::vector<GoalRef> refs;
        for (const auto& piece : pieces) {
            if (const EffectGoal* goal = find_by_name(piece)) refs.push_back(GoalRef{goal->id, std::nullopt});
        }
        if (pieces.size() > 1 && refs.size() == pieces.size()) {
            result.phrase.refs.insert(result.phrase.refs.end(), refs.begin(), refs.end());
        } else {
            result.unresolved.push_back(part);
        }
    }
    return result;
}

}  // namespace miljoplan

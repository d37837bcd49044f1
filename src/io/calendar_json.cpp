// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/io/calendar_json.h"

#include <set>
#include <sstream>

#include "calendar/timing_vocabulary.h"
#include "detail/text.h"
#include "io/json_support.h"

namespace miljoplan {

namespace {

using detail::Json;

Json window_json(const TimeWindow& w)
{
    Json out = Json::object();
    out["start"] = to_iso_string(w.range.first);
    out["end"] = to_iso_string(w.range.last());
    out["label"] = w.label;
    out["kind"] = to_string(w.kind);
    out["text"] = w.text;
    return out;
}

Json cadence_json(const Cadence& c)
{
    Json out = Json::object();
    out["min"] = c.min;
    out["max"] = c.max;
    out["per"] = to_string(c.per);
    out["interval"] = c.interval;
    out["excluded_months"] = c.excluded_months;
    out["within"] = c.within ? Json{{"start", to_iso_string(c.within->first)}, {"end", to_iso_string(c.within->last())}}
                             : Json(nullptr);
    out["label"] = c.label;
    out["anchor"] = c.anchor;
    out["regular"] = c.is_regular();
    out["text"] = c.text;
    return out;
}

Json timing_json(const Timing& t, std::optional<int> year)
{
    Json out = Json::object();
    out["text"] = t.text;
    Json windows = Json::array();
    for (const auto& w : t.windows) windows.push_back(window_json(w));
    out["windows"] = windows;
    Json dates = Json::array();
    for (const auto& d : t.dates) dates.push_back(to_iso_string(d));
    out["dates"] = dates;
    out["cadence"] = t.cadences.empty() ? Json(nullptr) : cadence_json(t.cadences.front());
    Json cadences = Json::array();
    for (const auto& c : t.cadences) cadences.push_back(cadence_json(c));
    out["cadences"] = cadences;
    // The months the phrase's regular cadences really fall in: taken from the expansion, which also
    // keeps a cadence inside the phrase's own period ("Hösten 2024, 1 gång per månad" is August-December),
    // something cadence_months() alone cannot know.
    std::set<int> months;
    if (year)
        for (const auto& o : expand(t, *year).occurrences)
            if (o.kind == OccurrenceKind::Monthly) months.insert(o.date.month().as_number());
    out["months"] = Json(std::vector<int>(months.begin(), months.end()));
    out["deadline"] = t.deadline ? Json(to_iso_string(t.deadline->date)) : Json(nullptr);
    out["ongoing"] = t.ongoing;
    out["excluded_months"] = t.excluded_months;
    out["ambiguous"] = t.ambiguous;
    out["notes"] = t.notes;
    out["unparsed"] = t.unparsed;
    return out;
}

}  // namespace

std::string timing_to_json(const Timing& timing, std::optional<int> year)
{
    return detail::dump_json(timing_json(timing, year));
}

std::string year_wheel_to_json(const YearWheel& wheel)
{
    Json out = Json::object();
    out["year"] = wheel.year;
    out["meetings"] = wheel.meetings();
    Json activities = Json::array();
    for (const auto& s : wheel.activities) {
        Json a = Json::object();
        a["id"] = s.id.value();
        a["title"] = s.title;
        a["category"] = s.category;
        a["meeting"] = s.meeting;
        Json responsible = Json::array();
        for (const auto& r : s.responsible) responsible.push_back(r.value());
        a["responsible"] = responsible;
        a["timing"] = s.error.empty() ? timing_json(s.timing, wheel.year) : Json(nullptr);
        a["error"] = s.error.empty() ? Json(nullptr) : Json(s.error);
        Json occurrences = Json::array();
        for (const auto& o : s.expansion.occurrences)
            occurrences.push_back(Json{{"date", to_iso_string(o.date)}, {"kind", to_string(o.kind)}, {"label", o.label}});
        a["occurrences"] = occurrences;
        activities.push_back(a);
    }
    out["activities"] = activities;
    Json milestones = Json::array();
    for (const auto& m : wheel.milestones) {
        Json j = Json::object();
        j["id"] = m.id;
        j["title"] = m.title;
        j["concerns_year"] = m.concerns_year;
        Json dates = Json::array();
        for (const auto& o : m.expansion.occurrences)
            dates.push_back(Json{{"date", to_iso_string(o.date)}, {"kind", to_string(o.kind)}});
        j["occurrences"] = dates;
        j["error"] = m.error.empty() ? Json(nullptr) : Json(m.error);
        milestones.push_back(j);
    }
    out["milestones"] = milestones;
    Json months = Json::array();
    for (const auto& m : wheel.months) {
        Json month = Json::object();
        month["month"] = m.month;
        Json running = Json::array();
        for (auto i : m.running) running.push_back(wheel.activities[i].id.value());
        month["running"] = running;
        Json occurrences = Json::array();
        for (const auto& o : m.occurrences)
            occurrences.push_back(Json{{"activity", wheel.activities[o.activity].id.value()},
                                       {"date", to_iso_string(o.occurrence.date)},
                                       {"kind", to_string(o.occurrence.kind)},
                                       {"label", o.occurrence.label}});
        month["occurrences"] = occurrences;
        Json steps = Json::array();
        for (const auto& [index, o] : m.milestones)
            steps.push_back(Json{{"milestone", wheel.milestones[index].id}, {"date", to_iso_string(o.date)},
                                 {"kind", to_string(o.kind)}});
        month["milestones"] = steps;
        month["meetings"] = m.meetings;
        Json load = Json::object();
        for (const auto& [id, n] : m.load) load[id] = n;
        month["load"] = load;
        months.push_back(month);
    }
    out["months"] = months;
    return detail::dump_json(out);
}

std::string year_wheel_text(const YearWheel& wheel)
{
    std::ostringstream out;
    const std::string title = "Årshjul " + std::to_string(wheel.year);
    out << title << "\n" << std::string(detail::utf8_length(title), '=') << "\n";
    for (const auto& m : wheel.months) {
        std::string name = detail::month_name(m.month);
        name[0] = static_cast<char>(name[0] - 32);
        out << "\n" << name << " (" << m.meetings << (m.meetings == 1 ? " möte" : " möten") << ")\n";
        for (const auto& o : m.occurrences) {
            const auto& a = wheel.activities[o.activity];
            out << "  " << to_iso_string(o.occurrence.date) << "  " << a.title;
            if (!o.occurrence.label.empty()) out << " – " << o.occurrence.label;
            if (o.occurrence.kind != OccurrenceKind::Dated) out << " [" << to_string(o.occurrence.kind) << "]";
            out << "\n";
        }
        for (const auto& [index, o] : m.milestones)
            out << "  " << to_iso_string(o.date) << "  \xE2\x96\xB8 " << wheel.milestones[index].title << " ["
                << to_string(o.kind) << "]\n";
        std::string running;
        for (auto i : m.running) {
            bool has_occurrence = false;
            for (const auto& o : m.occurrences) has_occurrence = has_occurrence || o.activity == i;
            if (!has_occurrence) running += (running.empty() ? "" : "; ") + wheel.activities[i].title;
        }
        if (!running.empty()) out << "  pågår: " << running << "\n";
        if (!m.load.empty()) {
            out << "  belastning:";
            for (const auto& [id, n] : m.load) out << " " << id << " " << n;
            out << "\n";
        }
    }
    out << "\nMöten under året: " << wheel.meetings() << "\n";
    for (const auto& [index, n] : wheel.meetings_per_activity())
        out << "  " << n << "  " << wheel.activities[index].title << "\n";
    for (const auto& a : wheel.activities)
        if (!a.error.empty()) out << "\nKan inte läsa tiden för " << a.title << ": " << a.error << "\n";
    for (const auto& m : wheel.milestones)
        if (!m.error.empty()) out << "\nKan inte läsa tiden för " << m.title << ": " << m.error << "\n";
    return out.str();
}

}  // namespace miljoplan

// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/calendar/timing.h"

namespace miljoplan {

std::string to_string(WindowKind kind)
{
    switch (kind) {
    case WindowKind::Period: return "period";
    case WindowKind::Phase: return "fas";
    case WindowKind::Detail: return "detalj";
    case WindowKind::Extension: return "förlängning";
    case WindowKind::Scope: return "omfattning";
    }
    return "?";
}

std::string to_string(CadencePeriod period)
{
    switch (period) {
    case CadencePeriod::Week: return "week";
    case CadencePeriod::Month: return "month";
    case CadencePeriod::Quarter: return "quarter";
    case CadencePeriod::Tertial: return "tertial";
    case CadencePeriod::HalfYear: return "half_year";
    case CadencePeriod::Term: return "term";
    case CadencePeriod::Year: return "year";
    }
    return "?";
}

bool Cadence::is_regular() const noexcept
{
    return min == 1 && max == 1 && (per == CadencePeriod::Month || per == CadencePeriod::Week);
}

std::vector<TimeWindow> Timing::phases() const
{
    std::vector<TimeWindow> out;
    for (const auto& w : windows)
        if (w.kind == WindowKind::Phase) out.push_back(w);
    return out;
}

std::optional<DateRange> Timing::span() const
{
    std::optional<DateRange> out;
    auto add = [&](const DateRange& r) {
        if (!out) {
            out = r;
            return;
        }
        if (r.first < out->first) out->first = r.first;
        if (out->end < r.end) out->end = r.end;
    };
    for (const auto& w : windows) add(w.range);
    for (const auto& d : dates) add(DateRange{d, d + boost::gregorian::days(1)});
    if (deadline) add(DateRange{deadline->date, deadline->date + boost::gregorian::days(1)});
    return out;
}

}  // namespace miljoplan

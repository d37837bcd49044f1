// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/io/ics.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <sstream>

#include "miljoplan/calendar/swedish_calendar.h"
#include "miljoplan/error.h"
#include "miljoplan/version.h"

namespace miljoplan {

namespace {

using boost::gregorian::days;

std::string ics_date(const Date& d)
{
    std::string iso = to_iso_string(d);
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// RFC 5545 3.3.11: backslash, semicolon and comma are escaped; newlines become \n.
std::string escape(const std::string& text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

// RFC 5545 3.1: lines longer than 75 octets are folded; a fold never splits a UTF-8 sequence.
void line(std::ostringstream& out, const std::string& content)
{
    std::size_t start = 0;
    std::size_t limit = 75;
    while (content.size() - start > limit) {
        std::size_t cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80) --cut;
        out << content.substr(start, cut - start) << "\r\n ";
        start = cut;
        limit = 74;  // the leading space of a continuation line counts
    }
    out << content.substr(start) << "\r\n";
}

std::string now_stamp()
{
    const std::time_t t = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &utc);
    return buffer;
}

// The first weekday (Monday-Friday) on or after @p day_of_month in the month: what
// "BYDAY=MO,TU,WE,TH,FR;BYMONTHDAY=d..d+6;BYSETPOS=1" selects.
Date first_weekday_from(int year, int month, int day_of_month)
{
    Date d = make_date(year, month, 1) + days(day_of_month - 1);
    while (d.day_of_week() == boost::date_time::Saturday || d.day_of_week() == boost::date_time::Sunday) d += days(1);
    return d;
}

struct Event {
    std::string uid;
    Date start;
    Date end;  // exclusive
    std::string summary;
    std::string description;
    bool tentative = false;
    std::string rrule;
    std::vector<Date> exdates;
    std::vector<Date> rdates;
};

void write_event(std::ostringstream& out, const Event& e, const std::string& stamp)
{
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + e.uid);
    line(out, "DTSTAMP:" + stamp);
    line(out, "DTSTART;VALUE=DATE:" + ics_date(e.start));
    line(out, "DTEND;VALUE=DATE:" + ics_date(e.end));
    if (!e.rrule.empty()) line(out, "RRULE:" + e.rrule);
    for (const auto& d : e.exdates) line(out, "EXDATE;VALUE=DATE:" + ics_date(d));
    for (const auto& d : e.rdates) line(out, "RDATE;VALUE=DATE:" + ics_date(d));
    line(out, "SUMMARY:" + escape(e.summary));
    if (!e.description.empty()) line(out, "DESCRIPTION:" + escape(e.description));
    line(out, "TRANSP:TRANSPARENT");
    if (e.tentative) line(out, "STATUS:TENTATIVE");
    line(out, "END:VEVENT");
}

std::string join_months(const std::vector<int>& months)
{
    std::string out;
    for (int m : months) out += (out.empty() ? "" : ",") + std::to_string(m);
    return out;
}

}  // namespace

std::string to_ics(const Plan& plan, const YearWheel& wheel, const IcsOptions& options)
{
    const std::string stamp = options.stamp.empty() ? now_stamp() : options.stamp;
    const bool stamp_ok = stamp.size() == 16 && stamp[8] == 'T' && stamp[15] == 'Z' &&
                          std::all_of(stamp.begin(), stamp.begin() + 8, ::isdigit) &&
                          std::all_of(stamp.begin() + 9, stamp.begin() + 15, ::isdigit);
    if (!stamp_ok) throw InvalidArgument("the iCalendar stamp must look like 20240101T000000Z, got '" + stamp + "'");
    std::ostringstream out;
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, std::string("PRODID:-//miljoplan//miljoplan ") + version + "//SV");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + escape(plan.title()));
    const std::string base = plan.id().value();
    for (const auto& s : wheel.activities) {
        const std::string prefix = base + "." + s.id.value() + ".";
        std::string description = "Tid för genomförande: " + s.timing.text;
        if (const auto activity = plan.find_activity(s.id)) {
            if (!activity->responsible().text.empty()) description += "\nAnsvar: " + activity->responsible().text;
            if (!activity->implementation().empty()) description += "\nGenomförande: " + activity->implementation();
        }
        int part = 0;
        for (const auto& w : s.expansion.windows) {
            Event e;
            e.uid = prefix + "w" + std::to_string(part++) + "@miljoplan";
            e.start = w.range.first;
            e.end = w.range.end;
            e.summary = s.title + (w.label.empty() ? "" : " – " + w.label) + " (" + w.text + ")";
            e.description = description;
            write_event(out, e, stamp);
        }
        for (std::size_t ci = 0; ci < s.timing.cadences.size(); ++ci) {
            const Cadence& c = s.timing.cadences[ci];
            if (!c.is_regular()) continue;
            std::vector<Date> planned;
            for (const auto& o : s.expansion.occurrences)
                if (o.cadence == static_cast<int>(ci)) planned.push_back(o.date);
            if (planned.empty()) continue;
            const int day = wheel.suggested_day;
            Event e;
            e.uid = prefix + "c" + std::to_string(ci) + "@miljoplan";
            std::vector<Date> nominal;
            std::vector<int> months;
            for (const Date& d : planned) months.push_back(d.month().as_number());
            if (c.per == CadencePeriod::Month) {
                for (int m : months) nominal.push_back(first_weekday_from(wheel.year, m, day));
                std::string rule = "FREQ=MONTHLY;INTERVAL=1;BYMONTH=" + join_months(months) +
                                   ";BYDAY=MO,TU,WE,TH,FR;BYMONTHDAY=";
                for (int k = 0; k < 7; ++k) rule += (k ? "," : "") + std::to_string(day + k);
                rule += ";BYSETPOS=1;COUNT=" + std::to_string(planned.size());
                e.rrule = rule;
            } else {
                for (const Date& d : planned) {
                    Date monday = d;
                    while (monday.day_of_week() != boost::date_time::Monday) monday -= days(1);
                    nominal.push_back(monday);
                }
                e.rrule = "FREQ=WEEKLY;INTERVAL=" + std::to_string(c.interval) + ";BYDAY=MO;COUNT=" +
                          std::to_string(planned.size());
                if (!c.excluded_months.empty()) {
                    // Weekly rules with exclusions are listed date by date instead.
                    e.rrule.clear();
                    nominal.clear();
                }
            }
            e.start = nominal.empty() ? planned.front() : nominal.front();
            e.end = e.start + days(1);
            for (std::size_t k = 0; k < nominal.size() && k < planned.size(); ++k) {
                if (nominal[k] != planned[k]) {
                    e.exdates.push_back(nominal[k]);
                    e.rdates.push_back(planned[k]);
                }
            }
            if (nominal.empty()) {
                e.rdates.assign(planned.begin() + 1, planned.end());
            }
            e.summary = s.title + (c.label.empty() ? "" : " – " + c.label);
            e.description = description + "\nDagen i månaden är ett förslag: planen anger bara månaden.";
            write_event(out, e, stamp);
        }
        int k = 0;
        for (const auto& o : s.expansion.occurrences) {
            if (o.kind == OccurrenceKind::Monthly) continue;  // written as recurrences above
            if (o.kind == OccurrenceKind::Suggested && !options.include_suggestions) continue;
            Event e;
            e.uid = prefix + "o" + std::to_string(k++) + "@miljoplan";
            e.start = o.date;
            e.end = o.date + days(1);
            e.summary = (o.kind == OccurrenceKind::Deadline ? "Senast: " : "") + s.title +
                        (o.label.empty() ? "" : " – " + o.label) + (o.kind == OccurrenceKind::Suggested ? " (förslag)" : "");
            e.description = description;
            if (o.kind == OccurrenceKind::Suggested)
                e.description += "\nDatumet är ett förslag: planen anger bara hur ofta.";
            e.tentative = o.kind == OccurrenceKind::Suggested;
            write_event(out, e, stamp);
        }
    }
    for (const auto& m : wheel.milestones) {
        int k = 0;
        for (const auto& o : m.expansion.occurrences) {
            if (o.kind == OccurrenceKind::Suggested && !options.include_suggestions) continue;
            Event e;
            e.uid = base + ".process." + m.id + "." + std::to_string(wheel.year) + "." + std::to_string(k++) + "@miljoplan";
            e.start = o.date;
            e.end = o.date + days(1);
            e.summary = (o.kind == OccurrenceKind::Deadline ? "Senast: " : "") + m.title +
                        (o.kind == OccurrenceKind::Suggested ? " (förslag)" : "");
            e.description = "Planeringsprocessen: " + m.timing.text;
            if (o.kind == OccurrenceKind::Suggested)
                e.description += "\nDatumet är ett förslag: planeringsprocessen anger bara en period.";
            e.tentative = o.kind == OccurrenceKind::Suggested;
            write_event(out, e, stamp);
        }
    }
    line(out, "END:VCALENDAR");
    return out.str();
}

}  // namespace miljoplan

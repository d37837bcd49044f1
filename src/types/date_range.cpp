// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/types/date_range.h"

#include "miljoplan/error.h"

namespace miljoplan {

namespace {

// The calendar ends on 9999-12-31; a range ending after it would have an end Boost cannot represent.
Date day_after(const Date& day)
{
    if (day == Date(9999, 12, 31)) throw InvalidArgument("a date range must end by 9999-12-31");
    return day + boost::gregorian::days(1);
}

}  // namespace

DateRange DateRange::between(Date first, Date end)
{
    if (first.is_special() || end.is_special()) throw InvalidArgument("a date range needs two real dates");
    if (end < first)
        throw InvalidArgument("date range ends (" + to_iso_string(end) + ") before it starts (" +
                              to_iso_string(first) + ")");
    return DateRange{first, end};
}

DateRange DateRange::inclusive(Date first, Date last)
{
    if (last.is_special()) throw InvalidArgument("a date range needs two real dates");
    return between(first, day_after(last));
}

DateRange DateRange::year(int year) { return DateRange{make_date(year, 1, 1), day_after(make_date(year, 12, 31))}; }

DateRange DateRange::month(int year, int month)
{
    if (month < 1 || month > 12) throw InvalidArgument("no such month: " + std::to_string(month));
    const Date first = make_date(year, month, 1);
    return DateRange{first, day_after(first.end_of_month())};
}

bool DateRange::is_valid() const noexcept { return !first.is_special() && !end.is_special() && !(end < first); }

long DateRange::days() const { return static_cast<long>((end - first).days()); }

Date DateRange::last() const { return end - boost::gregorian::days(1); }

DateRange DateRange::intersect(const DateRange& other) const
{
    const Date start = first < other.first ? other.first : first;
    const Date stop = end < other.end ? end : other.end;
    return DateRange{start, stop < start ? start : stop};
}

std::string DateRange::to_string() const
{
    if (days() == 1) return to_iso_string(first);
    return to_iso_string(first) + "\xE2\x80\x93" + to_iso_string(last());
}

}  // namespace miljoplan

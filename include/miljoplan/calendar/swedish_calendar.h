// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/date.h"

namespace miljoplan {

/// @brief Why a named day is free from work.
enum class DayOffKind {
    PublicHoliday,  ///< allmän helgdag under Lag (1989:253) om allmänna helgdagar
    DeFacto,        ///< midsommarafton, julafton, nyårsafton: equal to a Sunday under Semesterlagen 3 a §
};

/// @brief A named day off in the Swedish calendar.
struct MILJOPLAN_API Holiday {
    /// @brief The date.
    Date date;
    /// @brief Swedish name ("Kristi himmelsfärdsdag").
    std::string name;
    /// @brief Public holiday or de facto day off.
    DayOffKind kind = DayOffKind::PublicHoliday;

    /// @brief Member-wise equality.
    friend bool operator==(const Holiday& a, const Holiday& b)
    {
        return a.date == b.date && a.name == b.name && a.kind == b.kind;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const Holiday& a, const Holiday& b) { return !(a == b); }
};

/// @brief Easter Sunday (påskdagen) by the Gregorian computus, as Swedish almanacs compute it.
/// @throws InvalidArgument outside the years 1583-9999.
MILJOPLAN_API Date easter_sunday(int year);

/// @brief The named days off of @p year in date order: the public holidays the law names
/// (every Sunday is one too, but Sundays are not listed) and the three de facto days off.
/// Follows the law as amended by SFS 2004:1320: from 2005 nationaldagen, before it annandag pingst.
MILJOPLAN_API std::vector<Holiday> swedish_holidays(int year);

/// @brief True for a public holiday under the law, Sundays included ("röd dag").
MILJOPLAN_API bool is_public_holiday(const Date& day);

/// @brief True for a day an office working Monday to Friday does not work: weekends, public
/// holidays and the de facto days off.
MILJOPLAN_API bool is_day_off(const Date& day);

/// @brief True for a working day (not a day off).
MILJOPLAN_API bool is_working_day(const Date& day);

/// @brief An ISO 8601 week: the week-numbering year and the week number, as Sweden uses them.
struct MILJOPLAN_API IsoWeek {
    /// @brief The ISO week-numbering year (may differ from the calendar year around New Year).
    int year = 0;
    /// @brief Week 1-53.
    int week = 0;

    /// @brief Member-wise equality.
    friend bool operator==(const IsoWeek& a, const IsoWeek& b) { return a.year == b.year && a.week == b.week; }
    /// @brief Member-wise inequality.
    friend bool operator!=(const IsoWeek& a, const IsoWeek& b) { return !(a == b); }
};

/// @brief The ISO week of a day.
MILJOPLAN_API IsoWeek iso_week(const Date& day);

/// @brief 52 or 53: the number of ISO weeks in the week-numbering year @p year.
MILJOPLAN_API int iso_weeks_in_year(int year);

/// @brief The Monday of ISO week @p week of @p year.
/// @throws InvalidArgument if the year has no such week (for example week 53 of 2025).
MILJOPLAN_API Date iso_week_monday(int year, int week);

}  // namespace miljoplan

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

#include "miljoplan/export.h"
#include "miljoplan/types/date.h"

namespace miljoplan {

/// @brief A half-open range of days [first, end): @ref first is included, @ref end is not.
///
/// Half-open ranges compose without gaps or overlaps ("March" is [03-01, 04-01), "April" starts
/// where March ends). Output meant for people (and the CLI's JSON) shows the inclusive last day.
struct MILJOPLAN_API DateRange {
    /// @brief The first day in the range.
    Date first;
    /// @brief The day after the last day in the range.
    Date end;

    /// @brief A range; @throws InvalidArgument if @p end is before @p first.
    static DateRange between(Date first, Date end);
    /// @brief The range from @p first to @p last, both included.
    static DateRange inclusive(Date first, Date last);
    /// @brief The whole calendar year.
    static DateRange year(int year);
    /// @brief The whole month. @throws InvalidArgument for a month outside 1-12.
    static DateRange month(int year, int month);

    /// @brief True when first <= end and both are real dates.
    bool is_valid() const noexcept;
    /// @brief True when the range holds no day.
    bool empty() const noexcept { return !(first < end); }
    /// @brief Number of days, end - first.
    long days() const;
    /// @brief The last day included (end - 1 day).
    Date last() const;
    /// @brief True when @p day is in the range.
    bool contains(const Date& day) const noexcept { return !(day < first) && day < end; }
    /// @brief True when the two ranges share at least one day.
    bool overlaps(const DateRange& other) const noexcept
    {
        return !empty() && !other.empty() && first < other.end && other.first < end;
    }
    /// @brief The days in both ranges (empty range at the later start when they do not overlap).
    DateRange intersect(const DateRange& other) const;
    /// @brief "2024-01-01–2024-06-30" (inclusive last day), or one date for a one-day range.
    std::string to_string() const;

    /// @brief Equality of both ends.
    friend bool operator==(const DateRange& a, const DateRange& b) noexcept
    {
        return a.first == b.first && a.end == b.end;
    }
    /// @brief Inequality.
    friend bool operator!=(const DateRange& a, const DateRange& b) noexcept { return !(a == b); }
    /// @brief Ordering by start, then end.
    friend bool operator<(const DateRange& a, const DateRange& b) noexcept
    {
        return a.first < b.first || (a.first == b.first && a.end < b.end);
    }
};

}  // namespace miljoplan

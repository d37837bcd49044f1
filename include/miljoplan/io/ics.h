// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>

#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/export.h"
#include "miljoplan/model/plan.h"

namespace miljoplan {

/// @brief Options for the iCalendar export.
struct MILJOPLAN_API IcsOptions {
    /// @brief DTSTAMP of every event as "YYYYMMDDTHHMMSSZ"; empty means the current UTC time.
    std::string stamp;
    /// @brief Include suggested dates for counts without dates ("3 gånger per år") as tentative events.
    bool include_suggestions = true;
};

/// @brief The year wheel as an iCalendar file (RFC 5545) that Outlook and other calendar programs import.
///
/// Windows become all-day events spanning their days; explicit dates and deadlines all-day events on
/// their day; a regular cadence ("1 gång per månad, förutom i juli") one recurring event with an RRULE
/// (BYMONTH for the allowed months, the first weekday on or after the suggested day), EXDATE/RDATE moving
/// any occurrence that falls on a holiday; suggested dates of counts without dates tentative events.
/// UIDs are stable across runs ("<plan>.<activity>.<part>@miljoplan"); text is escaped and lines are
/// folded at 75 octets without splitting a UTF-8 character; lines end in CRLF.
/// @throws InvalidArgument if IcsOptions::stamp is set and not of the form YYYYMMDDTHHMMSSZ.
MILJOPLAN_API std::string to_ics(const Plan& plan, const YearWheel& wheel, const IcsOptions& options = {});

}  // namespace miljoplan

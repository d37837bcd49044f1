// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/calendar/swedish_calendar.h"

namespace miljoplan::python {

void bind_swedish_calendar(py::module_& m)
{
    py::enum_<DayOffKind>(m, "DayOffKind", "Why a named day is free from work.")
        .value("PublicHoliday", DayOffKind::PublicHoliday)
        .value("DeFacto", DayOffKind::DeFacto);

    py::class_<Holiday> holiday(m, "Holiday", "A named day off in the Swedish calendar.");
    holiday.def_readonly("date", &Holiday::date, py::return_value_policy::copy, "The date.")
        .def_readonly("name", &Holiday::name, "Swedish name ('Kristi himmelsfärdsdag').")
        .def_readonly("kind", &Holiday::kind, "Public holiday (Lag 1989:253) or de facto day off.")
        .def("__repr__", [](const Holiday& h) {
            return "<Holiday " + to_iso_string(h.date) + " " + quote(h.name) +
                   (h.kind == DayOffKind::DeFacto ? " (de facto)" : "") + ">";
        });
    value_semantics(holiday);

    py::class_<IsoWeek> week(m, "IsoWeek", "An ISO 8601 week: week-numbering year and week.");
    week.def(py::init([](int year, int w) { return IsoWeek{year, w}; }), py::arg("year"), py::arg("week"))
        .def_readonly("year", &IsoWeek::year, py::return_value_policy::copy, "The ISO week-numbering year.")
        .def_readonly("week", &IsoWeek::week, "Week 1-53.")
        .def("__repr__", [](const IsoWeek& w) {
            return "IsoWeek(year=" + std::to_string(w.year) + ", week=" + std::to_string(w.week) + ")";
        });
    value_semantics(week);

    m.def("easter_sunday", &easter_sunday, py::arg("year"), "Påskdagen by the Gregorian computus.");
    m.def("swedish_holidays", &swedish_holidays, py::arg("year"),
          "The named days off of a year: public holidays under Lag (1989:253) and midsommarafton, julafton, "
          "nyårsafton.");
    m.def("is_public_holiday", &is_public_holiday, py::arg("day"), "True for a 'röd dag', Sundays included.");
    m.def("is_day_off", &is_day_off, py::arg("day"), "True for weekends, public holidays and de facto days off.");
    m.def("is_working_day", &is_working_day, py::arg("day"), "True for a working day.");
    m.def("iso_week", &iso_week, py::arg("day"), "The ISO week of a day.");
    m.def("iso_weeks_in_year", &iso_weeks_in_year, py::arg("year"), "52 or 53.");
    m.def("iso_week_monday", &iso_week_monday, py::arg("year"), py::arg("week"),
          "The Monday of an ISO week; InvalidArgumentError if the year has no such week.");
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/types/date_range.h"
#include "miljoplan/types/season_reading.h"

namespace miljoplan::python {

void bind_date_range(py::module_& m)
{
    bind_enum<SeasonReading>(m, "SeasonReading", "How 'våren' and 'hösten' are read: school terms or calendar seasons.",
                             parse_season_reading, [](SeasonReading r) { return to_string(r); },
                             {{"Term", SeasonReading::Term}, {"Calendar", SeasonReading::Calendar}});

    py::class_<DateRange> range(m, "DateRange",
                                "A half-open range of days: `first` is included, `end` is not; `last` is the last day.");
    range.def(py::init(&DateRange::between), py::arg("first"), py::arg("end"))
        .def_static("inclusive", &DateRange::inclusive, py::arg("first"), py::arg("last"),
                    "The range from first to last, both included.")
        .def_static("year", &DateRange::year, py::arg("year"), "A whole calendar year.")
        .def_static("month", &DateRange::month, py::arg("year"), py::arg("month"), "A whole month.")
        .def_readonly("first", &DateRange::first, py::return_value_policy::copy, "The first day (included).")
        .def_readonly("end", &DateRange::end, "The day after the last day.")
        .def_property_readonly("last", &DateRange::last, "The last day included.")
        .def_property_readonly("days", &DateRange::days, "Number of days.")
        .def("__contains__", &DateRange::contains, py::arg("day"))
        .def("__len__", [](const DateRange& r) { return r.days(); })
        .def("overlaps", &DateRange::overlaps, py::arg("other"), "True when the ranges share a day.")
        .def("intersect", &DateRange::intersect, py::arg("other"), "The days in both ranges.")
        // Ordered like the C++ type (by start, then end), so that windows can be sorted.
        .def("__lt__", [](const DateRange& a, const DateRange& b) { return a < b; }, py::is_operator())
        .def("__le__", [](const DateRange& a, const DateRange& b) { return !(b < a); }, py::is_operator())
        .def("__gt__", [](const DateRange& a, const DateRange& b) { return b < a; }, py::is_operator())
        .def("__ge__", [](const DateRange& a, const DateRange& b) { return !(a < b); }, py::is_operator())
        .def("__str__", &DateRange::to_string)
        // The two dates are the whole value; unpickling checks them again like the constructor does.
        .def(py::pickle([](const DateRange& r) { return py::make_tuple(r.first, r.end); },
                        [](const py::tuple& state) {
                            if (state.size() != 2) throw py::value_error("DateRange: bad pickle state");
                            return DateRange::between(state[0].cast<Date>(), state[1].cast<Date>());
                        }))
        .def("__repr__", [](const DateRange& r) {
            return "DateRange(datetime.date.fromisoformat(" + quote(to_iso_string(r.first)) +
                   "), datetime.date.fromisoformat(" + quote(to_iso_string(r.end)) + "))";
        })
        .def(py::pickle([](const DateRange& r) { return py::make_tuple(r.first, r.end); },
                        [](const py::tuple& t) { return DateRange::between(t[0].cast<Date>(), t[1].cast<Date>()); }));
    value_semantics(range);
}

}  // namespace miljoplan::python

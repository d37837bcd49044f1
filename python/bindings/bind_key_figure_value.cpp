// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "decimal_caster.h"
#include "enums.h"
#include "miljoplan/keyfigures/key_figure_value.h"

namespace miljoplan::python {

void bind_key_figure_value(py::module_& m)
{
    bind_enum<ValueStatus>(m, "ValueStatus", "The state of a key-figure value: rapporterad, saknas or reviderad.",
                           parse_value_status, [](ValueStatus s) { return to_string(s); },
                           {{"Reported", ValueStatus::Reported},
                            {"Missing", ValueStatus::Missing},
                            {"Revised", ValueStatus::Revised}});

    py::class_<KeyFigureValue> cls(m, "KeyFigureValue",
                                   "One value of a key figure for one municipality and year, with where and when it "
                                   "was obtained. Numbers are decimal.Decimal, exact as the source gave them.");
    cls.def(py::init([](std::string key_figure, std::string municipality, int year, std::optional<Decimal> value,
                        std::optional<ValueStatus> status, std::optional<Date> reported_on,
                        std::optional<Date> retrieved_on, std::string origin, std::string note) {
                KeyFigureValue v;
                v.key_figure = std::move(key_figure);
                v.municipality = std::move(municipality);
                v.year = year;
                v.value = value;
                v.status = status.value_or(value ? ValueStatus::Reported : ValueStatus::Missing);
                v.reported_on = reported_on;
                v.retrieved_on = retrieved_on;
                v.origin = std::move(origin);
                v.note = std::move(note);
                return v;
            }),
            py::arg("key_figure"), py::arg("municipality"), py::arg("year"), py::arg("value") = py::none(),
            py::arg("status") = py::none(), py::arg("reported_on") = py::none(), py::arg("retrieved_on") = py::none(),
            py::arg("origin") = "", py::arg("note") = "",
            "A value; status defaults to reported with a value and missing without one.")
        .def_readwrite("key_figure", &KeyFigureValue::key_figure, "The key figure's id.")
        .def_readwrite("municipality", &KeyFigureValue::municipality, "The four-digit kommunkod.")
        .def_readwrite("year", &KeyFigureValue::year, "The year the value refers to.")
        .def_readwrite("value", &KeyFigureValue::value, "The value (decimal.Decimal), or None when missing.")
        .def_readwrite("status", &KeyFigureValue::status, "Reported, missing or revised (ValueStatus).")
        .def_readwrite("reported_on", &KeyFigureValue::reported_on, "The day the party entered the value, or None.")
        .def_readwrite("retrieved_on", &KeyFigureValue::retrieved_on,
                       "For a value from an outside source, the day it was retrieved, or None.")
        .def_readwrite("origin", &KeyFigureValue::origin, "Where the value was read from (file name or address).")
        .def_readwrite("note", &KeyFigureValue::note, "A note, such as the source's own status text.")
        .def_property(
            "extra_fields", [](const KeyFigureValue& v) { return extra_to_dict(v.extra_fields); },
            [](KeyFigureValue& v, const py::dict& d) { v.extra_fields = dict_to_extra(d); },
            "Unknown fields kept from the file, as a dict.")
        .def("__repr__", [](const KeyFigureValue& v) {
            return "KeyFigureValue(" + quote(v.key_figure) + ", " + quote(v.municipality) + ", " +
                   std::to_string(v.year) + ", value=" + (v.value ? "Decimal(" + quote(v.value->to_string()) + ")" : "None") +
                   ", status=" + quote(to_string(v.status)) + ")";
        });
    cls.def("__eq__", [](const KeyFigureValue& a, const KeyFigureValue& b) { return a == b; }, py::is_operator());
    cls.def("__ne__", [](const KeyFigureValue& a, const KeyFigureValue& b) { return a != b; }, py::is_operator());
    cls.attr("__hash__") = py::none();
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/keyfigures/key_figure.h"

namespace miljoplan::python {

void bind_key_figure(py::module_& m)
{
    bind_enum<Better>(m, "Better", "Which way a key figure gets better: högre, lägre or neutral.", parse_better,
                      [](Better b) { return to_string(b); },
                      {{"Higher", Better::Higher}, {"Lower", Better::Lower}, {"Neither", Better::Neither}});
    bind_enum<KeyFigureSource>(m, "KeyFigureSource", "Where a key figure's values come from.",
                               parse_key_figure_source, [](KeyFigureSource s) { return to_string(s); },
                               {{"Kolada", KeyFigureSource::Kolada},
                                {"Miljobarometern", KeyFigureSource::Miljobarometern},
                                {"Other", KeyFigureSource::Other}});

    py::class_<KeyFigure> cls(m, "KeyFigure",
                              "One entry of the key-figure catalogue (nyckeltal): what is measured, in which unit, "
                              "and which way is better.");
    cls.def(py::init([](std::string id, std::string name, std::string unit, Better better, KeyFigureSource source,
                        std::string source_id, std::string description) {
                if (id.empty() || name.empty()) throw py::value_error("a key figure needs an id and a name");
                KeyFigure k;
                k.id = std::move(id);
                k.name = std::move(name);
                k.unit = std::move(unit);
                k.better = better;
                k.source = source;
                k.source_id = std::move(source_id);
                k.description = std::move(description);
                return k;
            }),
            py::arg("id"), py::arg("name"), py::arg("unit") = "", py::arg("better") = Better::Neither,
            py::arg("source") = KeyFigureSource::Other, py::arg("source_id") = "", py::arg("description") = "")
        .def_readwrite("id", &KeyFigure::id, "Stable id, unique in the catalogue (a Kolada KPI id for Kolada figures).")
        .def_readwrite("name", &KeyFigure::name, "The name as the source prints it.")
        .def_readwrite("unit", &KeyFigure::unit, "The unit ('kg/invånare', '%'); may be empty.")
        .def_readwrite("better", &KeyFigure::better, "Which way is better (Better).")
        .def_readwrite("source", &KeyFigure::source, "The system the values come from (KeyFigureSource).")
        .def_readwrite("source_id", &KeyFigure::source_id, "The id in that system; may be empty.")
        .def_readwrite("description", &KeyFigure::description, "The source's description; may be empty.")
        .def_property(
            "extra_fields", [](const KeyFigure& k) { return extra_to_dict(k.extra_fields); },
            [](KeyFigure& k, const py::dict& d) { k.extra_fields = dict_to_extra(d); },
            "Unknown fields kept from the file, as a dict.")
        .def("__repr__", [](const KeyFigure& k) {
            return "KeyFigure(" + quote(k.id) + ", " + quote(k.name) + ", unit=" + quote(k.unit) + ", better=" +
                   quote(to_string(k.better)) + ", source=" + quote(to_string(k.source)) + ", source_id=" +
                   quote(k.source_id) + ")";
        });
    cls.def("__eq__", [](const KeyFigure& a, const KeyFigure& b) { return a == b; }, py::is_operator());
    cls.def("__ne__", [](const KeyFigure& a, const KeyFigure& b) { return a != b; }, py::is_operator());
    cls.attr("__hash__") = py::none();  // mutable
}

}  // namespace miljoplan::python

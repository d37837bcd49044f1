// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "decimal_caster.h"
#include "miljoplan/keyfigures/key_figure_set.h"

namespace miljoplan::python {

void bind_key_figure_set(py::module_& m)
{
    py::class_<KeyFigureMunicipality> municipality(m, "KeyFigureMunicipality",
                                                   "A municipality whose key figures are compared, by kommunkod.");
    municipality
        .def(py::init([](std::string code, std::string name, std::string party) {
                 if (!is_municipality_code(code)) throw py::value_error("kommunkod must be four digits, got '" + code + "'");
                 return KeyFigureMunicipality{std::move(code), std::move(name), std::move(party)};
             }),
             py::arg("code"), py::arg("name") = "", py::arg("party") = "")
        .def_readonly("code", &KeyFigureMunicipality::code, "The four-digit kommunkod.")
        .def_readonly("name", &KeyFigureMunicipality::name, "The name; may be empty.")
        .def_readonly("party", &KeyFigureMunicipality::party, "The plan's party id for the municipality; may be empty.")
        .def("__repr__", [](const KeyFigureMunicipality& k) {
            return "KeyFigureMunicipality(" + quote(k.code) + ", " + quote(k.name) + ", " + quote(k.party) + ")";
        });
    value_semantics(municipality);

    m.def("is_municipality_code", &is_municipality_code, py::arg("code"), "True when `code` is a four-digit kommunkod.");

    py::class_<KeyFigureSet>(m, "KeyFigureSet",
                             "A key-figure catalogue with its municipalities and values: what a yearly comparison "
                             "reads, and what a snapshot stores so the comparison can be repeated.")
        .def(py::init([](std::string title) {
                 KeyFigureSet s;
                 s.set_title(std::move(title));
                 return s;
             }),
             py::arg("title") = "")
        .def_property("title", &KeyFigureSet::title, &KeyFigureSet::set_title, "A title; may be empty.")
        .def_property_readonly("key_figures", &KeyFigureSet::key_figures, py::return_value_policy::copy,
                               "The catalogue (a list of copies, in the order added).")
        .def("add_key_figure", &KeyFigureSet::add_key_figure, py::arg("key_figure"),
             "Adds a catalogue entry; DuplicateIdError for a known id.")
        .def(
            "key_figure",
            [](const KeyFigureSet& s, const std::string& id) -> std::optional<KeyFigure> {
                if (const auto* k = s.find_key_figure(id)) return *k;
                return std::nullopt;
            },
            py::arg("id"), "A copy of the catalogue entry `id`, or None.")
        .def(
            "set_better",
            [](KeyFigureSet& s, const std::string& id, Better better) {
                KeyFigure* k = s.find_key_figure(id);
                if (!k) throw InvalidArgument("key figure '" + id + "' is not in the catalogue");
                k->better = better;
            },
            py::arg("id"), py::arg("better"), "Sets which way is better for the entry `id` (after an import, say).")
        .def(
            "replace_key_figure",
            [](KeyFigureSet& s, const KeyFigure& figure) {
                KeyFigure* k = s.find_key_figure(figure.id);
                if (!k) throw InvalidArgument("key figure '" + figure.id + "' is not in the catalogue");
                *k = figure;
            },
            py::arg("key_figure"), "Replaces the catalogue entry with the same id.")
        .def_property_readonly("municipalities", &KeyFigureSet::municipalities, py::return_value_policy::copy,
                               "The municipalities compared, in display order.")
        .def("add_municipality", &KeyFigureSet::add_municipality, py::arg("municipality"),
             "Adds a municipality; DuplicateIdError for a known kommunkod.")
        .def("link_parties", &KeyFigureSet::link_parties, py::arg("organisation"),
             "Adds or links every party of the organisation that has a kommunkod; returns how many changed.")
        .def_property_readonly("values", &KeyFigureSet::values, py::return_value_policy::copy,
                               "Every value (a list of copies, in the order added).")
        .def("add_value", &KeyFigureSet::add_value, py::arg("value"),
             "Adds a value; DuplicateIdError when the key figure, municipality and year already have one.")
        .def("set_value", &KeyFigureSet::set_value, py::arg("value"),
             "Adds or replaces a value; returns True when one was replaced.")
        .def(
            "value",
            [](const KeyFigureSet& s, const std::string& key_figure, const std::string& municipality,
               int year) -> std::optional<KeyFigureValue> {
                if (const auto* v = s.find_value(key_figure, municipality, year)) return *v;
                return std::nullopt;
            },
            py::arg("key_figure"), py::arg("municipality"), py::arg("year"),
            "A copy of the value of `key_figure` for `municipality` in `year`, or None.")
        .def("years", &KeyFigureSet::years, py::arg("key_figure"), "The years with a value of `key_figure`, ascending.")
        .def("municipality_codes", &KeyFigureSet::municipality_codes,
             "The kommunkoder compared: those listed, then unlisted ones that have values.")
        .def_property(
            "extra_fields", [](const KeyFigureSet& s) { return extra_to_dict(s.extra_fields()); },
            [](KeyFigureSet& s, const py::dict& d) { s.extra_fields() = dict_to_extra(d); },
            "Unknown fields kept from the file, as a dict.")
        .def("__eq__", [](const KeyFigureSet& a, const KeyFigureSet& b) { return a == b; }, py::is_operator())
        .def("__ne__", [](const KeyFigureSet& a, const KeyFigureSet& b) { return a != b; }, py::is_operator())
        .def("__copy__", [](const KeyFigureSet& s) { return KeyFigureSet(s); })
        .def("__deepcopy__", [](const KeyFigureSet& s, const py::dict&) { return KeyFigureSet(s); }, py::arg("memo"))
        .def("__repr__", [](const KeyFigureSet& s) {
            return "<KeyFigureSet " + quote(s.title()) + ": " + std::to_string(s.key_figures().size()) +
                   " key figures, " + std::to_string(s.municipalities().size()) + " municipalities, " +
                   std::to_string(s.values().size()) + " values>";
        })
        .attr("__hash__") = py::none();
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include <map>

#include "bindings.h"
#include "casters.h"
#include "miljoplan/keyfigures/key_figure_io.h"

namespace miljoplan::python {

namespace {

KeyFigureImport options_of(std::string source, std::optional<Date> retrieved_on, bool replace)
{
    KeyFigureImport options;
    options.source = std::move(source);
    options.retrieved_on = retrieved_on;
    options.replace = replace;
    return options;
}

}  // namespace

void bind_key_figure_io(py::module_& m)
{
    py::class_<ImportSummary>(m, "ImportSummary", "What an import of key-figure values did.")
        .def_readonly("values", &ImportSummary::values, "Values added or replaced.")
        .def_readonly("key_figures", &ImportSummary::key_figures, "Catalogue entries added for unknown key figures.")
        .def_readonly("replaced", &ImportSummary::replaced, "Values that replaced earlier ones.")
        .def("__repr__", [](const ImportSummary& s) {
            return "ImportSummary(values=" + std::to_string(s.values) + ", key_figures=" + std::to_string(s.key_figures) +
                   ", replaced=" + std::to_string(s.replaced) + ")";
        });

    m.def(
        "import_miljobarometern_csv",
        [](KeyFigureSet& set, const std::string& text, std::string source, std::optional<Date> retrieved_on,
           bool replace, std::map<std::string, std::string> columns) {
            KeyFigureImport options = options_of(std::move(source), retrieved_on, replace);
            options.columns = std::move(columns);
            return import_miljobarometern_csv(set, text, options);
        },
        py::arg("set"), py::arg("text"), py::arg("source") = "<string>", py::arg("retrieved_on") = py::none(),
        py::arg("replace") = false, py::arg("columns") = std::map<std::string, std::string>{},
        "Reads a Miljöbarometern CSV export (indikator, kommun, år, värde; ';' or ','; decimal comma) into `set`. "
        "`columns` maps an export's own column names to these ({'Mätvärde': 'värde'}); the cells of other columns "
        "are kept with each value (extra field export_columns). A broken row raises ParseError naming row and "
        "column and leaves `set` unchanged.");
    m.def(
        "import_kolada_json",
        [](KeyFigureSet& set, const std::string& text, std::string source, std::optional<Date> retrieved_on,
           bool replace) { return import_kolada_json(set, text, options_of(std::move(source), retrieved_on, replace)); },
        py::arg("set"), py::arg("text"), py::arg("source") = "<string>", py::arg("retrieved_on") = py::none(),
        py::arg("replace") = false,
        "Reads a Kolada API v2 data response (the total, gender 'T') into `set`; errors name the JSON path.");
    m.def("import_kolada_kpi_json", &import_kolada_kpi_json, py::arg("set"), py::arg("text"),
          py::arg("source") = "<string>",
          "Reads a Kolada KPI metadata response into the catalogue of `set`; returns how many entries changed.");
    m.def("key_figures_to_json", &key_figures_to_json, py::arg("set"),
          "The set as canonical JSON (KeyFigureSet.1): values as decimal strings, unknown fields kept.");
    m.def("key_figures_from_json", &key_figures_from_json, py::arg("text"), py::arg("source") = "<string>",
          "Reads a set written by key_figures_to_json().");
    m.def(
        "load_key_figures", [](const py::object& path) { return load_key_figures(py::str(path).cast<std::string>()); },
        py::arg("path"), "Reads a key-figure set from a JSON file.");
    m.def(
        "save_key_figures",
        [](const KeyFigureSet& set, const py::object& path, bool overwrite) {
            save_key_figures(set, py::str(path).cast<std::string>(), overwrite);
        },
        py::arg("set"), py::arg("path"), py::arg("overwrite") = true,
        "Writes a key-figure set to a JSON file atomically.");
}

}  // namespace miljoplan::python

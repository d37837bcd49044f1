// SPDX-License-Identifier: Apache-2.0
// The "Nyckeltal" report section of miljoplan/keyfigures/key_figure_report.h; miljoplan.keyfigures wraps
// these with the language given as text or Language.
#include "bindings.h"
#include "casters.h"
#include "miljoplan/keyfigures/key_figure_report.h"

namespace miljoplan::python {

namespace {

// The comparison the caller passed, or one computed with the defaults, as the Python functions promise.
// It crosses as an optional copy so that the signature (and the stub) says None is allowed.
std::string render(const KeyFigureSet& set, std::optional<int> year, const std::optional<KeyFigureComparison>& comparison,
                   Language language, bool html, bool standalone)
{
    KeyFigureReportOptions options;
    options.year = year;
    options.language = language;
    options.standalone = standalone;
    const KeyFigureComparison used = comparison ? *comparison : compare_key_figures(set);
    return html ? key_figures_html(set, used, options) : key_figures_markdown(set, used, options);
}

}  // namespace

void bind_key_figure_report(py::module_& m)
{
    m.def(
        "key_figures_markdown",
        [](const KeyFigureSet& set, std::optional<int> year, const std::optional<KeyFigureComparison>& comparison, Language language) {
            return render(set, year, comparison, language, false, false);
        },
        py::arg("key_figure_set"), py::arg("year") = py::none(), py::arg("comparison") = py::none(),
        py::arg("language") = Language::Swedish,
        "The 'Nyckeltal' section as Markdown: per key figure the values best first with deviation, rank, change "
        "and trend, then median and spread, who had not reported by the deadline, the trend method and the source.");
    m.def(
        "key_figures_html",
        [](const KeyFigureSet& set, std::optional<int> year, const std::optional<KeyFigureComparison>& comparison, Language language,
           bool standalone) { return render(set, year, comparison, language, true, standalone); },
        py::arg("key_figure_set"), py::arg("year") = py::none(), py::arg("comparison") = py::none(),
        py::arg("language") = Language::Swedish, py::arg("standalone") = false,
        "The same section as an escaped HTML <section> fragment, or a whole page with standalone=True.");
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/document_report.h"

namespace miljoplan::python {

void bind_document_report(py::module_& m)
{
    m.def(
        "markdown_report",
        [](const Plan& plan, const std::vector<Finding>& findings, Language language, bool redact_persons) {
            return markdown_report(plan, findings, DocumentOptions{language, redact_persons});
        },
        py::arg("plan"), py::arg("findings"), py::arg("language") = Language::Swedish, py::arg("redact_persons") = false,
        "The plan document's tables (AKTIVITET … EFFEKTMÅL), proposal bank, budget and findings as Markdown.");
    m.def(
        "html_report",
        [](const Plan& plan, const std::vector<Finding>& findings, Language language, bool redact_persons) {
            return html_report(plan, findings, DocumentOptions{language, redact_persons});
        },
        py::arg("plan"), py::arg("findings"), py::arg("language") = Language::Swedish, py::arg("redact_persons") = false,
        "The same report as one self-contained, escaped HTML page.");
    m.def("has_persons", &has_persons, py::arg("plan"), "Whether the plan records any person's name (personal data).");
    m.def("redact_persons", &redact_persons, py::arg("plan"),
          "Removes every person's name from the plan (its organisation is copied first); returns how many.");
}

}  // namespace miljoplan::python

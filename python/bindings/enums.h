// SPDX-License-Identifier: Apache-2.0
// Enums accept their Swedish token and English name wherever Python code passes them, and print
// as their token: YearStatus("fastställd") == YearStatus("adopted") == YearStatus.Adopted.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include <pybind11/pybind11.h>

namespace miljoplan::python {

namespace py = pybind11;

template <class E, class Parse, class Print>
py::enum_<E> bind_enum(py::module_& m, const char* name, const char* doc, Parse parse, Print print,
                       std::initializer_list<std::pair<const char*, E>> values)
{
    py::enum_<E> e(m, name, doc);
    for (const auto& [value_name, value] : values) e.value(value_name, value);
    e.def(py::init([parse, name](const std::string& text) {
              if (auto value = parse(text)) return *value;
              throw py::value_error(std::string("unknown ") + name + " '" + text + "'");
          }),
          py::arg("name"), "Reads the value from its Swedish token or English name.");
    // Replace (not overload) the __str__ that py::enum_ defines, so str() gives the token.
    py::setattr(e, "__str__", py::cpp_function([print](E value) { return print(value); }, py::name("__str__"),
                                                py::is_method(e)));
    e.def_property_readonly("token", [print](E value) { return print(value); },
                            "The token the file format uses (Swedish for domain terms).");
    py::implicitly_convertible<py::str, E>();
    return e;
}

}  // namespace miljoplan::python

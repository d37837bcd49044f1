// SPDX-License-Identifier: Apache-2.0
// Conversions between miljoplan's small C++ types and Python's built-in ones:
// Date <-> datetime.date, Id<Tag> <-> str, ExtraFields <-> dict of JSON values.
#pragma once

#include <datetime.h>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "miljoplan/error.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"

namespace pybind11::detail {

template <>
struct type_caster<boost::gregorian::date> {
    PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));

    bool load(handle source, bool)
    {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        // datetime.datetime is a subclass of date; taking only its date part would hide a mistake.
        if (!source || PyDateTime_Check(source.ptr()) || !PyDate_Check(source.ptr())) return false;
        value = miljoplan::make_date(PyDateTime_GET_YEAR(source.ptr()), PyDateTime_GET_MONTH(source.ptr()),
                                     PyDateTime_GET_DAY(source.ptr()));
        return true;
    }

    static handle cast(const boost::gregorian::date& date, return_value_policy, handle)
    {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (date.is_special()) return none().release();
        const auto ymd = date.year_month_day();
        return PyDate_FromDate(static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day));
    }
};

template <class Tag>
struct type_caster<miljoplan::Id<Tag>> {
    PYBIND11_TYPE_CASTER(miljoplan::Id<Tag>, const_name("str"));

    bool load(handle source, bool)
    {
        if (!source || !PyUnicode_Check(source.ptr())) return false;
        value = miljoplan::Id<Tag>(source.cast<std::string>());
        return true;
    }

    static handle cast(const miljoplan::Id<Tag>& id, return_value_policy, handle)
    {
        return pybind11::str(id.value()).release();
    }
};

}  // namespace pybind11::detail

namespace miljoplan::python {

namespace py = pybind11;

/// Unknown fields as a dict of decoded JSON values, as Python users expect to read them.
inline py::dict extra_to_dict(const ExtraFields& extra)
{
    py::module_ json = py::module_::import("json");
    py::dict out;
    for (const auto& [key, text] : extra.entries()) out[py::str(key)] = json.attr("loads")(text);
    return out;
}

/// A dict of JSON-serialisable values as unknown fields. Raises TypeError for values JSON cannot hold
/// and ValueError for NaN and infinities.
inline ExtraFields dict_to_extra(const py::dict& values)
{
    py::module_ json = py::module_::import("json");
    ExtraFields extra;
    // Compact, as the JSON and TOML loaders keep them: fields compare by their text, so a value set from
    // Python must equal the same value read from a file.
    for (const auto& [key, value] : values)
        extra.set(py::cast<std::string>(key),
                  json.attr("dumps")(value, py::arg("ensure_ascii") = false, py::arg("separators") = py::make_tuple(",", ":"),
                                     py::arg("allow_nan") = false)
                      .cast<std::string>());
    return extra;
}

/// Python's repr of a string: quoted and escaped, so reprs evaluate back.
inline std::string quote(const std::string& text) { return py::repr(py::str(text)).cast<std::string>(); }

/// Python's repr of an optional value.
template <class T>
std::string quote_optional(const std::optional<T>& value)
{
    if (!value) return "None";
    if constexpr (std::is_same_v<T, std::string>) return quote(*value);
    else return py::repr(py::cast(*value)).template cast<std::string>();
}

/// Python's repr of a list of strings.
inline std::string quote_list(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quote(items[i]);
    return out + "]";
}

/// Defines __eq__, __ne__ and __hash__ for an immutable value type, hashing its repr.
/// Comparing with another type returns NotImplemented (pybind11 does so for unmatched operators),
/// so Python falls back to its default and `value == 3` is simply False.
template <class Class>
void value_semantics(Class& cls)
{
    using T = typename Class::type;
    cls.def("__eq__", [](const T& a, const T& b) { return a == b; }, py::is_operator());
    cls.def("__ne__", [](const T& a, const T& b) { return !(a == b); }, py::is_operator());
    cls.def("__hash__", [](const py::object& self) { return py::hash(py::repr(self)); });
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
// miljoplan::Decimal crosses as Python's decimal.Decimal, exact both ways: "12.30" stays 12.30. A float is
// refused, since the binary value of 0.1 is not the decimal a source published.
#pragma once

#include <string>

#include <pybind11/pybind11.h>

#include "miljoplan/error.h"
#include "miljoplan/types/decimal.h"

namespace pybind11::detail {

template <>
struct type_caster<miljoplan::Decimal> {
    PYBIND11_TYPE_CASTER(miljoplan::Decimal, const_name("decimal.Decimal"));

    bool load(handle source, bool)
    {
        if (!source || PyFloat_Check(source.ptr()) || PyBool_Check(source.ptr())) return false;
        const bool is_int = PyLong_Check(source.ptr());
        const bool is_decimal = isinstance(source, module_::import("decimal").attr("Decimal"));
        const bool is_text = PyUnicode_Check(source.ptr());
        if (!is_int && !is_decimal && !is_text) return false;
        std::string text;
        if (is_decimal) {
            // format(d, "f") writes no exponent, so Decimal("1E+2") reads as 100.
            text = module_::import("builtins").attr("format")(source, "f").cast<std::string>();
        } else {
            text = str(source).cast<std::string>();
        }
        try {
            value = miljoplan::Decimal::parse(text);
        } catch (const miljoplan::InvalidArgument&) {
            return false;
        }
        return true;
    }

    static handle cast(const miljoplan::Decimal& d, return_value_policy, handle)
    {
        return module_::import("decimal").attr("Decimal")(d.to_string()).release();
    }
};

}  // namespace pybind11::detail

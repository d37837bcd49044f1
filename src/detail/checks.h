// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/error.h"

namespace miljoplan::detail {

/// Throws InvalidArgument naming @p what when @p value is empty.
inline void require_non_empty(std::string_view value, const char* what)
{
    if (value.empty()) throw InvalidArgument(std::string(what) + " must not be empty");
}

/// Compares two vectors of shared pointers by the values they point to.
template <class T>
bool same_pointees(const std::vector<std::shared_ptr<T>>& a, const std::vector<std::shared_ptr<T>>& b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i]) continue;
        if (!a[i] || !b[i] || !(*a[i] == *b[i])) return false;
    }
    return true;
}

/// Copies the pointees, so the result shares nothing with @p source.
template <class T>
std::vector<std::shared_ptr<T>> deep_copy(const std::vector<std::shared_ptr<T>>& source)
{
    std::vector<std::shared_ptr<T>> out;
    out.reserve(source.size());
    for (const auto& item : source) out.push_back(std::make_shared<T>(*item));
    return out;
}

}  // namespace miljoplan::detail

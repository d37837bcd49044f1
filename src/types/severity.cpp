// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/types/severity.h"

#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<Severity> kSeverities[] = {
    {Severity::Error, "error", "fel"},
    {Severity::Warning, "warning", "varning"},
    {Severity::Info, "info", "information"},
};

}  // namespace

std::string to_string(Severity severity) { return detail::token_of(kSeverities, severity); }
std::optional<Severity> parse_severity(std::string_view text) { return detail::parse_enum(kSeverities, text); }

std::string swedish_label(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "FEL";
    case Severity::Warning: return "VARNING";
    case Severity::Info: return "INFO";
    }
    return "?";
}

}  // namespace miljoplan

// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/model/planning_cycle.h"

#include "detail/enum_names.h"

namespace miljoplan {

namespace {

const detail::EnumName<YearStatus> kYearStatuses[] = {
    {YearStatus::Adopted, "fastställd", "adopted"},
    {YearStatus::Preliminary, "preliminär", "preliminary"},
    {YearStatus::ProposalBank, "förslagsbank", "proposal bank"},
};

}  // namespace

std::string to_string(YearStatus status) { return detail::token_of(kYearStatuses, status); }
std::optional<YearStatus> parse_year_status(std::string_view text)
{
    return detail::parse_enum(kYearStatuses, text);
}

}  // namespace miljoplan

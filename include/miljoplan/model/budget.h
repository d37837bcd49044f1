// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/types/date.h"
#include "miljoplan/types/extra_fields.h"
#include "miljoplan/types/ids.h"
#include "miljoplan/types/money.h"

namespace miljoplan {

/// @brief One line of a budget: its label as printed and its exact amount.
struct MILJOPLAN_API BudgetLine {
    /// @brief Stable id within the budget, for comparing versions and linking rules.
    std::string id;
    /// @brief The label as printed, byte-exact.
    std::string label;
    /// @brief The amount, exact in kronor.
    Money amount;
    /// @brief Machine-readable roles of the line ("carry_over", "member_payments", ...).
    std::vector<std::string> tags;
    /// @brief Unknown fields kept from the file.
    ExtraFields extra;

    /// @brief Member-wise equality.
    friend bool operator==(const BudgetLine& a, const BudgetLine& b)
    {
        return a.id == b.id && a.label == b.label && a.amount == b.amount && a.tags == b.tags &&
               a.extra == b.extra;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const BudgetLine& a, const BudgetLine& b) { return !(a == b); }
};

/// @brief A total as the document prints it, kept apart from the sum the library computes.
struct MILJOPLAN_API PrintedTotal {
    /// @brief The printed label ("SUMMA INTÄKTER"); empty when the source prints the figure alone.
    std::string label;
    /// @brief The printed amount, exact in kronor.
    Money amount;

    /// @brief Member-wise equality.
    friend bool operator==(const PrintedTotal& a, const PrintedTotal& b)
    {
        return a.label == b.label && a.amount == b.amount;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const PrintedTotal& a, const PrintedTotal& b) { return !(a == b); }
};

/// @brief Which version of a year's budget this is.
enum class BudgetVersion {
    Adopted,  ///< fastställd: the budget adopted with the plan
    Revised,  ///< reviderad: adopted again when the year before closed with a surplus or deficit
    Outcome,  ///< bokslut: what the year actually brought
};

/// @brief "fastställd", "reviderad" or "bokslut".
MILJOPLAN_API std::string to_string(BudgetVersion version);
/// @brief Reads a budget version from its Swedish token or English name; nullopt if unknown.
MILJOPLAN_API std::optional<BudgetVersion> parse_budget_version(std::string_view text);

/// @brief A year's budget: income and cost lines with their printed totals.
class MILJOPLAN_API Budget {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "Budget";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief An empty budget for @p year.
    explicit Budget(int year);

    /// @brief The budget year.
    int year() const noexcept { return year_; }
    /// @brief Sets the budget year.
    void set_year(int year) noexcept { year_ = year; }
    /// @brief Adopted, revised or outcome.
    BudgetVersion version() const noexcept { return version_; }
    /// @brief Sets the version.
    void set_version(BudgetVersion version) noexcept { version_ = version; }
    /// @brief The body that decided this version, if recorded.
    const std::optional<ActorId>& decided_by() const noexcept { return decided_by_; }
    /// @brief Sets the deciding body.
    void set_decided_by(std::optional<ActorId> body) { decided_by_ = std::move(body); }
    /// @brief The date of the decision (or of the accounts), if recorded.
    const std::optional<Date>& decided_on() const noexcept { return decided_on_; }
    /// @brief Sets the decision date.
    void set_decided_on(std::optional<Date> date) { decided_on_ = date; }
    /// @brief What a revision covered ("only the income side"), verbatim; empty when the whole budget.
    const std::string& covers() const noexcept { return covers_; }
    /// @brief Sets what a revision covered.
    void set_covers(std::string text) { covers_ = std::move(text); }
    /// @brief A recorded decision that accepts a planned deficit, verbatim; empty when none.
    const std::string& deficit_decision() const noexcept { return deficit_decision_; }
    /// @brief Records the decision that accepts a planned deficit.
    void set_deficit_decision(std::string text) { deficit_decision_ = std::move(text); }
    /// @brief The table heading as printed ("Budget 2024 (tkr)").
    const std::string& title() const noexcept { return title_; }
    /// @brief Sets the heading.
    void set_title(std::string title) { title_ = std::move(title); }
    /// @brief Unit the document prints amounts in: "tkr" or "kr".
    const std::string& display_unit() const noexcept { return display_unit_; }
    /// @brief Sets the display unit. @throws InvalidArgument unless "tkr" or "kr".
    void set_display_unit(std::string unit);
    /// @brief Heading of the income section as printed ("Intäkter").
    const std::string& income_heading() const noexcept { return income_heading_; }
    /// @brief Heading of the cost section as printed ("Kostnader").
    const std::string& costs_heading() const noexcept { return costs_heading_; }
    /// @brief Sets the section headings.
    void set_headings(std::string income, std::string costs);
    /// @brief Income lines (intäkter) in printed order.
    const std::vector<BudgetLine>& income() const noexcept { return income_; }
    /// @brief Cost lines (kostnader) in printed order.
    const std::vector<BudgetLine>& costs() const noexcept { return costs_; }
    /// @brief Replaces the income lines.
    void set_income(std::vector<BudgetLine> lines) { income_ = std::move(lines); }
    /// @brief Replaces the cost lines.
    void set_costs(std::vector<BudgetLine> lines) { costs_ = std::move(lines); }
    /// @brief Appends an income line.
    void add_income(BudgetLine line) { income_.push_back(std::move(line)); }
    /// @brief Appends a cost line.
    void add_cost(BudgetLine line) { costs_.push_back(std::move(line)); }
    /// @brief The printed income total, if the document prints one.
    const std::optional<PrintedTotal>& printed_income() const noexcept { return printed_income_; }
    /// @brief The printed cost total, if the document prints one.
    const std::optional<PrintedTotal>& printed_costs() const noexcept { return printed_costs_; }
    /// @brief The printed result, if the document prints one.
    const std::optional<PrintedTotal>& printed_result() const noexcept { return printed_result_; }
    /// @brief Sets the printed income total.
    void set_printed_income(std::optional<PrintedTotal> total) { printed_income_ = std::move(total); }
    /// @brief Sets the printed cost total.
    void set_printed_costs(std::optional<PrintedTotal> total) { printed_costs_ = std::move(total); }
    /// @brief Sets the printed result.
    void set_printed_result(std::optional<PrintedTotal> total) { printed_result_ = std::move(total); }
    /// @brief Notes printed with the budget, verbatim.
    const std::vector<std::string>& notes() const noexcept { return notes_; }
    /// @brief Sets the notes.
    void set_notes(std::vector<std::string> notes) { notes_ = std::move(notes); }

    /// @brief Sum of the income lines. @throws InvalidArgument on overflow.
    Money income_total() const;
    /// @brief Sum of the cost lines. @throws InvalidArgument on overflow.
    Money costs_total() const;
    /// @brief Computed income minus computed costs. @throws InvalidArgument on overflow.
    Money result() const;

    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief Member-wise equality.
    friend MILJOPLAN_API bool operator==(const Budget& a, const Budget& b);
    /// @brief Member-wise inequality.
    friend bool operator!=(const Budget& a, const Budget& b) { return !(a == b); }

    /// @brief Lines of both sections carrying @p tag, income first.
    std::vector<BudgetLine> lines_tagged(const std::string& tag) const;
    /// @brief The sum of the lines carrying @p tag in one section. @throws InvalidArgument on overflow.
    Money income_tagged(const std::string& tag) const;
    /// @brief The sum of the cost lines carrying @p tag. @throws InvalidArgument on overflow.
    Money costs_tagged(const std::string& tag) const;

private:
    int year_;
    BudgetVersion version_ = BudgetVersion::Adopted;
    std::optional<ActorId> decided_by_;
    std::optional<Date> decided_on_;
    std::string covers_;
    std::string deficit_decision_;
    std::string title_;
    std::string display_unit_ = "tkr";
    std::string income_heading_ = "Intäkter";
    std::string costs_heading_ = "Kostnader";
    std::vector<BudgetLine> income_;
    std::vector<BudgetLine> costs_;
    std::optional<PrintedTotal> printed_income_;
    std::optional<PrintedTotal> printed_costs_;
    std::optional<PrintedTotal> printed_result_;
    std::vector<std::string> notes_;
    ExtraFields extra_;
};

}  // namespace miljoplan

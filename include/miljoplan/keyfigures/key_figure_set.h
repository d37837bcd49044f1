// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "miljoplan/export.h"
#include "miljoplan/keyfigures/key_figure.h"
#include "miljoplan/keyfigures/key_figure_value.h"
#include "miljoplan/model/organisation.h"
#include "miljoplan/types/extra_fields.h"

namespace miljoplan {

/// @brief A municipality whose key figures are compared, identified by its kommunkod.
struct MILJOPLAN_API KeyFigureMunicipality {
    /// @brief The four-digit SCB kommunkod ("0680").
    std::string code;
    /// @brief The name ("Jönköping"); may be empty.
    std::string name;
    /// @brief The plan's party for the municipality (an actor id such as "kommun-0680"); may be empty.
    std::string party;

    /// @brief Member-wise equality.
    friend bool operator==(const KeyFigureMunicipality& a, const KeyFigureMunicipality& b)
    {
        return a.code == b.code && a.name == b.name && a.party == b.party;
    }
    /// @brief Member-wise inequality.
    friend bool operator!=(const KeyFigureMunicipality& a, const KeyFigureMunicipality& b) { return !(a == b); }
};

/// @brief True when @p code is a four-digit kommunkod.
MILJOPLAN_API bool is_municipality_code(const std::string& code) noexcept;

/// @brief A key-figure catalogue with its municipalities and values: what one yearly comparison reads, and
/// what a snapshot stores so the comparison can be repeated after the sources revised their data.
class MILJOPLAN_API KeyFigureSet {
public:
    /// @brief Schema name in the file format.
    static constexpr const char* schema_name = "KeyFigureSet";
    /// @brief Current schema version.
    static constexpr int schema_version = 1;

    /// @brief An empty set.
    KeyFigureSet() = default;

    /// @brief A title, such as "Länsgemensamma nyckeltal, Jönköpings län"; may be empty.
    const std::string& title() const noexcept { return title_; }
    /// @brief Sets the title.
    void set_title(std::string title) { title_ = std::move(title); }

    /// @brief The catalogue in the order entries were added.
    const std::vector<KeyFigure>& key_figures() const noexcept { return key_figures_; }
    /// @brief Adds a catalogue entry. @throws InvalidArgument for an empty id or name, DuplicateId for a
    /// known id.
    void add_key_figure(KeyFigure key_figure);
    /// @brief The entry with @p id, or nullptr.
    const KeyFigure* find_key_figure(const std::string& id) const noexcept;
    /// @brief Mutable entry with @p id, or nullptr (to set the direction after an import, for example).
    KeyFigure* find_key_figure(const std::string& id) noexcept;

    /// @brief The municipalities compared, in display order.
    const std::vector<KeyFigureMunicipality>& municipalities() const noexcept { return municipalities_; }
    /// @brief Adds a municipality. @throws InvalidArgument unless the code has four digits; DuplicateId for
    /// a known code.
    void add_municipality(KeyFigureMunicipality municipality);
    /// @brief The municipality with kommunkod @p code, or nullptr.
    const KeyFigureMunicipality* find_municipality(const std::string& code) const noexcept;
    /// @brief Adds every party of @p organisation that has a kommunkod, in the profile's order, and links
    /// already listed municipalities to their parties. Returns how many municipalities were linked or added.
    std::size_t link_parties(const Organisation& organisation);

    /// @brief Every value in the order added.
    const std::vector<KeyFigureValue>& values() const noexcept { return values_; }
    /// @brief Adds a value. @throws InvalidArgument when the key figure is not in the catalogue, the
    /// kommunkod is not four digits, the year is outside 1900..2200, or value and status disagree (a
    /// missing value has no number, the others have one); DuplicateId when the key figure, municipality
    /// and year already have a value (use set_value() to replace it).
    void add_value(KeyFigureValue value);
    /// @brief Adds @p value or replaces the one for the same key figure, municipality and year. Returns true
    /// when a value was replaced. @throws InvalidArgument as add_value().
    bool set_value(KeyFigureValue value);
    /// @brief The value of @p key_figure for @p municipality in @p year, or nullptr.
    const KeyFigureValue* find_value(const std::string& key_figure, const std::string& municipality,
                                     int year) const noexcept;
    /// @brief The years that have at least one value of @p key_figure, ascending.
    std::vector<int> years(const std::string& key_figure) const;
    /// @brief The municipality codes the comparison covers: the listed municipalities, then any code that
    /// has values but is not listed, in first-seen order.
    std::vector<std::string> municipality_codes() const;

    /// @brief Unknown fields kept from the file.
    const ExtraFields& extra_fields() const noexcept { return extra_; }
    /// @brief Mutable unknown fields.
    ExtraFields& extra_fields() noexcept { return extra_; }

    /// @brief Member-wise equality.
    friend MILJOPLAN_API bool operator==(const KeyFigureSet& a, const KeyFigureSet& b);
    /// @brief Member-wise inequality.
    friend bool operator!=(const KeyFigureSet& a, const KeyFigureSet& b) { return !(a == b); }

private:
    void check_value(const KeyFigureValue& value) const;

    std::string title_;
    std::vector<KeyFigure> key_figures_;
    std::vector<KeyFigureMunicipality> municipalities_;
    std::vector<KeyFigureValue> values_;
    ExtraFields extra_;
};

}  // namespace miljoplan

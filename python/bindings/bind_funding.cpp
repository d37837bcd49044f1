// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/model/funding.h"

namespace miljoplan::python {

void bind_funding(py::module_& m)
{
    bind_enum<FeeKey>(m, "FeeKey", "How the parties' payments are set (fördelningsnyckel).", parse_fee_key,
                      [](FeeKey k) { return to_string(k); },
                      {{"None_", FeeKey::None},
                       {"FlatPerUnit", FeeKey::FlatPerUnit},
                       {"PerInhabitant", FeeKey::PerInhabitant},
                       {"BasePlusPerInhabitant", FeeKey::BasePlusPerInhabitant},
                       {"Fixed", FeeKey::Fixed}});

    py::class_<PayingUnit> unit(m, "PayingUnit", "A paying unit: a party, or parties that pay together.");
    unit.def(py::init([](std::string id, std::vector<ActorId> parties, std::string name,
                         std::optional<std::int64_t> fixed_amount) {
                 if (id.empty()) throw py::value_error("a paying unit needs an id");
                 if (parties.empty()) throw py::value_error("a paying unit needs at least one party");
                 std::optional<Money> amount;
                 if (fixed_amount) amount = Money::from_kronor(*fixed_amount);
                 return PayingUnit{std::move(id), std::move(name), std::move(parties), amount};
             }),
             py::arg("id"), py::arg("parties"), py::arg("name") = "", py::arg("fixed_amount") = py::none())
        .def_readonly("id", &PayingUnit::id)
        .def_readonly("name", &PayingUnit::name)
        .def_readonly("parties", &PayingUnit::parties, py::return_value_policy::copy)
        .def_property_readonly("fixed_amount", [](const PayingUnit& u) -> std::optional<std::int64_t> {
            if (!u.fixed_amount) return std::nullopt;
            return u.fixed_amount->kronor();
        }, "Fixed amount in kronor, or None.")
        .def("__repr__", [](const PayingUnit& u) {
            std::string parties = "[";
            for (std::size_t i = 0; i < u.parties.size(); ++i) parties += (i ? ", " : "") + quote(u.parties[i].value());
            return "PayingUnit(id=" + quote(u.id) + ", parties=" + parties + "], name=" + quote(u.name) + ", fixed_amount=" +
                   (u.fixed_amount ? std::to_string(u.fixed_amount->kronor()) : std::string("None")) + ")";
        });
    value_semantics(unit);

    py::class_<Funding> funding(m, "Funding", "Who pays the cooperation and by what key.");
    funding
        .def(py::init([](FeeKey key, std::vector<PayingUnit> units, std::int64_t unit_fee, std::int64_t per_inhabitant_ore,
                         std::string text) {
                 if (per_inhabitant_ore < 0) throw py::value_error("per_inhabitant_ore must not be negative");
                 return Funding{key, Money::from_kronor(unit_fee), per_inhabitant_ore, std::move(units), std::move(text)};
             }),
             py::arg("key"), py::arg("units") = std::vector<PayingUnit>{}, py::arg("unit_fee") = 0,
             py::arg("per_inhabitant_ore") = 0, py::arg("text") = "")
        .def_readonly("key", &Funding::key)
        .def_readonly("units", &Funding::units, py::return_value_policy::copy)
        .def_property_readonly("unit_fee", [](const Funding& f) { return f.unit_fee.kronor(); }, "Kronor per unit or base.")
        .def_readonly("per_inhabitant_ore", &Funding::per_inhabitant_ore, "Öre per inhabitant.")
        .def_readonly("text", &Funding::text, py::return_value_policy::copy)
        .def("__repr__", [](const Funding& f) {
            return "<Funding " + to_string(f.key) + ", " + std::to_string(f.units.size()) + " paying units>";
        });
    value_semantics(funding);

}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
// The illustrative key-figure data set of tests/data/keyfigures (see its README): the Jönköping
// profile's 13 municipalities and the Miljöbarometern export read into one set.
#pragma once

#include "miljoplan/io/embedded.h"
#include "miljoplan/keyfigures/key_figure_io.h"
#include "test_support.h"

namespace miljoplan::testing {

inline std::string keyfigure_data(const std::string& name) { return test_data_dir() + "/keyfigures/" + name; }

inline KeyFigureSet county_set()
{
    KeyFigureSet set;
    set.set_title("Länsgemensamma nyckeltal (illustrativa)");
    set.link_parties(*builtin_profile("jonkoping"));
    KeyFigureImport options;
    options.source = "miljobarometern.csv";
    import_miljobarometern_csv(set, read_file(keyfigure_data("miljobarometern.csv")), options);
    set.find_key_figure("eko-livsmedel")->better = Better::Higher;
    set.find_key_figure("hushallsavfall")->better = Better::Lower;
    return set;
}

}  // namespace miljoplan::testing

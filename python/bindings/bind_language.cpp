// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "enums.h"
#include "miljoplan/types/language.h"

namespace miljoplan::python {

void bind_language(py::module_& m)
{
    bind_enum<Language>(m, "Language", "Language of user-facing text; Swedish is the default.", parse_language,
                        [](Language l) { return to_string(l); },
                        {{"Swedish", Language::Swedish}, {"English", Language::English}});
}

}  // namespace miljoplan::python

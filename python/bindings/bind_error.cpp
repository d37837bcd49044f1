// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "miljoplan/error.h"

namespace miljoplan::python {

namespace py = pybind11;

namespace {

// Exception classes live as long as the interpreter; keeping owned references here is the
// pattern pybind11 itself uses for registered exceptions.
struct ExceptionClasses {
    py::object error, invalid_argument, duplicate_id, parse_error, schema_error, io_error;
};

ExceptionClasses& classes()
{
    static auto* instance = new ExceptionClasses();
    return *instance;
}

py::object make_class(py::module_& m, const char* name, py::tuple bases, const char* doc)
{
    const std::string qualified = std::string("miljoplan.") + name;
    PyObject* cls = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
    if (cls == nullptr) throw py::error_already_set();
    py::object object = py::reinterpret_steal<py::object>(cls);
    m.attr(name) = object;
    return object;
}

// Messages may quote the offending input, which need not be valid UTF-8 (a Latin-1 file); a strict
// decode would replace the ParseError with a UnicodeDecodeError.
py::str lenient_str(const std::string& text)
{
    PyObject* decoded = PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace");
    if (decoded == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(decoded);
}

void raise(const py::object& cls, const std::exception& e, const std::function<void(py::object&)>& decorate = {})
{
    py::object instance = cls(lenient_str(e.what()));
    if (decorate) decorate(instance);
    PyErr_SetObject(cls.ptr(), instance.ptr());
}

}  // namespace

void bind_error(py::module_& m)
{
    auto& c = classes();
    c.error = make_class(m, "Error", py::make_tuple(py::handle(PyExc_RuntimeError)),
                         "Base class of every error miljoplan raises.");
    c.invalid_argument = make_class(m, "InvalidArgumentError",
                                    py::make_tuple(c.error, py::handle(PyExc_ValueError)),
                                    "A value breaks a precondition: an impossible date, an empty id, ...");
    c.duplicate_id = make_class(m, "DuplicateIdError", py::make_tuple(c.invalid_argument),
                                "An id was added twice to a collection whose ids must be unique. `.id` names it.");
    c.parse_error = make_class(m, "ParseError", py::make_tuple(c.error, py::handle(PyExc_ValueError)),
                               "Input could not be read. `.source`, `.line`, `.column` (1-based, 0 if unknown) and "
                               "`.path` (JSONPath, empty if not applicable) say where; `.detail` says what.");
    c.schema_error = make_class(m, "SchemaError", py::make_tuple(c.parse_error),
                                "Well-formed input with the wrong shape; `.path` is the JSONPath of the offending value.");
    c.io_error = make_class(m, "IoError", py::make_tuple(c.error, py::handle(PyExc_OSError)),
                            "A file could not be opened, read or written.");

    py::register_exception_translator([](std::exception_ptr pointer) {
        if (!pointer) return;
        auto& k = classes();
        auto with_location = [](const ParseError& e) {
            return [&e](py::object& instance) {
                instance.attr("source") = lenient_str(e.location().source);
                instance.attr("line") = e.location().line;
                instance.attr("column") = e.location().column;
                instance.attr("path") = lenient_str(e.location().path);
                instance.attr("detail") = lenient_str(e.detail());
            };
        };
        try {
            std::rethrow_exception(pointer);
        } catch (const SchemaError& e) {
            raise(k.schema_error, e, with_location(e));
        } catch (const ParseError& e) {
            raise(k.parse_error, e, with_location(e));
        } catch (const DuplicateId& e) {
            raise(k.duplicate_id, e, [&e](py::object& instance) { instance.attr("id") = lenient_str(e.id()); });
        } catch (const InvalidArgument& e) {
            raise(k.invalid_argument, e);
        } catch (const IoError& e) {
            raise(k.io_error, e);
        } catch (const Error& e) {
            raise(k.error, e);
        }
    });
}

}  // namespace miljoplan::python

/* What a careful person writes by hand to call OCaml from Python: a METH_FASTCALL extension
   that starts the runtime at import, caches the closures and converts directly between Python
   and OCaml values (no C ABI in between, no lock: the GIL serialises the calls). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <caml/alloc.h>
#include <caml/callback.h>
#include <caml/memory.h>
#include <caml/mlvalues.h>
#include <caml/printexc.h>

static const value *f_noop, *f_add1, *f_str_len, *f_make_str;

static PyObject *raised(value exn) {
    char *text = caml_format_exception(exn);
    PyErr_SetString(PyExc_RuntimeError, text != NULL ? text : "OCaml exception");
    caml_stat_free(text);
    return NULL;
}

static int int_arg(PyObject *o, intnat *out) {
    long long x = PyLong_AsLongLong(o);
    if (x == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (x < Min_long || x > Max_long) {
        PyErr_SetString(PyExc_OverflowError, "outside OCaml's int range");
        return -1;
    }
    *out = (intnat)x;
    return 0;
}

static PyObject *h_noop(PyObject *self, PyObject *const *args, Py_ssize_t n) {
    (void)self;
    (void)args;
    (void)n;
    value r = caml_callback_exn(*f_noop, Val_unit);
    if (Is_exception_result(r)) {
        return raised(Extract_exception(r));
    }
    Py_RETURN_NONE;
}

static PyObject *h_add1(PyObject *self, PyObject *const *args, Py_ssize_t n) {
    (void)self;
    intnat x;
    if (n != 1 || int_arg(args[0], &x) < 0) {
        return n != 1 ? PyErr_Format(PyExc_TypeError, "add1 takes 1 argument") : NULL;
    }
    value r = caml_callback_exn(*f_add1, Val_long(x));
    if (Is_exception_result(r)) {
        return raised(Extract_exception(r));
    }
    return PyLong_FromLongLong(Long_val(r));
}

static PyObject *h_str_len(PyObject *self, PyObject *const *args, Py_ssize_t n) {
    (void)self;
    Py_ssize_t len;
    const char *s = n == 1 ? PyUnicode_AsUTF8AndSize(args[0], &len) : NULL;
    if (s == NULL) {
        return n != 1 ? PyErr_Format(PyExc_TypeError, "str_len takes 1 argument") : NULL;
    }
    CAMLparam0();
    CAMLlocal2(str, r);
    str = caml_alloc_initialized_string((mlsize_t)len, s);
    r = caml_callback_exn(*f_str_len, str);
    if (Is_exception_result(r)) {
        CAMLreturnT(PyObject *, raised(Extract_exception(r)));
    }
    CAMLreturnT(PyObject *, PyLong_FromLongLong(Long_val(r)));
}

static PyObject *h_make_str(PyObject *self, PyObject *const *args, Py_ssize_t n) {
    (void)self;
    intnat x;
    if (n != 1 || int_arg(args[0], &x) < 0) {
        return n != 1 ? PyErr_Format(PyExc_TypeError, "make_str takes 1 argument") : NULL;
    }
    value r = caml_callback_exn(*f_make_str, Val_long(x));
    if (Is_exception_result(r)) {
        return raised(Extract_exception(r));
    }
    /* Decoding allocates nothing on the OCaml heap, so `r` cannot move meanwhile. */
    return PyUnicode_DecodeUTF8(String_val(r), (Py_ssize_t)caml_string_length(r), NULL);
}

static PyMethodDef methods[] = {
    {"noop", (PyCFunction)(void (*)(void))h_noop, METH_FASTCALL, NULL},
    {"add1", (PyCFunction)(void (*)(void))h_add1, METH_FASTCALL, NULL},
    {"str_len", (PyCFunction)(void (*)(void))h_str_len, METH_FASTCALL, NULL},
    {"make_str", (PyCFunction)(void (*)(void))h_make_str, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "bench_hand", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_bench_hand(void);
PyMODINIT_FUNC PyInit_bench_hand(void) {
    static char name[] = "bench_hand";
    static char *argv[] = {name, NULL};
    caml_startup(argv);
    f_noop = caml_named_value("hand.noop");
    f_add1 = caml_named_value("hand.add1");
    f_str_len = caml_named_value("hand.str_len");
    f_make_str = caml_named_value("hand.make_str");
    if (f_noop == NULL || f_add1 == NULL || f_str_len == NULL || f_make_str == NULL) {
        PyErr_SetString(PyExc_ImportError, "the OCaml closures are not registered");
        return NULL;
    }
    return PyModule_Create(&module);
}

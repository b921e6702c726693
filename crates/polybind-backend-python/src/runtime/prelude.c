#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <dlfcn.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Set by `_init` from the package: the exception for a status (`_lib.fail`), the store of an
   exception raised by a callback (`_rt.remember`), and the classes of records. */
static PyObject *pb_fail;
static PyObject *pb_remember;
static PyObject *pb_classes;

static inline PyObject *pb_status(int32_t status, const char *label) {
    PyObject *exc = PyObject_CallFunction(pb_fail, "is", (int)status, label);
    if (exc != NULL) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    }
    return NULL;
}

static inline PyObject *pb_nargs(const char *label, Py_ssize_t want, Py_ssize_t got) {
    PyErr_Format(PyExc_TypeError, "%s() takes %zd argument%s (%zd given)", label, want, want == 1 ? "" : "s", got);
    return NULL;
}

static inline int pb_type_error(const char *param, const char *want, PyObject *o) {
    PyErr_Format(PyExc_TypeError, "%s: expected %s, got %s", param, want, Py_TYPE(o)->tp_name);
    return -1;
}

static inline int pb_unsigned(PyObject *o, const char *param, unsigned long long max, unsigned long long *out) {
    if (!PyLong_Check(o)) {
        return pb_type_error(param, "int", o);
    }
    unsigned long long v = PyLong_AsUnsignedLongLong(o);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
        PyErr_Clear();
        PyErr_Format(PyExc_OverflowError, "%s: %R is out of range [0, %llu]", param, o, max);
        return -1;
    }
    if (v > max) {
        PyErr_Format(PyExc_OverflowError, "%s: %R is out of range [0, %llu]", param, o, max);
        return -1;
    }
    *out = v;
    return 0;
}

static inline int pb_signed(PyObject *o, const char *param, long long min, long long max, long long *out) {
    if (!PyLong_Check(o)) {
        return pb_type_error(param, "int", o);
    }
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (v == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (overflow != 0 || v < min || v > max) {
        PyErr_Format(PyExc_OverflowError, "%s: %R is out of range [%lld, %lld]", param, o, min, max);
        return -1;
    }
    *out = v;
    return 0;
}

static inline int pb_double(PyObject *o, const char *param, double *out) {
    if (PyFloat_CheckExact(o)) {
        *out = PyFloat_AS_DOUBLE(o);
        return 0;
    }
    if (PyBool_Check(o) || !(PyFloat_Check(o) || PyLong_Check(o))) {
        return pb_type_error(param, "float", o);
    }
    *out = PyFloat_AsDouble(o);
    return (*out == -1.0 && PyErr_Occurred()) ? -1 : 0;
}

static inline int pb_bool(PyObject *o, const char *param, bool *out) {
    if (!PyBool_Check(o)) {
        return pb_type_error(param, "bool", o);
    }
    *out = o == Py_True;
    return 0;
}

static inline int pb_str(PyObject *o, const char *param, const char **ptr, size_t *len) {
    if (!PyUnicode_Check(o)) {
        return pb_type_error(param, "str", o);
    }
    Py_ssize_t n = 0;
    *ptr = PyUnicode_AsUTF8AndSize(o, &n);
    *len = (size_t)n;
    return *ptr == NULL ? -1 : 0;
}

/* The base of every object class: the handle lives in the instance (read by methods without an
   attribute lookup) and is visible to Python as `_handle`. Methods are method descriptors of
   this type, so calling one is as cheap as calling a method of a hand-written extension type. */
typedef struct {
    PyObject_HEAD
    uint64_t handle;
    PyObject *weakrefs;
} pb_handle_object;

static PyMemberDef pb_handle_members[] = {
    {"_handle", T_ULONGLONG, offsetof(pb_handle_object, handle), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyTypeObject pb_handle_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "_native.HandleBase",
    .tp_basicsize = sizeof(pb_handle_object),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = PyType_GenericNew,
    .tp_members = pb_handle_members,
    .tp_weaklistoffset = offsetof(pb_handle_object, weakrefs),
};

static inline uint64_t pb_handle(PyObject *self) {
    return ((pb_handle_object *)self)->handle;
}

static int pb_init_classes(void);

/* A borrowed view of a sequence of numbers: the buffer itself when `o` exports one of items of
   the right size (no copy), otherwise a copy converted element by element. */
typedef struct {
    Py_buffer view;
    int has_view;
    void *copy;
} pb_slice;

static inline void pb_slice_release(pb_slice *s) {
    if (s->has_view) {
        PyBuffer_Release(&s->view);
    }
    PyMem_Free(s->copy);
}

/* A new reference to the record class `name` (registered by `_init`), or NULL with an error. */
static inline PyObject *pb_record_class(const char *name) {
    PyObject *cls = pb_classes ? PyDict_GetItemString(pb_classes, name) : NULL;
    if (cls == NULL) {
        PyErr_Format(PyExc_ImportError, "the record class %s was not registered", name);
        return NULL;
    }
    return Py_NewRef(cls);
}

static inline void pb_callback_failed(void) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (value != NULL && tb != NULL) {
        PyException_SetTraceback(value, tb);
    }
    if (value != NULL) {
        PyObject *r = PyObject_CallOneArg(pb_remember, value);
        Py_XDECREF(r);
        PyErr_Clear();
    }
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
}

static void pb_release(void *user_data) {
    PyGILState_STATE g = PyGILState_Ensure();
    Py_XDECREF((PyObject *)user_data);
    PyGILState_Release(g);
}

static PyObject *pb_init(PyObject *mod, PyObject *const *args, Py_ssize_t nargs) {
    (void)mod;
    if (nargs != 3) {
        return pb_nargs("_init", 3, nargs);
    }
    Py_XSETREF(pb_fail, Py_NewRef(args[0]));
    Py_XSETREF(pb_remember, Py_NewRef(args[1]));
    Py_XSETREF(pb_classes, Py_NewRef(args[2]));
    if (pb_init_classes() < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}


#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <pythread.h>
#include <dlfcn.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Set by `_init` from the package: `_base.failure` (the exception for a status), `_base._remember`
   (the store of an exception raised by a callback) and `InvalidArgumentError`. */
static PyObject *pb_failure;
static PyObject *pb_remember;
static PyObject *pb_invalid_argument;

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

static int pb_init_classes(PyObject *classes);

/* What a call converted for the library and must release after it: Python references (strings
   and attributes whose UTF-8 or buffers the C values point into), PyMem blocks (converted arrays)
   and buffer views. Most calls need none; the first views and items live in the struct itself, so
   a call needs no allocation for them. */
enum { PB_KEEP_REF, PB_KEEP_MEM, PB_KEEP_VIEW };
typedef struct {
    int kind;
    void *p;
} pb_keep_item;
#define PB_KEEP_INLINE 8
#define PB_KEEP_VIEWS 2
typedef struct {
    size_t n, cap;
    pb_keep_item *more;
    int nviews;
    pb_keep_item items[PB_KEEP_INLINE];
    Py_buffer views[PB_KEEP_VIEWS];
} pb_keep;

static inline void pb_keep_init(pb_keep *k) {
    k->n = 0;
    k->cap = 0;
    k->more = NULL;
    k->nviews = 0;
}

static inline void pb_keep_drop(int kind, void *p) {
    switch (kind) {
        case PB_KEEP_REF:
            Py_DECREF((PyObject *)p);
            break;
        case PB_KEEP_MEM:
            PyMem_Free(p);
            break;
        default:
            PyBuffer_Release((Py_buffer *)p);
            PyMem_Free(p);
            break;
    }
}

/* Keep `p` until the call is over; on failure it is released at once and -1 returned. */
static inline int pb_keep_add(pb_keep *k, int kind, void *p) {
    if (k->n < PB_KEEP_INLINE) {
        k->items[k->n++] = (pb_keep_item){kind, p};
        return 0;
    }
    size_t i = k->n - PB_KEEP_INLINE;
    if (i == k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 8;
        pb_keep_item *more = PyMem_Realloc(k->more, cap * sizeof(pb_keep_item));
        if (more == NULL) {
            pb_keep_drop(kind, p);
            PyErr_NoMemory();
            return -1;
        }
        k->more = more;
        k->cap = cap;
    }
    k->more[i] = (pb_keep_item){kind, p};
    k->n++;
    return 0;
}

/* A Py_buffer to fill, released with the call (inline for the first ones); NULL on no memory. */
static inline Py_buffer *pb_keep_view(pb_keep *k) {
    if (k->nviews < PB_KEEP_VIEWS) {
        return &k->views[k->nviews++];
    }
    Py_buffer *v = PyMem_Malloc(sizeof(Py_buffer));
    if (v == NULL) {
        PyErr_NoMemory();
    }
    return v;
}

static inline int pb_keep_is_inline(pb_keep *k, Py_buffer *v) {
    for (int i = 0; i < PB_KEEP_VIEWS; i++) {
        if (v == &k->views[i]) {
            return 1;
        }
    }
    return 0;
}

/* Register a view from `pb_keep_view` once filled. */
static inline int pb_keep_viewed(pb_keep *k, Py_buffer *v) {
    return pb_keep_is_inline(k, v) ? 0 : pb_keep_add(k, PB_KEEP_VIEW, v);
}

/* Give back a view from `pb_keep_view` that was not filled. */
static inline void pb_keep_unview(pb_keep *k, Py_buffer *v) {
    if (pb_keep_is_inline(k, v)) {
        k->nviews--;
    } else {
        PyMem_Free(v);
    }
}

static inline void pb_keep_release(pb_keep *k) {
    for (size_t i = 0; i < k->n; i++) {
        pb_keep_item it = i < PB_KEEP_INLINE ? k->items[i] : k->more[i - PB_KEEP_INLINE];
        pb_keep_drop(it.kind, it.p);
    }
    for (int i = 0; i < k->nviews; i++) {
        PyBuffer_Release(&k->views[i]);
    }
    PyMem_Free(k->more);
    pb_keep_init(k);
}

/* Put the place of a nested value in front of the message of the TypeError, OverflowError or
   ValueError being raised: `p` + `.x: expected float, got str`, `values` + `[3]: ...`. Done only
   on failure, so nested values cost nothing for their names. */
static inline void pb_error_prefix(const char *prefix, Py_ssize_t index, const char *field) {
    if (!(PyErr_ExceptionMatches(PyExc_TypeError) || PyErr_ExceptionMatches(PyExc_ValueError) ||
          PyErr_ExceptionMatches(PyExc_OverflowError)) ||
        PyErr_ExceptionMatches(PyExc_UnicodeError)) {
        return;
    }
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    PyObject *msg = value != NULL ? PyObject_Str(value) : NULL;
    if (msg == NULL) {
        PyErr_Restore(type, value, tb);
        return;
    }
    if (index >= 0) {
        PyErr_Format(type, "%s[%zd]%U", prefix, index, msg);
    } else {
        PyErr_Format(type, "%s.%s%U", prefix, field, msg);
    }
    Py_DECREF(msg);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
}

/* A closure or callback-interface implementation given to the library, and the thread that gave
   it (an exception it raises is kept for that thread's call). On the stack for a borrowed
   closure; on the heap, holding a reference, for a retained one or a vtable. */
typedef struct {
    PyObject *fn;
    unsigned long owner;
} pb_cb;

static inline pb_cb *pb_cb_new(PyObject *fn) {
    pb_cb *cb = PyMem_RawMalloc(sizeof(pb_cb));
    if (cb == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    cb->fn = Py_NewRef(fn);
    cb->owner = PyThread_get_thread_ident();
    return cb;
}

/* The library's release of a heap `pb_cb`, from any thread. */
static inline void pb_cb_release(void *user_data) {
    PyGILState_STATE g = PyGILState_Ensure();
    pb_cb *cb = user_data;
    Py_XDECREF(cb->fn);
    PyMem_RawFree(cb);
    PyGILState_Release(g);
}

/* A callback failed with the current exception: keep it for the call that ran the callback, which
   re-raises it when the library returns CALLBACK_FAILED. */
static inline void pb_callback_failed(unsigned long owner) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (value != NULL && tb != NULL) {
        PyException_SetTraceback(value, tb);
    }
    if (value != NULL) {
        PyObject *o = PyLong_FromUnsignedLong(owner);
        PyObject *r = o != NULL ? PyObject_CallFunctionObjArgs(pb_remember, value, o, NULL) : NULL;
        Py_XDECREF(o);
        Py_XDECREF(r);
        PyErr_Clear();
    }
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
}

static inline PyObject *pb_init(PyObject *mod, PyObject *const *args, Py_ssize_t nargs) {
    (void)mod;
    if (nargs != 4) {
        return pb_nargs("_init", 4, nargs);
    }
    if (!PyDict_Check(args[3])) {
        return PyErr_Format(PyExc_TypeError, "_init: expected a dict of classes");
    }
    Py_XSETREF(pb_failure, Py_NewRef(args[0]));
    Py_XSETREF(pb_remember, Py_NewRef(args[1]));
    Py_XSETREF(pb_invalid_argument, Py_NewRef(args[2]));
    if (pb_init_classes(args[3]) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

/* The class `name` of `classes` into `*slot` (a new reference), or -1 with an ImportError. */
static inline int pb_class(PyObject *classes, const char *name, PyObject **slot) {
    PyObject *cls = PyDict_GetItemString(classes, name);
    if (cls == NULL) {
        PyErr_Format(PyExc_ImportError, "the class %s was not registered", name);
        return -1;
    }
    Py_XSETREF(*slot, Py_NewRef(cls));
    return 0;
}

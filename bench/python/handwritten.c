/* The hand-written baseline of `cargo xtask bench python`: what a careful person writes by hand
   for pbbench with METH_FASTCALL, against the same C header. Same Python-facing behaviour as the
   generated extension (type and range checks, statuses raised, a `Point` class for records). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#include "pbbench.h"

static PyObject *point_class;

static PyObject *fail(int32_t status) {
    PyErr_Format(PyExc_RuntimeError, "pbbench call failed with status %d", (int)status);
    return NULL;
}

static int as_u64(PyObject *o, unsigned long long max, unsigned long long *out) {
    if (!PyLong_Check(o)) {
        PyErr_SetString(PyExc_TypeError, "expected int");
        return -1;
    }
    *out = PyLong_AsUnsignedLongLong(o);
    if (*out == (unsigned long long)-1 && PyErr_Occurred()) {
        return -1;
    }
    if (*out > max) {
        PyErr_SetString(PyExc_OverflowError, "out of range");
        return -1;
    }
    return 0;
}

static PyObject *primitive_void(PyObject *m, PyObject *const *args, Py_ssize_t n) {
    (void)m;
    (void)args;
    (void)n;
    int32_t st = pbbench_primitive_void();
    if (st) return fail(st);
    Py_RETURN_NONE;
}

static PyObject *primitive_u32(PyObject *m, PyObject *const *args, Py_ssize_t n) {
    (void)m;
    unsigned long long x;
    if (n != 1) return PyErr_Format(PyExc_TypeError, "primitive_u32() takes 1 argument");
    if (as_u64(args[0], UINT32_MAX, &x) < 0) return NULL;
    uint32_t out;
    int32_t st = pbbench_primitive_u32((uint32_t)x, &out);
    if (st) return fail(st);
    return PyLong_FromUnsignedLong(out);
}

static PyObject *many_args_5(PyObject *m, PyObject *const *args, Py_ssize_t n) {
    (void)m;
    unsigned long long a, b, e;
    long long d;
    if (n != 5) return PyErr_Format(PyExc_TypeError, "many_args_5() takes 5 arguments");
    if (as_u64(args[0], UINT32_MAX, &a) < 0 || as_u64(args[1], UINT64_MAX, &b) < 0) return NULL;
    double c = PyFloat_AsDouble(args[2]);
    if (c == -1.0 && PyErr_Occurred()) return NULL;
    int overflow = 0;
    d = PyLong_AsLongLongAndOverflow(args[3], &overflow);
    if ((d == -1 && PyErr_Occurred()) || overflow || d < INT32_MIN || d > INT32_MAX) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_OverflowError, "out of range");
        return NULL;
    }
    if (as_u64(args[4], UINT8_MAX, &e) < 0) return NULL;
    double out;
    int32_t st = pbbench_many_args_5((uint32_t)a, b, c, (int32_t)d, (uint8_t)e, &out);
    if (st) return fail(st);
    return PyFloat_FromDouble(out);
}

static int32_t call_cb(void *user_data, uint32_t x, uint32_t *out) {
    PyGILState_STATE g = PyGILState_Ensure();
    int32_t status = 1;
    PyObject *arg = PyLong_FromUnsignedLong(x);
    PyObject *r = arg ? PyObject_Vectorcall((PyObject *)user_data, &arg, 1, NULL) : NULL;
    Py_XDECREF(arg);
    if (r != NULL) {
        unsigned long v = PyLong_AsUnsignedLong(r);
        Py_DECREF(r);
        if (!(v == (unsigned long)-1 && PyErr_Occurred()) && v <= UINT32_MAX) {
            *out = (uint32_t)v;
            status = 0;
        }
    }
    PyGILState_Release(g);
    return status;
}

static void release_cb(void *user_data) {
    PyGILState_STATE g = PyGILState_Ensure();
    Py_DECREF((PyObject *)user_data);
    PyGILState_Release(g);
}

static PyObject *callback(PyObject *m, PyObject *const *args, Py_ssize_t n) {
    (void)m;
    unsigned long long x;
    if (n != 2) return PyErr_Format(PyExc_TypeError, "callback() takes 2 arguments");
    if (!PyCallable_Check(args[0])) return PyErr_Format(PyExc_TypeError, "f: expected a callable");
    if (as_u64(args[1], UINT32_MAX, &x) < 0) return NULL;
    PbbenchFnU32ToU32 f = {call_cb, Py_NewRef(args[0]), release_cb};
    uint32_t out;
    int32_t st = pbbench_callback(f, (uint32_t)x, &out);
    if (st) return fail(st);
    return PyLong_FromUnsignedLong(out);
}

static PyObject *string_in(PyObject *m, PyObject *const *args, Py_ssize_t n) {
    (void)m;
    if (n != 1 || !PyUnicode_Check(args[0])) return PyErr_Format(PyExc_TypeError, "string_in(s: str)");
    Py_ssize_t len;
    const char *p = PyUnicode_AsUTF8AndSize(args[0], &len);
    if (p == NULL) return NULL;
    size_t out;
    int32_t st = pbbench_string_in((PbbenchStr){p, (size_t)len}, &out);
    if (st) return fail(st);
    return PyLong_FromSize_t(out);
}

static PyObject *string_out(PyObject *m, PyObject *const *args, Py_ssize_t n) {
    (void)m;
    (void)args;
    (void)n;
    PbbenchString s;
    int32_t st = pbbench_string_out(&s);
    if (st) return fail(st);
    PyObject *r = PyUnicode_DecodeUTF8(s.ptr, (Py_ssize_t)s.len, "strict");
    pbbench_string_free(&s);
    return r;
}

static PyObject *slice_sum_1000(PyObject *m, PyObject *const *args, Py_ssize_t n) {
    (void)m;
    Py_buffer view;
    if (n != 1) return PyErr_Format(PyExc_TypeError, "slice_sum_1000() takes 1 argument");
    if (PyObject_GetBuffer(args[0], &view, PyBUF_C_CONTIGUOUS) < 0) return NULL;
    if (view.len % (Py_ssize_t)sizeof(double)) {
        PyBuffer_Release(&view);
        return PyErr_Format(PyExc_TypeError, "expected f64 items");
    }
    double out;
    int32_t st = pbbench_slice_sum_1000((PbbenchSliceF64){view.buf, (size_t)view.len / sizeof(double)}, &out);
    PyBuffer_Release(&view);
    if (st) return fail(st);
    return PyFloat_FromDouble(out);
}

static PyObject *record_by_value(PyObject *m, PyObject *const *args, Py_ssize_t n) {
    (void)m;
    if (n != 1 || !PyObject_TypeCheck(args[0], (PyTypeObject *)point_class)) {
        return PyErr_Format(PyExc_TypeError, "record_by_value(p: Point)");
    }
    PyObject *x = PyObject_GetAttrString(args[0], "x");
    if (x == NULL) return NULL;
    PyObject *y = PyObject_GetAttrString(args[0], "y");
    if (y == NULL) {
        Py_DECREF(x);
        return NULL;
    }
    PbbenchPoint p = {PyFloat_AsDouble(x), PyFloat_AsDouble(y)};
    Py_DECREF(x);
    Py_DECREF(y);
    if (PyErr_Occurred()) return NULL;
    PbbenchPoint out;
    int32_t st = pbbench_record_by_value(p, &out);
    if (st) return fail(st);
    PyObject *fv[2] = {PyFloat_FromDouble(out.x), PyFloat_FromDouble(out.y)};
    PyObject *r = (fv[0] && fv[1]) ? PyObject_Vectorcall(point_class, fv, 2, NULL) : NULL;
    Py_XDECREF(fv[0]);
    Py_XDECREF(fv[1]);
    return r;
}

/* Counter: an extension type holding the handle. */
typedef struct {
    PyObject_HEAD
    PbbenchCounter c;
} CounterObject;

static PyObject *counter_new(PyTypeObject *type, PyObject *args, PyObject *kw) {
    (void)args;
    (void)kw;
    CounterObject *self = (CounterObject *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    int32_t st = pbbench_counter_new(&self->c);
    if (st) {
        Py_DECREF(self);
        return fail(st);
    }
    return (PyObject *)self;
}

static void counter_dealloc(CounterObject *self) {
    if (self->c.handle) pbbench_counter_free(self->c);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *counter_method_call(CounterObject *self, PyObject *unused) {
    (void)unused;
    uint64_t out;
    int32_t st = pbbench_counter_method_call(self->c, &out);
    if (st) return fail(st);
    return PyLong_FromUnsignedLongLong(out);
}

static PyMethodDef counter_methods[] = {
    {"method_call", (PyCFunction)counter_method_call, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject CounterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pbbench_hand.Counter",
    .tp_basicsize = sizeof(CounterObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = counter_new,
    .tp_dealloc = (destructor)counter_dealloc,
    .tp_methods = counter_methods,
};

static PyObject *set_point_class(PyObject *m, PyObject *cls) {
    (void)m;
    Py_XSETREF(point_class, Py_NewRef(cls));
    Py_RETURN_NONE;
}

#define FAST(name) {#name, (PyCFunction)(void (*)(void))name, METH_FASTCALL, NULL}
static PyMethodDef methods[] = {
    FAST(primitive_void), FAST(primitive_u32), FAST(many_args_5), FAST(callback),
    FAST(string_in), FAST(string_out), FAST(slice_sum_1000), FAST(record_by_value),
    {"set_point_class", set_point_class, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "pbbench_hand", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_pbbench_hand(void) {
    if (pbbench_verify_interface() != NULL) {
        PyErr_SetString(PyExc_ImportError, "pbbench: interface mismatch");
        return NULL;
    }
    if (PyType_Ready(&CounterType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    if (PyModule_AddObjectRef(m, "Counter", (PyObject *)&CounterType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

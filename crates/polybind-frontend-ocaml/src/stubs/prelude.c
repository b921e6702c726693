/* The OCaml side of the stubs' runtime (after the shared one of polybind-backend-c): starting
   OCaml once, one lock around every entry into it, OCaml strings and numbers, exceptions and the
   objects' roots. */

/* The OCaml 4 runtime is not thread-safe without the systhreads library: every call into it
   holds this lock, so calls from several threads are serialised instead of racing. */
static pthread_mutex_t pb_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t pb_once = PTHREAD_ONCE_INIT;
/* Set when the runtime could not start or a registered value is missing: every call fails. */
static const char *pb_start_error;

/* OCaml strings are byte strings; the ABI's are UTF-8 both ways. */
PB_UNUSED static int32_t pb_in_string(const char *ptr, size_t len, value *out) {
    int32_t st = pb_check_view(ptr, len, "string");
    if (st != PB_OK) {
        return st;
    }
    if (!pb_utf8_valid((const unsigned char *)ptr, len)) {
        return pb_fail(PB_INVALID_ARGUMENT, "a string argument is not valid UTF-8");
    }
    *out = len == 0 ? caml_alloc_string(0) : caml_alloc_initialized_string(len, ptr);
    return PB_OK;
}

PB_UNUSED static int32_t pb_in_bytes(const uint8_t *ptr, size_t len, value *out) {
    int32_t st = pb_check_view(ptr, len, "bytes");
    if (st != PB_OK) {
        return st;
    }
    *out = len == 0 ? caml_alloc_string(0) : caml_alloc_initialized_string(len, (const char *)ptr);
    return PB_OK;
}

PB_UNUSED static int32_t pb_out_string(value v, PbString *out) {
    size_t len = caml_string_length(v);
    if (!pb_utf8_valid((const unsigned char *)String_val(v), len)) {
        return pb_fail(PB_PANIC, "the OCaml code returned a string that is not valid UTF-8 (use `bytes` for binary data)");
    }
    return pb_string_copy(String_val(v), len, out);
}

/* OCaml's `int` has 63 bits: a wider value is refused, never truncated. */
#define PB_INT_MIN (-(INT64_C(1) << 62))
#define PB_INT_MAX ((INT64_C(1) << 62) - 1)

PB_UNUSED static inline int32_t pb_in_int(const int64_t *c, value *out) {
    if (*c < PB_INT_MIN || *c > PB_INT_MAX) {
        return pb_failf(PB_INVALID_ARGUMENT, "%" PRId64 " is outside OCaml's int range [-2^62, 2^62-1]", *c);
    }
    *out = Val_long(*c);
    return PB_OK;
}

PB_UNUSED static inline int32_t pb_in_float(const double *c, value *out) {
    *out = caml_copy_double(*c);
    return PB_OK;
}

PB_UNUSED static inline int32_t pb_in_bool(const bool *c, value *out) {
    *out = Val_bool(*c);
    return PB_OK;
}

PB_UNUSED static inline int32_t pb_out_int(value v, int64_t *out) {
    *out = (int64_t)Long_val(v);
    return PB_OK;
}

PB_UNUSED static inline int32_t pb_out_float(value v, double *out) {
    *out = Double_val(v);
    return PB_OK;
}

PB_UNUSED static inline int32_t pb_out_bool(value v, bool *out) {
    *out = Bool_val(v);
    return PB_OK;
}

/* An exception no declared error matches: the OCaml analogue of a panic. */
PB_UNUSED static int32_t pb_uncaught(value exn) {
    char *text = caml_format_exception(exn);
    int32_t st = pb_failf(PB_PANIC, "OCaml exception: %s", text != NULL ? text : "(unprintable)");
    caml_stat_free(text);
    return st;
}

/* The error's text (`Printexc.to_string`), owned by the caller. */
PB_UNUSED static int32_t pb_exception_message(value exn, PbString *out) {
    char *text = caml_format_exception(exn);
    int32_t st = pb_string_copy(text != NULL ? text : "", text != NULL ? strlen(text) : 0, out);
    caml_stat_free(text);
    return st;
}

/* Objects: each handle's slot (in the shared table) holds a generational global root, so the
   GC keeps the value alive and may move it. */
PB_UNUSED static int32_t pb_handle_new(uint32_t type, value v, uint64_t *out) {
    value *root = malloc(sizeof *root);
    if (root == NULL) {
        return pb_fail(PB_PANIC, "out of memory");
    }
    *root = v;
    caml_register_generational_global_root(root);
    int32_t st = pb_slot_new(type, root, out);
    if (st != PB_OK) {
        caml_remove_generational_global_root(root);
        free(root);
    }
    return st;
}

PB_UNUSED static int32_t pb_handle_get(uint32_t type, uint64_t handle, const char *name, value *out) {
    void *root = NULL;
    int32_t st = pb_slot_get(type, handle, name, &root);
    if (st == PB_OK) {
        *out = *(value *)root;
    }
    return st;
}

PB_UNUSED static int32_t pb_handle_free(uint32_t type, uint64_t handle, const char *name) {
    void *root = NULL;
    int32_t st = pb_slot_take(type, handle, name, &root);
    if (st == PB_OK) {
        caml_remove_generational_global_root(root);
        free(root);
    }
    return st;
}

static void pb_lookup(void);

/* See `pb_start`. */
static void *volatile pb_ocaml_signal_stack;

PB_UNUSED static void pb_start(void) {
    static char name[] = PB_LIB;
    static char *argv[] = {name, NULL};
    /* OCaml 4.13 gives the starting thread a malloc'd alternate signal stack (for stack
       overflow detection) and keeps no pointer to it; keeping one here says it is in use for
       the life of the process rather than lost. */
    stack_t before, after;
    bool known = sigaltstack(NULL, &before) == 0;
    value result = caml_startup_exn(argv);
    if (known && sigaltstack(NULL, &after) == 0 && after.ss_sp != before.ss_sp) {
        pb_ocaml_signal_stack = after.ss_sp;
    }
    if (Is_exception_result(result)) {
        pb_start_error = "the OCaml library raised an exception while initialising";
        return;
    }
    pb_lookup();
}

/* Start the runtime on the first call (from whichever thread) and take the lock. */
PB_UNUSED static int32_t pb_enter(void) {
    pthread_once(&pb_once, pb_start);
    pthread_mutex_lock(&pb_lock);
    if (pb_start_error != NULL) {
        pthread_mutex_unlock(&pb_lock);
        return pb_fail(PB_PANIC, pb_start_error);
    }
    return PB_OK;
}

PB_UNUSED static void pb_leave(void) {
    pthread_mutex_unlock(&pb_lock);
}

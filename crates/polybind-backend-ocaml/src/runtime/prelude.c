/* The stubs' runtime: shared by every generated function, written once per library. Helpers
   are `static inline`, so that a library which needs only some of them compiles warning-free. */

/* The status a fast (`[@@noalloc]`) stub leaves for its OCaml wrapper: such a stub may not raise,
   so it reports failure through this, and the wrapper raises with `pb_raise_last`. */
/* initial-exec: a plain %fs-relative access, not a call to __tls_get_addr (this is read on
   every fast call whose result cannot carry a sentinel). */
static _Thread_local int32_t pb_last_status __attribute__((tls_model("initial-exec")));

/* Closures and callback interfaces the library holds through generational global roots: the
   harness and users can check that every one of them was released. */
static _Atomic long pb_live_roots;

/* The OCaml runtime lock. A library that may keep foreign closures can call them from its own
   threads while a call waits for them, so its stubs release the lock for the call and every
   trampoline takes it (registering the thread first); otherwise calls keep the lock and
   trampolines, which can then only run on the calling thread during the call, need nothing. */
#ifdef PB_THREADS
#define PB_BLOCKING_BEGIN caml_release_runtime_system();
#define PB_BLOCKING_END caml_acquire_runtime_system();
#define PB_RELEASE_BEGIN PB_BLOCKING_BEGIN
#define PB_RELEASE_END PB_BLOCKING_END
#define PB_ENTER int pb_registered = caml_c_thread_register(); caml_acquire_runtime_system();
#define PB_LEAVE caml_release_runtime_system(); if (pb_registered) { caml_c_thread_unregister(); }
#else
/* Only `blocking` calls release the lock (so that other OCaml threads run meanwhile). A callback
   such a call makes runs on this thread: it takes the lock back for the OCaml code and releases
   it again, which this flag tells it to do. */
static _Thread_local int pb_released __attribute__((tls_model("initial-exec"), unused));
#define PB_BLOCKING_BEGIN
#define PB_BLOCKING_END
#define PB_RELEASE_BEGIN pb_released = 1; caml_enter_blocking_section();
#define PB_RELEASE_END caml_leave_blocking_section(); pb_released = 0;
#define PB_ENTER const int pb_was_released = pb_released; if (pb_was_released) { pb_released = 0; caml_leave_blocking_section(); }
#define PB_LEAVE if (pb_was_released) { caml_enter_blocking_section(); pb_released = 1; }
#endif

/* C memory one call owns (copied strings, converted arrays), released when the call returns,
   and the first conversion error, raised as `Invalid_argument` once everything is released. */
typedef struct pb_block {
    struct pb_block *next;
    max_align_t data[];
} pb_block;

typedef struct pb_arena {
    pb_block *blocks;
    int failed;
    char err[200];
} pb_arena;

/* Declares arena `a` (a pointer to a stack arena). The message buffer is left uninitialised:
   it is written before it is read, and zeroing it would cost every call. */
#define PB_ARENA(a) pb_arena a##_; a##_.blocks = NULL; a##_.failed = 0; pb_arena *a = &a##_

static inline void pb_arena_free(pb_arena *a) {
    while (a->blocks != NULL) {
        pb_block *next = a->blocks->next;
        free(a->blocks);
        a->blocks = next;
    }
}

/* `n` items of `size` bytes (at least one byte, so an empty array still gets a valid pointer),
   or NULL with the arena marked failed. */
static inline void *pb_alloc(pb_arena *a, size_t n, size_t size) {
    if (size != 0 && n > (SIZE_MAX - sizeof(pb_block)) / size) {
        a->failed = 2;
        return NULL;
    }
    pb_block *b = malloc(sizeof(pb_block) + (n * size > 0 ? n * size : 1));
    if (b == NULL) {
        a->failed = 2;
        return NULL;
    }
    b->next = a->blocks;
    a->blocks = b;
    return b->data;
}

static inline int pb_fail(pb_arena *a, const char *what, const char *expected) {
    if (!a->failed) {
        a->failed = 1;
        snprintf(a->err, sizeof a->err, "%s.%s: expected %s", PB_LIB, what, expected);
    }
    return -1;
}

/* Release the arena and raise its error (a value out of range, or no memory). */
static inline void pb_arena_raise(pb_arena *a) {
    char msg[sizeof a->err];
    int failed = a->failed;
    if (failed != 2) {
        snprintf(msg, sizeof msg, "%s", a->err);
    }
    pb_arena_free(a);
    if (failed == 2) {
        caml_raise_out_of_memory();
    }
    caml_invalid_argument(msg);
}

/* A borrowed view of an OCaml string or bytes: zero-copy when no OCaml code can run during the
   call (nothing can move it), a copy into the arena otherwise. */
static inline int pb_view(value v, const char **ptr, size_t *len, int copy, pb_arena *a) {
    size_t n = caml_string_length(v);
    if (!copy) {
        *ptr = (const char *)Bytes_val(v);
        *len = n;
        return 0;
    }
    char *p = pb_alloc(a, n, 1);
    if (p == NULL) {
        return -1;
    }
    memcpy(p, Bytes_val(v), n);
    *ptr = p;
    *len = n;
    return 0;
}

static inline int pb_int_in(value v, intnat lo, intnat hi, intnat *out, pb_arena *a, const char *what, const char *range) {
    intnat x = Long_val(v);
    if (x < lo || x > hi) {
        return pb_fail(a, what, range);
    }
    *out = x;
    return 0;
}

static inline value pb_string_out(const char *ptr, size_t len) {
    return caml_alloc_initialized_string(len, len > 0 ? ptr : "");
}

/* Raise the exception of a status other than OK and ERROR, with the library's message. */
static inline void pb_raise_status(int32_t status) {
    CAMLparam0();
    CAMLlocal1(msg);
    static const value *exns[6];
    static const char *const names[6] = {
        NULL, NULL, PB_LIB ".Panic", PB_LIB ".Invalid_handle", PB_LIB ".Invalid_argument", PB_LIB ".Callback_failed",
    };
    pb_string m = pb_last_error_message();
    msg = pb_string_out(m.ptr, m.len);
    pb_string_free(&m);
    if (status < 2 || status > 5) {
        caml_failwith(PB_LIB ": the library returned an unknown status");
    }
    if (exns[status] == NULL) {
        exns[status] = caml_named_value(names[status]);
    }
    if (exns[status] == NULL) {
        caml_failwith(PB_LIB ": the binding's exceptions are not registered");
    }
    caml_raise_with_arg(*exns[status], msg);
    CAMLreturn0;
}

CAMLprim value PB_RT(raise_last)(value unit) {
    (void)unit;
    pb_raise_status(pb_last_status);
    return Val_unit;
}

CAMLprim intnat PB_RT(status)(value unit) {
    (void)unit;
    return pb_last_status;
}

CAMLprim value PB_RT(status_byte)(value unit) {
    return Val_long(PB_RT(status)(unit));
}

CAMLprim value PB_RT(live_roots)(value unit) {
    (void)unit;
    return Val_long(pb_live_roots);
}

/* A closure or callback interface kept beyond the call: a generational global root in C memory,
   released exactly once by the library through `pb_root_release`. */
static inline void *pb_root_new(value v, pb_arena *a) {
    value *cell = malloc(sizeof(value));
    if (cell == NULL) {
        a->failed = 2;
        return NULL;
    }
    *cell = v;
    caml_register_generational_global_root(cell);
    pb_live_roots++;
    return cell;
}

static inline void pb_root_release(void *user_data) {
    PB_ENTER
    caml_remove_generational_global_root((value *)user_data);
    free(user_data);
    pb_live_roots--;
    PB_LEAVE
}

/* Objects: a custom block holding the handle (0 once closed). The release itself is an OCaml
   finaliser (`Gc.finalise`, registered from C), not the block's `finalize`: releasing an object
   can run OCaml code (a closure it keeps, called on drop), which a custom finaliser may not. */
#define pb_handle(v) (*((uint64_t *)Data_custom_val(v)))

CAMLextern value caml_final_register(value f, value v);

static inline value pb_object_new(struct custom_operations *ops, uint64_t handle, const char *release, const value **fin) {
    CAMLparam0();
    CAMLlocal1(obj);
    obj = caml_alloc_custom(ops, sizeof(uint64_t), 0, 1);
    pb_handle(obj) = handle;
    if (*fin == NULL) {
        *fin = caml_named_value(release);
    }
    if (*fin != NULL) {
        caml_final_register(**fin, obj);
    }
    CAMLreturn(obj);
}

/* Release a root the calling thread created and still holds the runtime lock for (a call that
   failed before reaching the library). */
static inline void pb_root_drop(void *user_data) {
    caml_remove_generational_global_root((value *)user_data);
    free(user_data);
    pb_live_roots--;
}

/* The runtime side of the stubs: starting OCaml once, one lock around every entry into it,
   the per-thread error message, owned buffers and the object handle table. It uses only the
   PB_* names the generated part defines above it. */

/* Not every library uses every helper (objects, bytes, ...). */
#define PB_UNUSED __attribute__((unused))

/* The OCaml 4 runtime is not thread-safe without the systhreads library: every call into it
   holds this lock, so calls from several threads are serialised instead of racing. */
static pthread_mutex_t pb_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t pb_once = PTHREAD_ONCE_INIT;
/* Set when the runtime could not start or a registered value is missing: every call fails. */
static const char *pb_start_error;

/* The message of the last failure on this thread, in a fixed buffer so that nothing leaks
   when a thread ends. */
#define PB_MESSAGE_CAP 1024
static _Thread_local char pb_message[PB_MESSAGE_CAP];
static _Thread_local size_t pb_message_len;

/* Allocation tracking (`<lib>_rt_live_allocations`), compiled in with
   -DPB_TRACK_ALLOCATIONS only: like the Rust runtime's debug builds, since the atomic counters
   cost more than the allocation itself on the string paths. */
#ifdef PB_TRACK_ALLOCATIONS
#define PB_TRACKING true
static atomic_uint_fast64_t pb_live_allocations;
static atomic_uint_fast64_t pb_live_bytes;
#define PB_TRACK(op, size)                                                                     \
    do {                                                                                       \
        atomic_fetch_##op##_explicit(&pb_live_allocations, 1, memory_order_relaxed);           \
        atomic_fetch_##op##_explicit(&pb_live_bytes, (size), memory_order_relaxed);           \
    } while (0)
#else
#define PB_TRACKING false
static atomic_uint_fast64_t pb_live_allocations;
static atomic_uint_fast64_t pb_live_bytes;
#define PB_TRACK(op, size) ((void)(size))
#endif

/* Record `text` (cut at a character boundary) as this thread's last error; returns `status`. */
PB_UNUSED static int32_t pb_fail_with(int32_t status, const char *text, size_t len) {
    if (len >= PB_MESSAGE_CAP) {
        len = PB_MESSAGE_CAP - 1;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80) {
            len--;
        }
    }
    memcpy(pb_message, text, len);
    pb_message_len = len;
    return status;
}

PB_UNUSED static int32_t pb_fail(int32_t status, const char *text) {
    return pb_fail_with(status, text, strlen(text));
}

/* A failure described by a printf format. */
static int32_t pb_failf(int32_t status, const char *format, ...) __attribute__((format(printf, 2, 3)));
PB_UNUSED static int32_t pb_failf(int32_t status, const char *format, ...) {
    char buffer[PB_MESSAGE_CAP];
    va_list args;
    va_start(args, format);
    int n = vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    if (n < 0) {
        return pb_fail(status, format);
    }
    return pb_fail_with(status, buffer, (size_t)n < sizeof buffer ? (size_t)n : sizeof buffer - 1);
}

/* Owned buffers handed to the caller; released through `<lib>_rt_dealloc`. */
PB_UNUSED static void *pb_alloc(size_t size) {
    void *p = malloc(size);
    if (p != NULL) {
        PB_TRACK(add, size);
    }
    return p;
}

PB_UNUSED static void pb_dealloc(void *ptr, size_t size) {
    if (ptr == NULL || size == 0) {
        return;
    }
    free(ptr);
    PB_TRACK(sub, size);
}

/* An owned copy of `len` bytes: `cap` is 0 (and the pointer dangling but aligned, as Rust's
   empty buffers are) for an empty one, so that the release functions free nothing. */
PB_UNUSED static int32_t pb_copy_buffer(const void *src, size_t len, size_t align, void **ptr, size_t *cap) {
    if (len == 0) {
        *ptr = (void *)(uintptr_t)align;
        *cap = 0;
        return PB_OK;
    }
    void *p = pb_alloc(len);
    if (p == NULL) {
        return pb_fail(PB_PANIC, "out of memory");
    }
    if (src != NULL) {
        memcpy(p, src, len);
    }
    *ptr = p;
    *cap = len;
    return PB_OK;
}

PB_UNUSED static int32_t pb_string_copy(const char *src, size_t len, PbString *out) {
    void *p = NULL;
    size_t cap = 0;
    int32_t st = pb_copy_buffer(src, len, 1, &p, &cap);
    if (st != PB_OK) {
        return st;
    }
    out->ptr = p;
    out->len = len;
    out->cap = cap;
    return PB_OK;
}

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
PB_UNUSED static bool pb_utf8_valid(const unsigned char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        /* ASCII, eight bytes at a time. */
        if (len - i >= 8) {
            uint64_t word;
            memcpy(&word, s + i, 8);
            if ((word & UINT64_C(0x8080808080808080)) == 0) {
                i += 8;
                continue;
            }
        }
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (len - i <= n) {
            return false;
        }
        for (size_t k = 1; k <= n; k++) {
            if ((s[i + k] & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return false;
        }
        i += n + 1;
    }
    return true;
}

/* A borrowed view must point somewhere when it is not empty. */
PB_UNUSED static int32_t pb_check_view(const void *ptr, size_t len, const char *what) {
    if (ptr == NULL && len > 0) {
        return pb_failf(PB_INVALID_ARGUMENT, "a %s argument has a null pointer and length %zu", what, len);
    }
    return PB_OK;
}

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

/* Objects: a handle is `generation << 32 | (slot + 1)`; the slot holds the OCaml value in a
   generational global root (so the GC keeps it alive and may move it) and its type, so a
   handle of another type, a released one and 0 are all refused. */
typedef struct PbSlot {
    value *root;
    uint32_t generation;
    uint32_t type;
    /* While free: the next free slot + 1 (0 ends the list). */
    uint32_t next_free;
} PbSlot;

static PbSlot *pb_slots;
static uint32_t pb_slot_count;
static uint32_t pb_slot_cap;
/* The first free slot + 1; 0 when every slot is in use. */
static uint32_t pb_free_head;

PB_UNUSED static int32_t pb_handle_new(uint32_t type, value v, uint64_t *out) {
    uint32_t i;
    if (pb_free_head != 0) {
        i = pb_free_head - 1;
        pb_free_head = pb_slots[i].next_free;
    } else {
        i = pb_slot_count;
        if (pb_slot_count == UINT32_MAX - 1) {
            return pb_fail(PB_PANIC, "too many live objects");
        }
        if (pb_slot_count == pb_slot_cap) {
            uint32_t cap = pb_slot_cap == 0 ? 16 : pb_slot_cap > UINT32_MAX / 2 ? UINT32_MAX : pb_slot_cap * 2;
            PbSlot *grown = realloc(pb_slots, cap * sizeof *grown);
            if (grown == NULL) {
                return pb_fail(PB_PANIC, "out of memory");
            }
            pb_slots = grown;
            pb_slot_cap = cap;
        }
        pb_slots[i].generation = 0;
        pb_slot_count++;
    }
    value *root = malloc(sizeof *root);
    if (root == NULL) {
        pb_slots[i].next_free = pb_free_head;
        pb_free_head = i + 1;
        return pb_fail(PB_PANIC, "out of memory");
    }
    *root = v;
    caml_register_generational_global_root(root);
    pb_slots[i].root = root;
    pb_slots[i].type = type;
    pb_slots[i].generation++;
    *out = ((uint64_t)pb_slots[i].generation << 32) | (uint64_t)(i + 1);
    return PB_OK;
}

PB_UNUSED static PbSlot *pb_handle_slot(uint32_t type, uint64_t handle, const char *name) {
    uint64_t index = handle & 0xFFFFFFFFu;
    if (index == 0 || index > pb_slot_count) {
        pb_failf(PB_INVALID_HANDLE, "%s handle %" PRIu64 " is null or was never issued", name, handle);
        return NULL;
    }
    PbSlot *slot = &pb_slots[index - 1];
    if (slot->root == NULL || slot->generation != (uint32_t)(handle >> 32) || slot->type != type) {
        pb_failf(PB_INVALID_HANDLE, "%s handle %" PRIu64 " is stale, released or of another type", name, handle);
        return NULL;
    }
    return slot;
}

PB_UNUSED static int32_t pb_handle_get(uint32_t type, uint64_t handle, const char *name, value *out) {
    PbSlot *slot = pb_handle_slot(type, handle, name);
    if (slot == NULL) {
        return PB_INVALID_HANDLE;
    }
    *out = *slot->root;
    return PB_OK;
}

PB_UNUSED static int32_t pb_handle_free(uint32_t type, uint64_t handle, const char *name) {
    PbSlot *slot = pb_handle_slot(type, handle, name);
    if (slot == NULL) {
        return PB_INVALID_HANDLE;
    }
    caml_remove_generational_global_root(slot->root);
    free(slot->root);
    slot->root = NULL;
    slot->next_free = pb_free_head;
    pb_free_head = (uint32_t)(slot - pb_slots) + 1;
    return PB_OK;
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

/* The C-library side of the stubs' runtime (after the shared one of polybind-backend-c): one
   lock around calls that touch objects, NUL-terminated copies of string views, the returned
   strings' copies and the runtime exports. It uses only the PB_* names
   the generated part defines above it. */

/* Every use of the handle table, and every call using an object, holds this lock: a C library promises
   nothing about threads, and a method must not run while another thread releases its object. */
static pthread_mutex_t pb_lock = PTHREAD_MUTEX_INITIALIZER;

PB_UNUSED static void pb_enter(void) {
    pthread_mutex_lock(&pb_lock);
}

PB_UNUSED static void pb_leave(void) {
    pthread_mutex_unlock(&pb_lock);
}

/* A closure given to the library for one call: the canonical closure (a `<Lib>Fn...`) and
   whether it failed, after which it is not called again. */
typedef struct PbCallback {
    const void *cb;
    bool failed;
} PbCallback;

/* A string view up to this length is copied to the stack, a longer one to the heap. */
#define PB_SMALL_STRING 256

/* The NUL-terminated copy of a `(ptr, len)` view a C function takes as `const char *`, in
   `small` when it fits. A view holding a NUL byte is refused: C would silently cut it there. */
PB_UNUSED static int32_t pb_cstring(const char *ptr, size_t len, const char *what, char *small, char **out) {
    int32_t st = pb_check_view(ptr, len, what);
    if (st != PB_OK) {
        return st;
    }
    if (!pb_utf8_valid((const unsigned char *)ptr, len)) {
        return pb_failf(PB_INVALID_ARGUMENT, "the string argument `%s` is not valid UTF-8", what);
    }
    if (len > 0 && memchr(ptr, 0, len) != NULL) {
        return pb_failf(PB_INVALID_ARGUMENT, "the string argument `%s` contains a NUL byte, which a C string cannot hold", what);
    }
    char *p = len < PB_SMALL_STRING ? small : malloc(len + 1);
    if (p == NULL) {
        return pb_fail(PB_PANIC, "out of memory");
    }
    if (len > 0) {
        memcpy(p, ptr, len);
    }
    p[len] = '\0';
    *out = p;
    return PB_OK;
}

PB_UNUSED static void pb_cstring_release(char *p, char *small) {
    if (p != small) {
        free(p);
    }
}

/* A string a C function returned, copied into an owned `PbString`. */
PB_UNUSED static int32_t pb_string_out(const char *s, const char *function, PbString *out) {
    if (s == NULL) {
        return pb_failf(PB_PANIC, "%s returned NULL instead of a string", function);
    }
    size_t len = strlen(s);
    if (!pb_utf8_valid((const unsigned char *)s, len)) {
        return pb_failf(PB_PANIC, "%s returned a string that is not valid UTF-8", function);
    }
    return pb_string_copy(s, len, out);
}

/* The runtime exports (docs/src/abi.md, Runtime); the header declares the first two. */
bool PB_SYM(rt_tracking)(void);
uint64_t PB_SYM(rt_live_allocations)(void);
uint64_t PB_SYM(rt_live_bytes)(void);

void PB_SYM(rt_dealloc)(void *ptr, size_t size, size_t align) {
    (void)align;
    pb_dealloc(ptr, size);
}

PbString PB_SYM(last_error_message)(void) {
    PbString s = {NULL, 0, 0};
    (void)pb_string_copy(pb_message, pb_message_len, &s);
    return s;
}

bool PB_SYM(rt_tracking)(void) {
    return PB_TRACKING;
}

uint64_t PB_SYM(rt_live_allocations)(void) {
    return (uint64_t)atomic_load(&pb_live_allocations);
}

uint64_t PB_SYM(rt_live_bytes)(void) {
    return (uint64_t)atomic_load(&pb_live_bytes);
}

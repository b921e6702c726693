/* Helpers shared by the conformance cases: views, status checks, error messages, and a tracker
 * that records what a callback saw and how often it was released. */
#ifndef CONFORMANCE_COMMON_H
#define CONFORMANCE_COMMON_H

#include "conformance.h"
#include "harness.h"

/* A borrowed view of a string literal (embedded NULs included). */
#define STR(lit) ((ConformanceStr){.ptr = (lit), .len = sizeof(lit) - 1})

/* The number of elements of an array. */
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A borrowed `String` (as a record field or vector element passed into the library): Rust only
 * reads ptr and len and copies what it keeps. */
ConformanceString string_view(const char *s);

/* Compares an owned or borrowed string with a literal. */
#define CHECK_STRING(s, lit) CHECK_EQ_LIT((s).ptr, (s).len, lit)

const char *status_name(int32_t status);

/* Fails (and returns) unless `expr` returns `expected`; the failure names both statuses and,
 * for statuses that set it, the library's last error message. */
#define CHECK_STATUS(expr, expected)                                                      \
    do {                                                                                  \
        int32_t common_st_ = (int32_t)(expr);                                             \
        if (!check_status(__FILE__, __LINE__, #expr, common_st_, (int32_t)(expected))) { \
            return;                                                                       \
        }                                                                                 \
    } while (0)
#define CHECK_OK(expr) CHECK_STATUS(expr, CONFORMANCE_OK)
bool check_status(const char *file, int line, const char *expr, int32_t got, int32_t expected);

/* Copies `conformance_last_error_message()` into `buf` (NUL-terminated, truncated) and releases
 * it. Returns the full length of the message. */
size_t last_error(char *buf, size_t cap);

/* Fails unless the last error message contains `needle`. */
#define CHECK_LAST_ERROR_CONTAINS(needle)                                       \
    do {                                                                        \
        if (!check_last_error_contains(__FILE__, __LINE__, (needle))) {        \
            return;                                                             \
        }                                                                       \
    } while (0)
bool check_last_error_contains(const char *file, int line, const char *needle);

/* The owned string is now empty (what every *_free leaves behind). */
#define CHECK_EMPTY(v)                \
    do {                              \
        CHECK_EQ_U64((v).len, 0);     \
        CHECK_EQ_U64((v).cap, 0);     \
    } while (0)

/* What a callback saw. Every callback of the cases takes a Tracker as user_data, calls
 * tracker_enter() first, and fails with `fail_status` when that returns true. */
typedef struct Tracker {
    int calls;
    int releases;
    int calls_after_release;
    int fail_at;            /* the 1-based call that fails; 0: none */
    int32_t fail_status;    /* what the failing call returns (non-zero) */
    int64_t nums[32];       /* numbers noted by the callback, in order */
    size_t n_nums;
    char text[512];         /* texts noted by the callback, each followed by '|' */
    size_t text_len;
    void *context;          /* whatever the case needs inside the callback */
    uint64_t handle;        /* an object handle the callback uses */
} Tracker;

void tracker_init(Tracker *t);
/* Counts a call; returns true when this call must fail. */
bool tracker_enter(Tracker *t);
void tracker_note(Tracker *t, int64_t n);
void tracker_note_text(Tracker *t, const char *p, size_t len);
/* The `release` function of every callback of the cases: counts releases. */
void tracker_release(void *user_data);

/* The callback was released exactly once and never called after its release. */
#define CHECK_RELEASED_ONCE(t)                  \
    do {                                        \
        CHECK_EQ_I64((t).releases, 1);          \
        CHECK_EQ_I64((t).calls_after_release, 0); \
    } while (0)

/* Reads the generated header (CONFORMANCE_HEADER_PATH at compile time, else the environment
 * variable CONFORMANCE_HEADER) and tells whether it contains `needle`. */
#define CHECK_HEADER_CONTAINS(needle)                                     \
    do {                                                                  \
        if (!check_header_contains(__FILE__, __LINE__, (needle))) {      \
            return;                                                       \
        }                                                                 \
    } while (0)
bool check_header_contains(const char *file, int line, const char *needle);

/* A Person built from borrowed C data (for parameters). `tags` must outlive the call. */
ConformancePerson person_view(const char *name, uint32_t age, ConformanceString *tags, size_t n_tags,
                              const char *city, const char *email);

#endif

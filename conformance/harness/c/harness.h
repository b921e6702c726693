/*
 * A tiny test framework for the C conformance harness. It knows nothing about the library under
 * test (see common.h for that).
 *
 *     CASE(strings, greet) {          // registers the case "strings.greet"
 *         CHECK(1 + 1 == 2);
 *         CHECK_EQ_U64(x, 5);
 *     }
 *
 * A failed CHECK records "file:line: what" and returns from the case function, so the next case
 * runs. CHECKs therefore belong in case bodies (or void helpers followed by CHECK_PASSED()),
 * never inside callbacks the library calls: those record what they saw and the case checks it.
 *
 * Usage: harness CASES_TOML [CASE_ID]. Every id listed in CASES_TOML runs in file order; a
 * listed id without an implementation fails ("not implemented in C harness"), and so does an
 * implemented case that is not listed. The last line is always "N passed, N failed".
 *
 * Registration uses __attribute__((constructor)) (GCC and Clang).
 */
#ifndef POLYBIND_HARNESS_H
#define POLYBIND_HARNESS_H

#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef void (*harness_case_fn)(void);

void harness_register(const char *id, harness_case_fn fn, const char *file, int line);

/* Records the first failure of the running case (later ones are ignored). printf-style. */
void harness_fail(const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* True once the running case has failed. */
bool harness_failed(void);

/* Writes `len` bytes of `p` into `out` (size `cap`, NUL-terminated) as a quoted C string with
 * escapes, truncated with "..." when long. Returns `out`. */
const char *harness_quote(const void *p, size_t len, char *out, size_t cap);

/* Fails unless p[0..len) equals e[0..elen). Returns false on failure. */
bool harness_check_bytes(const char *file, int line, const char *what, const void *p, size_t len, const void *e,
                         size_t elen);

#define CASE(group, name)                                                                                       \
    static void harness_case_##group##__##name(void);                                                         \
    __attribute__((constructor)) static void harness_register_##group##__##name(void) {                        \
        harness_register(#group "." #name, harness_case_##group##__##name, __FILE__, __LINE__);                \
    }                                                                                                           \
    static void harness_case_##group##__##name(void)

/* Fails the case with a message and returns. */
#define FAIL(...)                                          \
    do {                                                   \
        harness_fail(__FILE__, __LINE__, __VA_ARGS__);     \
        return;                                            \
    } while (0)

/* Returns from the case if a helper called before has failed it. */
#define CHECK_PASSED()          \
    do {                        \
        if (harness_failed()) { \
            return;             \
        }                       \
    } while (0)

#define CHECK(cond)                        \
    do {                                   \
        if (!(cond)) {                     \
            FAIL("CHECK(%s)", #cond);      \
        }                                  \
    } while (0)

#define CHECK_EQ_U64(actual, expected)                                                                   \
    do {                                                                                                  \
        uint64_t harness_a_ = (uint64_t)(actual), harness_e_ = (uint64_t)(expected);                      \
        if (harness_a_ != harness_e_) {                                                                   \
            FAIL("%s == %s: got %" PRIu64 ", expected %" PRIu64, #actual, #expected, harness_a_, harness_e_); \
        }                                                                                                 \
    } while (0)

#define CHECK_EQ_I64(actual, expected)                                                                   \
    do {                                                                                                  \
        int64_t harness_a_ = (int64_t)(actual), harness_e_ = (int64_t)(expected);                         \
        if (harness_a_ != harness_e_) {                                                                   \
            FAIL("%s == %s: got %" PRId64 ", expected %" PRId64, #actual, #expected, harness_a_, harness_e_); \
        }                                                                                                 \
    } while (0)

/* Exact comparison (use CHECK_NEAR_F64 for computed values). */
#define CHECK_EQ_F64(actual, expected)                                                                \
    do {                                                                                               \
        double harness_a_ = (double)(actual), harness_e_ = (double)(expected);                         \
        if (!(harness_a_ == harness_e_)) {                                                             \
            FAIL("%s == %s: got %.17g, expected %.17g", #actual, #expected, harness_a_, harness_e_);   \
        }                                                                                              \
    } while (0)

#define CHECK_NEAR_F64(actual, expected, eps)                                                               \
    do {                                                                                                     \
        double harness_a_ = (double)(actual), harness_e_ = (double)(expected);                               \
        double harness_d_ = harness_a_ > harness_e_ ? harness_a_ - harness_e_ : harness_e_ - harness_a_;     \
        if (!(harness_d_ <= (eps))) {                                                                        \
            FAIL("%s ~= %s: got %.17g, expected %.17g", #actual, #expected, harness_a_, harness_e_);         \
        }                                                                                                    \
    } while (0)

/* Compares `len` bytes at `ptr` with `elen` bytes at `eptr`. */
#define CHECK_EQ_BYTES(ptr, len, eptr, elen)                                                           \
    do {                                                                                                \
        if (!harness_check_bytes(__FILE__, __LINE__, #ptr, (ptr), (size_t)(len), (eptr), (size_t)(elen))) { \
            return;                                                                                     \
        }                                                                                               \
    } while (0)

/* Compares `len` bytes at `ptr` with a string literal (embedded NULs included). */
#define CHECK_EQ_LIT(ptr, len, lit) CHECK_EQ_BYTES(ptr, len, lit, sizeof(lit) - 1)

#endif

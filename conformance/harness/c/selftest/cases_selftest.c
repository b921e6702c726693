/* Cases of the harness framework's self-test: see run.sh for the expected output. */
#include "../harness.h"

static int reached_after_failure;

static void helper_that_fails(void) { CHECK(1 == 2); }

CASE(demo, passes) {
    CHECK(1 + 1 == 2);
    CHECK_EQ_U64(UINT64_MAX, UINT64_MAX);
    CHECK_EQ_I64(INT64_MIN, INT64_MIN);
    CHECK_EQ_F64(0.5, 0.5);
    CHECK_NEAR_F64(0.1 + 0.2, 0.3, 1e-12);
    CHECK_EQ_LIT("a\0b", 3, "a\0b");
    CHECK(reached_after_failure == 0);
}

CASE(demo, fails_check) {
    CHECK_EQ_U64(1, 1);
    CHECK_EQ_U64(2 + 2, 5);
    reached_after_failure = 1;
}

CASE(demo, fails_bytes) { CHECK_EQ_LIT("tab\there\"", 9, "tab\there!"); }

CASE(demo, unlisted) {
    helper_that_fails();
    CHECK_PASSED();
    reached_after_failure = 1;
}

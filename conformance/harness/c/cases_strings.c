/* strings_in, strings_out */
#include "common.h"

#include <stdlib.h>

CASE(strings, char_counts) {
    size_t n = 0;
    CHECK_OK(conformance_count_chars(STR("hello"), &n));
    CHECK_EQ_U64(n, 5);
    CHECK_OK(conformance_byte_len(STR("hello"), &n));
    CHECK_EQ_U64(n, 5);
    CHECK_OK(conformance_count_chars(STR("h\xc3\xa9llo"), &n));
    CHECK_EQ_U64(n, 5);
    CHECK_OK(conformance_byte_len(STR("h\xc3\xa9llo"), &n));
    CHECK_EQ_U64(n, 6);
    CHECK_OK(conformance_count_chars(STR("\xf0\x9f\x91\x8b\xf0\x9f\x8c\x8d"), &n));
    CHECK_EQ_U64(n, 2);
    CHECK_OK(conformance_byte_len(STR("\xf0\x9f\x91\x8b\xf0\x9f\x8c\x8d"), &n));
    CHECK_EQ_U64(n, 8);
    size_t big = (size_t)1 << 20;
    char *buf = malloc(big);
    CHECK(buf != NULL);
    memset(buf, 'x', big);
    ConformanceStatus st = conformance_count_chars((ConformanceStr){.ptr = buf, .len = big}, &n);
    free(buf);
    CHECK_OK(st);
    CHECK_EQ_U64(n, 1048576);
}

CASE(strings, not_nul_terminated) {
    const char *text = "hello world";
    ConformanceStr view = {.ptr = text, .len = 5};
    size_t n = 0;
    CHECK_OK(conformance_count_chars(view, &n));
    CHECK_EQ_U64(n, 5);
    ConformanceString out = {0};
    CHECK_OK(conformance_greet(view, &out));
    CHECK_STRING(out, "Hello, hello!");
    conformance_string_free(&out);
}

CASE(strings, interior_nul_in) {
    size_t n = 0;
    CHECK_OK(conformance_byte_len(STR("a\0b"), &n));
    CHECK_EQ_U64(n, 3);
    CHECK_OK(conformance_count_chars(STR("a\0b"), &n));
    CHECK_EQ_U64(n, 3);
}

CASE(strings, empty_in) {
    size_t n = 99;
    CHECK_OK(conformance_count_chars((ConformanceStr){.ptr = NULL, .len = 0}, &n));
    CHECK_EQ_U64(n, 0);
    n = 99;
    CHECK_OK(conformance_count_chars(STR(""), &n));
    CHECK_EQ_U64(n, 0);
    ConformanceString out = {0};
    CHECK_OK(conformance_greet((ConformanceStr){.ptr = NULL, .len = 0}, &out));
    CHECK_STRING(out, "Hello, !");
    conformance_string_free(&out);
}

CASE(strings, owned_param) {
    char mine[] = "stra\xc3\x9f" "e";
    ConformanceString out = {0};
    CHECK_OK(conformance_to_upper((ConformanceStr){.ptr = mine, .len = sizeof mine - 1}, &out));
    CHECK_STRING(out, "STRASSE");
    conformance_string_free(&out);
    CHECK_EQ_LIT(mine, sizeof mine - 1, "stra\xc3\x9f" "e");
    char bar[] = "bar";
    CHECK_OK(conformance_concat(STR("foo"), (ConformanceStr){.ptr = bar, .len = 3}, &out));
    CHECK_STRING(out, "foobar");
    conformance_string_free(&out);
    CHECK_EQ_LIT(bar, 3, "bar");
}

CASE(strings, greet_and_free) {
    ConformanceString out = {0};
    CHECK_OK(conformance_greet(STR("Zo\xc3\xab"), &out));
    CHECK_STRING(out, "Hello, Zo\xc3\xab!");
    CHECK_EQ_U64(out.len, 12);
    CHECK(out.cap >= out.len);
    conformance_string_free(&out);
    CHECK_EMPTY(out);
    conformance_string_free(&out);
    CHECK_EMPTY(out);
    ConformanceString zeroed = {0};
    conformance_string_free(&zeroed);
    CHECK_EMPTY(zeroed);
}

CASE(strings, empty_out) {
    ConformanceString out = {.ptr = NULL, .len = 99, .cap = 99};
    CHECK_OK(conformance_empty_string(&out));
    CHECK_EQ_U64(out.len, 0);
    conformance_string_free(&out);
    CHECK_EMPTY(out);
}

CASE(strings, large_out) {
    ConformanceString out = {0};
    CHECK_OK(conformance_repeat_str(STR("ab"), 100000, &out));
    CHECK_EQ_U64(out.len, 200000);
    bool alternating = true;
    for (size_t i = 0; i < out.len; i++) {
        alternating = alternating && out.ptr[i] == (i % 2 == 0 ? 'a' : 'b');
    }
    conformance_string_free(&out);
    CHECK(alternating);
}

CASE(strings, bytes_out) {
    ConformanceString out = {0};
    CHECK_OK(conformance_echo_string(STR("a\0b"), &out));
    CHECK_STRING(out, "a\0b");
    conformance_string_free(&out);
    CHECK_OK(conformance_reverse(STR("a\xc3\xb1" "b"), &out));
    CHECK_STRING(out, "b\xc3\xb1" "a");
    conformance_string_free(&out);
}

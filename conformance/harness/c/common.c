#include "common.h"

#include <stdio.h>
#include <stdlib.h>

ConformanceString string_view(const char *s) {
    ConformanceString v = {.ptr = (char *)s, .len = strlen(s), .cap = 0};
    return v;
}

const char *status_name(int32_t status) {
    switch (status) {
    case CONFORMANCE_OK: return "OK";
    case CONFORMANCE_ERROR: return "ERROR";
    case CONFORMANCE_PANIC: return "PANIC";
    case CONFORMANCE_INVALID_HANDLE: return "INVALID_HANDLE";
    case CONFORMANCE_INVALID_ARGUMENT: return "INVALID_ARGUMENT";
    case CONFORMANCE_CALLBACK_FAILED: return "CALLBACK_FAILED";
    default: return "unknown status";
    }
}

size_t last_error(char *buf, size_t cap) {
    ConformanceString m = conformance_last_error_message();
    size_t len = m.len;
    if (cap > 0) {
        size_t n = len < cap - 1 ? len : cap - 1;
        if (n > 0) {
            memcpy(buf, m.ptr, n);
        }
        buf[n] = '\0';
    }
    conformance_string_free(&m);
    return len;
}

bool check_status(const char *file, int line, const char *expr, int32_t got, int32_t expected) {
    if (got == expected) {
        return true;
    }
    char message[300] = "";
    if (got != CONFORMANCE_OK && got != CONFORMANCE_ERROR) {
        last_error(message, sizeof message);
    }
    harness_fail(file, line, "%s returned %s (%d), expected %s%s%s%s", expr, status_name(got), (int)got,
                 status_name(expected), message[0] ? " (message: \"" : "", message, message[0] ? "\")" : "");
    return false;
}

bool check_last_error_contains(const char *file, int line, const char *needle) {
    char message[1024];
    size_t len = last_error(message, sizeof message);
    if (len > 0 && strstr(message, needle) != NULL) {
        return true;
    }
    harness_fail(file, line, "last error message \"%s\" does not contain \"%s\"", message, needle);
    return false;
}

void tracker_init(Tracker *t) {
    memset(t, 0, sizeof *t);
    t->fail_status = 1;
}

bool tracker_enter(Tracker *t) {
    t->calls++;
    if (t->releases > 0) {
        t->calls_after_release++;
    }
    return t->calls == t->fail_at;
}

void tracker_note(Tracker *t, int64_t n) {
    if (t->n_nums < COUNT(t->nums)) {
        t->nums[t->n_nums++] = n;
    }
}

void tracker_note_text(Tracker *t, const char *p, size_t len) {
    if (t->text_len + len + 2 > sizeof t->text) {
        return;
    }
    if (len > 0) {
        memcpy(t->text + t->text_len, p, len);
    }
    t->text_len += len;
    t->text[t->text_len++] = '|';
    t->text[t->text_len] = '\0';
}

void tracker_release(void *user_data) { ((Tracker *)user_data)->releases++; }

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        len += fread(buf + len, 1, cap - len - 1, f);
        if (len < cap - 1) {
            break;
        }
        char *grown = realloc(buf, cap * 2);
        if (grown == NULL) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = grown;
        cap *= 2;
    }
    fclose(f);
    if (buf != NULL) {
        buf[len] = '\0';
    }
    return buf;
}

bool check_header_contains(const char *file, int line, const char *needle) {
#ifdef CONFORMANCE_HEADER_PATH
    const char *path = CONFORMANCE_HEADER_PATH;
#else
    const char *path = getenv("CONFORMANCE_HEADER");
#endif
    if (path == NULL) {
        harness_fail(file, line, "the header's path is unknown: define CONFORMANCE_HEADER_PATH or set CONFORMANCE_HEADER");
        return false;
    }
    char *text = read_file(path);
    if (text == NULL) {
        harness_fail(file, line, "cannot read the header %s", path);
        return false;
    }
    bool found = strstr(text, needle) != NULL;
    free(text);
    if (!found) {
        harness_fail(file, line, "the header %s does not contain \"%s\"", path, needle);
    }
    return found;
}

ConformancePerson person_view(const char *name, uint32_t age, ConformanceString *tags, size_t n_tags,
                              const char *city, const char *email) {
    ConformancePerson p = {
        .name = string_view(name),
        .age = age,
        .tags = {.ptr = tags, .len = n_tags, .cap = 0},
        .address = {.street = string_view("2 High St"), .city = string_view(city), .zip = 75001},
        .email = {.is_some = email != NULL, .value = string_view(email != NULL ? email : "")},
    };
    return p;
}

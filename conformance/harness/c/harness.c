/* The runner of harness.h: registration, the case list from cases.toml, and main. */
#include "harness.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_CASES 1024
#define MAX_ID 128
#define MAX_WHY 1024

typedef struct {
    const char *id;
    harness_case_fn fn;
    const char *file;
    int line;
    bool listed;
} Registered;

static Registered registered[MAX_CASES];
static size_t n_registered;
static bool too_many;

static bool current_failed;
static char current_why[MAX_WHY];

void harness_register(const char *id, harness_case_fn fn, const char *file, int line) {
    if (n_registered == MAX_CASES) {
        too_many = true;
        return;
    }
    registered[n_registered++] = (Registered){.id = id, .fn = fn, .file = file, .line = line, .listed = false};
}

void harness_fail(const char *file, int line, const char *fmt, ...) {
    if (current_failed) {
        return;
    }
    current_failed = true;
    int n = snprintf(current_why, sizeof current_why, "%s:%d: ", file, line);
    if (n < 0 || (size_t)n >= sizeof current_why) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(current_why + n, sizeof current_why - (size_t)n, fmt, ap);
    va_end(ap);
}

bool harness_failed(void) { return current_failed; }

const char *harness_quote(const void *p, size_t len, char *out, size_t cap) {
    const unsigned char *s = p;
    size_t o = 0;
    if (cap < 8) {
        if (cap > 0) {
            out[0] = '\0';
        }
        return out;
    }
    if (s == NULL) {
        snprintf(out, cap, "NULL");
        return out;
    }
    out[o++] = '"';
    for (size_t i = 0; i < len; i++) {
        char esc[8];
        unsigned char c = s[i];
        if (c == '"' || c == '\\') {
            snprintf(esc, sizeof esc, "\\%c", c);
        } else if (c == '\n') {
            snprintf(esc, sizeof esc, "\\n");
        } else if (c == '\t') {
            snprintf(esc, sizeof esc, "\\t");
        } else if (c < 0x20 || c >= 0x7f) {
            snprintf(esc, sizeof esc, "\\x%02x", c);
        } else {
            esc[0] = (char)c;
            esc[1] = '\0';
        }
        size_t el = strlen(esc);
        if (o + el + 5 > cap) {
            memcpy(out + o, "...", 3);
            o += 3;
            break;
        }
        memcpy(out + o, esc, el);
        o += el;
    }
    out[o++] = '"';
    out[o] = '\0';
    return out;
}

bool harness_check_bytes(const char *file, int line, const char *what, const void *p, size_t len, const void *e,
                         size_t elen) {
    if (len == elen && (len == 0 || (p != NULL && memcmp(p, e, len) == 0))) {
        return true;
    }
    char got[200], want[200];
    harness_fail(file, line, "%s: got %s (%zu bytes), expected %s (%zu bytes)", what, harness_quote(p, len, got, sizeof got),
                 len, harness_quote(e, elen, want, sizeof want), elen);
    return false;
}

/* The ids of cases.toml, in order: every line of the form `id = "..."` (leading blanks allowed). */
typedef struct {
    char (*ids)[MAX_ID];
    size_t len, cap;
} IdList;

static bool read_ids(const char *path, IdList *list) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return false;
    }
    char line[4096];
    while (fgets(line, sizeof line, f) != NULL) {
        const char *p = line;
        while (*p == ' ' || *p == '\t') {
            p++;
        }
        if (strncmp(p, "id", 2) != 0) {
            continue;
        }
        p += 2;
        while (*p == ' ' || *p == '\t') {
            p++;
        }
        if (*p++ != '=') {
            continue;
        }
        while (*p == ' ' || *p == '\t') {
            p++;
        }
        if (*p++ != '"') {
            continue;
        }
        const char *end = strchr(p, '"');
        if (end == NULL || (size_t)(end - p) >= MAX_ID) {
            continue;
        }
        if (list->len == list->cap) {
            size_t cap = list->cap ? list->cap * 2 : 128;
            char(*grown)[MAX_ID] = realloc(list->ids, cap * sizeof *list->ids);
            if (grown == NULL) {
                fclose(f);
                return false;
            }
            list->ids = grown;
            list->cap = cap;
        }
        memcpy(list->ids[list->len], p, (size_t)(end - p));
        list->ids[list->len][end - p] = '\0';
        list->len++;
    }
    fclose(f);
    return true;
}

static int passed, failed;

static void report_fail(const char *id, const char *why) {
    printf("FAILED %s: %s\n", id, why);
    fflush(stdout);
    failed++;
}

static void run(Registered *r) {
    current_failed = false;
    current_why[0] = '\0';
    r->fn();
    if (current_failed) {
        report_fail(r->id, current_why);
    } else {
        printf("ok %s\n", r->id);
        fflush(stdout);
        passed++;
    }
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s CASES_TOML [CASE_ID]\n", argv[0]);
        return 2;
    }
    const char *only = argc == 3 ? argv[2] : NULL;
    IdList list = {0};
    if (!read_ids(argv[1], &list)) {
        fprintf(stderr, "cannot read the case list %s\n", argv[1]);
        free(list.ids);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    if (too_many) {
        report_fail("harness", "more than MAX_CASES cases are registered");
    }
    bool matched = only == NULL;
    for (size_t i = 0; i < list.len; i++) {
        const char *id = list.ids[i];
        if (only != NULL && strcmp(id, only) != 0) {
            continue;
        }
        matched = true;
        bool duplicate = false;
        for (size_t j = 0; j < i; j++) {
            duplicate = duplicate || strcmp(list.ids[j], id) == 0;
        }
        if (duplicate) {
            report_fail(id, "listed twice in the case list");
            continue;
        }
        Registered *found = NULL;
        size_t count = 0;
        for (size_t j = 0; j < n_registered; j++) {
            if (strcmp(registered[j].id, id) == 0) {
                registered[j].listed = true;
                found = found != NULL ? found : &registered[j];
                count++;
            }
        }
        if (found == NULL) {
            report_fail(id, "not implemented in C harness");
        } else if (count > 1) {
            report_fail(id, "implemented more than once in the C harness");
        } else {
            run(found);
        }
    }
    for (size_t j = 0; j < n_registered; j++) {
        if (!registered[j].listed && (only == NULL || strcmp(registered[j].id, only) == 0)) {
            char why[MAX_WHY];
            snprintf(why, sizeof why, "%s:%d: implemented but not listed in %s", registered[j].file,
                     registered[j].line, argv[1]);
            report_fail(registered[j].id, why);
            matched = true;
        }
    }
    if (!matched) {
        report_fail(only, "no such case");
    }
    free(list.ids);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}

/* The language-neutral runtime of generated C stubs (polybind's OCaml and C-header sources):
   the per-thread error message, allocation tracking and owned buffers, UTF-8 checks, borrowed
   views and the table behind object handles. It uses only the PB_* names and `PbString`, which the generated part defines
   above it, and the standard headers the stubs include (<inttypes.h>, <stdarg.h>,
   <stdatomic.h>, <stdbool.h>, <stdint.h>, <stdio.h>, <stdlib.h>, <string.h>). */

/* Not every library uses every helper (objects, bytes, ...). */
#define PB_UNUSED __attribute__((unused))

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

/* Objects: a handle is `generation << 32 | (slot + 1)`; the slot holds a pointer (the object,
   or what holds it) and its type, so a handle of another type, a released one and 0 are all
   refused, never dereferenced. The stubs serialise every use of the table. */
typedef struct PbSlot {
    void *ptr;
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

PB_UNUSED static int32_t pb_slot_new(uint32_t type, void *ptr, uint64_t *out) {
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
    pb_slots[i].ptr = ptr;
    pb_slots[i].type = type;
    pb_slots[i].generation++;
    *out = ((uint64_t)pb_slots[i].generation << 32) | (uint64_t)(i + 1);
    return PB_OK;
}

/* The live slot of `handle`, or NULL (with the message set) when it is not one of `type`. */
PB_UNUSED static PbSlot *pb_slot_find(uint32_t type, uint64_t handle, const char *name) {
    uint64_t index = handle & 0xFFFFFFFFu;
    if (index == 0 || index > pb_slot_count) {
        pb_failf(PB_INVALID_HANDLE, "%s handle %" PRIu64 " is null or was never issued", name, handle);
        return NULL;
    }
    PbSlot *slot = &pb_slots[index - 1];
    if (slot->ptr == NULL || slot->generation != (uint32_t)(handle >> 32) || slot->type != type) {
        pb_failf(PB_INVALID_HANDLE, "%s handle %" PRIu64 " is stale, released or of another type", name, handle);
        return NULL;
    }
    return slot;
}

PB_UNUSED static int32_t pb_slot_get(uint32_t type, uint64_t handle, const char *name, void **out) {
    PbSlot *slot = pb_slot_find(type, handle, name);
    if (slot == NULL) {
        return PB_INVALID_HANDLE;
    }
    *out = slot->ptr;
    return PB_OK;
}

/* Release the slot of `handle`, giving back its pointer. */
PB_UNUSED static int32_t pb_slot_take(uint32_t type, uint64_t handle, const char *name, void **out) {
    PbSlot *slot = pb_slot_find(type, handle, name);
    if (slot == NULL) {
        return PB_INVALID_HANDLE;
    }
    *out = slot->ptr;
    slot->ptr = NULL;
    slot->next_free = pb_free_head;
    pb_free_head = (uint32_t)(slot - pb_slots) + 1;
    return PB_OK;
}

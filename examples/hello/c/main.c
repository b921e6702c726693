/* The smallest use of a polybind library from C. */
#include <stdio.h>
#include <string.h>

#include "hello.h"

int main(void) {
    if (hello_verify_interface() != NULL) {
        fprintf(stderr, "libhello does not match hello.h\n");
        return 1;
    }
    int32_t sum;
    if (hello_add(2, 3, &sum) != HELLO_OK) return 1;
    printf("2 + 3 = %d\n", (int)sum);

    const char *name = "C";
    HelloStr view = {name, strlen(name)};
    HelloString greeting;
    if (hello_greet(view, &greeting) != HELLO_OK) return 1;
    printf("%.*s\n", (int)greeting.len, greeting.ptr);
    hello_string_free(&greeting); /* memory Rust allocated goes back to Rust */
    return 0;
}

// The C++ wrapper over the C reference library's stubs: built with -Wall -Wextra -Werror
// -pedantic by `cargo xtask conformance c-source`, it prints one line the xtask checks.
#include <cstdio>
#include <string>

#include "cref_pb.hpp"

int main() {
    int failed = 0;
    failed += cref_pb::add(40, 2) != 42;
    failed += cref_pb::greet("C++") != "Hello, C++!";
    cref_pb::Counter c(5);
    c.add(1);
    failed += c.half() != 3;
    try {
        cref_pb::parse("x");
        failed++;
    } catch (const cref_pb::StatusError::BadNumber &e) {
        failed += std::string(e.what()).find("not a number") == std::string::npos;
    }
    failed += cref_pb::parse("1.5") != 1.5;
    std::printf("c++ wrapper: %d failed\n", failed);
    return failed;
}

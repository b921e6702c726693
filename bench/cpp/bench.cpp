// `cargo xtask bench cpp`: every call shape of DESIGN §3 through the generated C++ wrapper
// (`generated`) and as a careful C++ programmer calls the C header by hand (`handwritten`: the C
// call, its status check, and the same conversion to C++ types where the shape returns one), in
// one binary, interleaved run by run. Prints one line per row: `shape impl ns_per_call
// allocs_per_call`, where allocations are C++ heap allocations (operator new) per call.
#include "pbbench.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace {

unsigned long long g_allocations = 0;

// Keeps a value (and the work producing it) alive without costing an instruction.
template <class T>
inline void keep(const T &v) {
    __asm__ __volatile__("" : : "g"(&v) : "memory");
}

[[noreturn]] void die(const char *what) {
    std::fprintf(stderr, "bench: %s failed\n", what);
    std::abort();
}

struct Result {
    double ns;
    double allocs;
};

// The minimum over `runs` runs of `iters` calls each, in ns per call.
// Not inlined, and aligned by the compiler flags, so that every measured loop has the same shape.
template <class F>
[[gnu::noinline]] Result measure(F &&body, long iters, int runs) {
    double best = 1e300;
    double allocs = 0;
    for (int r = 0; r < runs; ++r) {
        const unsigned long long a0 = g_allocations;
        const auto t0 = std::chrono::steady_clock::now();
        for (long i = 0; i < iters; ++i) {
            body(static_cast<uint32_t>(i));
        }
        const auto t1 = std::chrono::steady_clock::now();
        allocs = static_cast<double>(g_allocations - a0) / static_cast<double>(iters);
        best = std::min(best, std::chrono::duration<double, std::nano>(t1 - t0).count() / static_cast<double>(iters));
    }
    return Result{best, allocs};
}

template <class G, class H>
void row(const char *shape, long iters, G &&generated, H &&handwritten) {
    Result g{1e300, 0};
    Result h{1e300, 0};
    // Interleaved rounds, alternating which side goes first, so that both see the same
    // machine state.
    for (int round = 0; round < 6; ++round) {
        const bool generated_first = round % 2 == 0;
        Result rg{};
        Result rh{};
        if (generated_first) {
            rg = measure(generated, iters, 3);
            rh = measure(handwritten, iters, 3);
        } else {
            rh = measure(handwritten, iters, 3);
            rg = measure(generated, iters, 3);
        }
        g = Result{std::min(g.ns, rg.ns), rg.allocs};
        h = Result{std::min(h.ns, rh.ns), rh.allocs};
    }
    std::printf("%s generated %.3f %.3f\n", shape, g.ns, g.allocs);
    std::printf("%s handwritten %.3f %.3f\n", shape, h.ns, h.allocs);
}

PbbenchStatus add_one(void *, uint32_t x, uint32_t *out) {
    *out = x + 1;
    return PBBENCH_OK;
}

}  // namespace

void *operator new(std::size_t n) {
    ++g_allocations;
    if (void *p = std::malloc(n == 0 ? 1 : n)) {
        return p;
    }
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }

int main() {
    const long n = 2000000;
    row(
        "primitive_void", n, [](uint32_t) { pbbench::primitive_void(); },
        [](uint32_t) {
            if (pbbench_primitive_void() != PBBENCH_OK) die("primitive_void");
        });
    row(
        "primitive_u32", n, [](uint32_t i) { keep(pbbench::primitive_u32(i)); },
        [](uint32_t i) {
            uint32_t out;
            if (pbbench_primitive_u32(i, &out) != PBBENCH_OK) die("primitive_u32");
            keep(out);
        });
    row(
        "many_args_5", n, [](uint32_t i) { keep(pbbench::many_args_5(i, 2, 3.0, -4, 5)); },
        [](uint32_t i) {
            double out;
            if (pbbench_many_args_5(i, 2, 3.0, -4, 5, &out) != PBBENCH_OK) die("many_args_5");
            keep(out);
        });
    row(
        "callback", n, [](uint32_t i) { keep(pbbench::callback([](uint32_t x) { return x + 1; }, i)); },
        [](uint32_t i) {
            uint32_t out;
            if (pbbench_callback(PbbenchFnU32ToU32{&add_one, nullptr, nullptr}, i, &out) != PBBENCH_OK) die("callback");
            keep(out);
        });
    const std::string text = "hello, polybind";
    row(
        "string_in", n, [&](uint32_t) { keep(pbbench::string_in(text)); },
        [&](uint32_t) {
            size_t out;
            if (pbbench_string_in(PbbenchStr{text.data(), text.size()}, &out) != PBBENCH_OK) die("string_in");
            keep(out);
        });
    row(
        "string_out", n / 4, [](uint32_t) { keep(pbbench::string_out()); },
        [](uint32_t) {
            PbbenchString out{};
            if (pbbench_string_out(&out) != PBBENCH_OK) die("string_out");
            std::string s(out.ptr, out.len);
            pbbench_string_free(&out);
            keep(s);
        });
    std::vector<double> values(1000);
    for (size_t i = 0; i < values.size(); ++i) values[i] = static_cast<double>(i) * 0.5;
    row(
        "slice_sum_1000", n / 8, [&](uint32_t) { keep(pbbench::slice_sum_1000(values)); },
        [&](uint32_t) {
            double out;
            if (pbbench_slice_sum_1000(PbbenchSliceF64{values.data(), values.size()}, &out) != PBBENCH_OK)
                die("slice_sum_1000");
            keep(out);
        });
    row(
        "record_by_value", n,
        [](uint32_t i) { keep(pbbench::record_by_value(pbbench::Point{static_cast<double>(i), 2.0})); },
        [](uint32_t i) {
            PbbenchPoint out;
            if (pbbench_record_by_value(PbbenchPoint{static_cast<double>(i), 2.0}, &out) != PBBENCH_OK)
                die("record_by_value");
            keep(out);
        });
    const pbbench::Counter counter;
    PbbenchCounter raw{};
    if (pbbench_counter_new(&raw) != PBBENCH_OK) die("counter_new");
    row(
        "method_call", n, [&](uint32_t) { keep(counter.method_call()); },
        [&](uint32_t) {
            uint64_t out;
            if (pbbench_counter_method_call(raw, &out) != PBBENCH_OK) die("method_call");
            keep(out);
        });
    pbbench_counter_free(raw);
    return 0;
}

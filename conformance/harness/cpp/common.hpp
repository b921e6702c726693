// Shared helpers of the C++ conformance harness (GoogleTest). Each TEST(group, name) is the case
// `group.name` of conformance/cases.toml; main.cpp checks the two lists agree.
#ifndef POLYBIND_CPP_HARNESS_COMMON_HPP
#define POLYBIND_CPP_HARNESS_COMMON_HPP

#include "conformance.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The library's items are declared in the namespaces of the crate's modules
// (`conformance::strings::greet`); the cases name every item as `cf::item`, and the case
// `cpp.namespaces_follow_modules` checks the module namespaces themselves.
namespace cf {
using namespace ::conformance;
using namespace ::conformance::callbacks;
using namespace ::conformance::constants;
using namespace ::conformance::enums;
using namespace ::conformance::errors;
using namespace ::conformance::events;
using namespace ::conformance::interfaces;
using namespace ::conformance::nested;
using namespace ::conformance::objects;
using namespace ::conformance::options;
using namespace ::conformance::panics;
using namespace ::conformance::primitives;
using namespace ::conformance::records;
using namespace ::conformance::slices;
using namespace ::conformance::strings;
using namespace ::conformance::vecs;
}  // namespace cf

// Runs `f`, which must throw `E`; returns the exception (or nothing, after a test failure).
template <class E, class F>
std::optional<E> thrown(F &&f) {
    try {
        f();
    } catch (const E &e) {
        return e;
    } catch (const std::exception &e) {
        ADD_FAILURE() << "threw another exception: " << e.what();
        return std::nullopt;
    }
    ADD_FAILURE() << "did not throw";
    return std::nullopt;
}

// A flag that closures capture: it expires when every copy of the closure was destroyed, which
// for a closure the library holds means "released".
struct Probe {
    std::shared_ptr<int> alive = std::make_shared<int>(0);
    std::weak_ptr<int> watch{alive};
    // What the closures capture (the probe keeps no strong reference after `give`).
    std::shared_ptr<int> give() { return std::exchange(alive, nullptr); }
    bool released() const { return watch.expired(); }
};

template <class T>
std::vector<uint8_t> bytes_of_value(const T &v) {
    std::vector<uint8_t> out(sizeof(T));
    std::memcpy(out.data(), &v, sizeof(T));
    return out;
}

#endif

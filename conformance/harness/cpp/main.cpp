// Runner: every id of cases.toml must be a test here and every test (besides the `cpp.*` checks of
// the C++ wrapper itself) must be listed. Prints `ok id` / `FAILED id: why` and, last,
// `N passed, N failed`. After the tests, the library must hold no live allocation.
#include "common.hpp"

#include <fstream>
#include <iostream>
#include <map>

namespace {

std::vector<std::string> listed_ids(const char *path) {
    // Every line of the form `id = "..."` (leading blanks allowed), as the C harness reads it.
    std::ifstream in(path);
    std::vector<std::string> ids;
    std::string line;
    while (std::getline(in, line)) {
        const size_t start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line.compare(start, 2, "id") != 0) {
            continue;
        }
        const size_t eq = line.find_first_not_of(" \t", start + 2);
        if (eq == std::string::npos || line[eq] != '=') {
            continue;
        }
        const size_t open = line.find('"', eq);
        const size_t close = open == std::string::npos ? open : line.find('"', open + 1);
        if (close != std::string::npos) {
            ids.push_back(line.substr(open + 1, close - open - 1));
        }
    }
    return ids;
}

}  // namespace

int main(int argc, char **argv) {
    ::testing::InitGoogleTest(&argc, argv);
    if (argc < 2) {
        std::cerr << "usage: harness CASES_TOML [gtest flags]\n";
        return 2;
    }
    const std::vector<std::string> ids = listed_ids(argv[1]);
    if (ids.empty()) {
        std::cerr << "no case ids in " << argv[1] << "\n";
        return 2;
    }
    int gtest_status = RUN_ALL_TESTS();
    (void)gtest_status;

    std::map<std::string, const ::testing::TestInfo *> tests;
    const ::testing::UnitTest &unit = *::testing::UnitTest::GetInstance();
    for (int i = 0; i < unit.total_test_suite_count(); ++i) {
        const ::testing::TestSuite &suite = *unit.GetTestSuite(i);
        for (int j = 0; j < suite.total_test_count(); ++j) {
            const ::testing::TestInfo *t = suite.GetTestInfo(j);
            tests[std::string(t->test_suite_name()) + "." + t->name()] = t;
        }
    }
    int passed = 0;
    int failed = 0;
    auto report = [&](const std::string &id, const ::testing::TestInfo *t) {
        if (t == nullptr) {
            std::cout << "FAILED " << id << ": not implemented in C++ harness\n";
            ++failed;
        } else if (!t->should_run()) {
            std::cout << "FAILED " << id << ": filtered out (a skipped case is not a pass)\n";
            ++failed;
        } else if (t->result()->Passed()) {
            std::cout << "ok " << id << "\n";
            ++passed;
        } else {
            std::cout << "FAILED " << id << ": see the GoogleTest output above\n";
            ++failed;
        }
    };
    std::map<std::string, bool> seen;
    for (const std::string &id : ids) {
        if (seen[id]) {
            std::cout << "FAILED " << id << ": listed twice in the case list\n";
            ++failed;
            continue;
        }
        seen[id] = true;
        auto it = tests.find(id);
        report(id, it == tests.end() ? nullptr : it->second);
    }
    for (const auto &[id, t] : tests) {
        if (seen.count(id) != 0) {
            continue;
        }
        if (id.rfind("cpp.", 0) == 0) {
            report(id, t);
        } else {
            std::cout << "FAILED " << id << ": implemented but not listed in cases.toml\n";
            ++failed;
        }
    }
    // Everything the library handed out was released by the wrapper.
    const cf::AllocationStats stats = cf::allocation_stats();
    if (!stats.tracking) {
        std::cout << "FAILED allocations: the library was not built with allocation tracking\n";
        ++failed;
    } else if (stats.live_allocations != 0 || stats.live_bytes != 0) {
        std::cout << "FAILED allocations: " << stats.live_allocations << " allocations (" << stats.live_bytes
                  << " bytes) still live at the end of the suite\n";
        ++failed;
    } else {
        std::cout << "ok allocations: 0 live at the end of the suite\n";
        ++passed;
    }
    std::cout << passed << " passed, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}

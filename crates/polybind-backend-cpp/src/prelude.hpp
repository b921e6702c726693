/** The error every failed call throws: `status()` is the canonical status, `what()` the text. */
class Error : public std::exception {
public:
    Error(int32_t status, std::string message) : status_(status), message_(std::move(message)) {}
    const char *what() const noexcept override { return message_.c_str(); }
    /** The canonical status of the failed call (`@LIB@_ERROR`, `@LIB@_PANIC`, ...). */
    int32_t status() const noexcept { return status_; }
    const std::string &message() const noexcept { return message_; }

private:
    int32_t status_;
    std::string message_;
};

/** The Rust code panicked; the panic was caught at the boundary. */
class PanicError : public Error {
public:
    explicit PanicError(std::string message) : Error(@LIB@_PANIC, std::move(message)) {}
};

/** An object was used after it was moved from or released, or its handle is stale. */
class InvalidHandleError : public Error {
public:
    explicit InvalidHandleError(std::string message) : Error(@LIB@_INVALID_HANDLE, std::move(message)) {}
};

/** An argument was rejected: bad UTF-8, an unknown enum value, a null interface, ... */
class InvalidArgumentError : public Error {
public:
    explicit InvalidArgumentError(std::string message) : Error(@LIB@_INVALID_ARGUMENT, std::move(message)) {}
};

/** A callback failed without a C++ exception to rethrow (e.g. it returned a value Rust refused). */
class CallbackFailedError : public Error {
public:
    explicit CallbackFailedError(std::string message) : Error(@LIB@_CALLBACK_FAILED, std::move(message)) {}
};

/** A borrowed view of `size()` contiguous elements (C++17 has no `std::span`). */
template <class T>
class Span {
public:
    constexpr Span() noexcept = default;
    constexpr Span(T *data, std::size_t size) noexcept : data_(data), size_(size) {}
    template <std::size_t N>
    constexpr Span(T (&array)[N]) noexcept : data_(array), size_(N) {}
    template <class Seq, class = std::enable_if_t<std::is_convertible_v<decltype(std::declval<Seq &>().data()), T *>>>
    constexpr Span(Seq &&seq) noexcept : data_(seq.data()), size_(seq.size()) {}
    // A braced list lives until the end of the full expression, so `f({1, 2, 3})` is safe: the
    // view is only used during the call. GCC warns about the pattern in general.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winit-list-lifetime"
#endif
    template <class U = T, class = std::enable_if_t<std::is_const_v<U>>>
    constexpr Span(std::initializer_list<std::remove_const_t<T>> list) noexcept : data_(list.begin()), size_(list.size()) {}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
    constexpr T *data() const noexcept { return data_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr T *begin() const noexcept { return data_; }
    constexpr T *end() const noexcept { return data_ + size_; }
    constexpr T &operator[](std::size_t i) const noexcept { return data_[i]; }

private:
    T *data_ = nullptr;
    std::size_t size_ = 0;
};

/** Live allocations the library handed out and has not taken back (debug builds only). */
struct AllocationStats {
    bool tracking;
    uint64_t live_allocations;
    uint64_t live_bytes;
};

namespace detail {
extern "C" {
bool @lib@_rt_tracking(void);
uint64_t @lib@_rt_live_allocations(void);
uint64_t @lib@_rt_live_bytes(void);
}
}  // namespace detail

/** What crosses the boundary right now (`tracking` is false in release builds of the library). */
inline AllocationStats allocation_stats() noexcept {
    return AllocationStats{detail::@lib@_rt_tracking(), detail::@lib@_rt_live_allocations(),
                           detail::@lib@_rt_live_bytes()};
}

namespace detail {

/** A C++ exception thrown by a callback, kept until the C call returns CALLBACK_FAILED. */
inline std::exception_ptr &pending() noexcept {
    static thread_local std::exception_ptr p;
    return p;
}

/** Turns a status other than OK into the exception it stands for. */
[[noreturn, gnu::cold, gnu::noinline]] inline void fail(int32_t status) {
    if (status == @LIB@_CALLBACK_FAILED) {
        std::exception_ptr p = std::exchange(pending(), nullptr);
        if (p) {
            std::rethrow_exception(p);
        }
    }
    @Lib@String m = @lib@_last_error_message();
    std::string text = m.len > 0 ? std::string(m.ptr, m.len) : std::string();
    @lib@_string_free(&m);
    switch (status) {
    case @LIB@_PANIC:
        throw PanicError(std::move(text));
    case @LIB@_INVALID_HANDLE:
        throw InvalidHandleError(std::move(text));
    case @LIB@_INVALID_ARGUMENT:
        throw InvalidArgumentError(std::move(text));
    case @LIB@_CALLBACK_FAILED:
        throw CallbackFailedError(std::move(text));
    default:
        throw Error(status, "unexpected status " + std::to_string(status) + ": " + text);
    }
}

inline void check(int32_t status) {
    if (status != @LIB@_OK) {
        fail(status);
    }
}

/** Called by a callback trampoline when the C++ callable threw. */
inline @Lib@Status callback_threw() noexcept {
    pending() = std::current_exception();
    return @LIB@_CALLBACK_FAILED;
}

/** Buffers that live until the C call returns (the views passed to it point into them). */
class Scratch {
public:
    Scratch() noexcept = default;
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;
    ~Scratch() {
        while (head_ != nullptr) {
            Node *next = head_->next;
            delete head_;
            head_ = next;
        }
    }
    template <class C>
    C *array(std::size_t n) {
        auto *node = new Array<C>(n);
        node->next = head_;
        head_ = node;
        return node->items.get();
    }

private:
    struct Node {
        virtual ~Node() = default;
        Node *next = nullptr;
    };
    template <class C>
    struct Array : Node {
        explicit Array(std::size_t n) : items(new C[n]()) {}
        std::unique_ptr<C[]> items;
    };
    Node *head_ = nullptr;
};

/** How a C++ value crosses: `C` its C type, `lift` copies out of a borrowed C value, `lower`
 * lends a C view of it (valid while the value and the scratch live), `free` releases what the
 * library handed out. */
template <class T, class = void>
struct Conv;

template <class T>
struct Conv<T, std::enable_if_t<std::is_arithmetic_v<T>>> {
    using C = T;
    static T lift(C c) noexcept { return c; }
    static C lower(T v, Scratch &) noexcept { return v; }
    static void free(C &) noexcept {}
};

template <class T>
struct Conv<T, std::enable_if_t<std::is_enum_v<T>>> {
    using C = int32_t;
    static T lift(C c) noexcept { return static_cast<T>(c); }
    static C lower(T v, Scratch &) noexcept { return static_cast<C>(v); }
    static void free(C &) noexcept {}
};

template <>
struct Conv<std::string> {
    using C = @Lib@String;
    static std::string lift(const C &c) { return c.len > 0 ? std::string(c.ptr, c.len) : std::string(); }
    static C lower(const std::string &v, Scratch &) noexcept {
        // Borrowed (cap 0): the library only reads it.
        return C{const_cast<char *>(v.data()), v.size(), 0};
    }
    static void free(C &c) noexcept { @lib@_string_free(&c); }
};

inline @Lib@Str str(std::string_view s) noexcept { return @Lib@Str{s.data(), s.size()}; }
inline std::string_view view(@Lib@Str s) noexcept {
    return s.len > 0 ? std::string_view(s.ptr, s.len) : std::string_view();
}

/** Copy a C value the library handed out into C++, then release it (also when copying throws). */
template <class T>
T take(typename Conv<T>::C &c) {
    struct Release {
        typename Conv<T>::C &c;
        ~Release() { Conv<T>::free(c); }
    } release{c};
    return Conv<T>::lift(c);
}

template <class T, class CV>
std::vector<T> lift_vec(const CV &c) {
    std::vector<T> v;
    v.reserve(c.len);
    for (std::size_t i = 0; i < c.len; ++i) {
        v.push_back(Conv<T>::lift(c.ptr[i]));
    }
    return v;
}

/** A C view of `n` elements: the elements themselves for numbers, a converted copy otherwise. */
template <class T, class It>
const typename Conv<T>::C *lower_elems(It first, std::size_t n, Scratch &s) {
    if constexpr (std::is_arithmetic_v<T> && std::is_pointer_v<It>) {
        return first;
    } else {
        auto *out = s.template array<typename Conv<T>::C>(n);
        for (std::size_t i = 0; i < n; ++i, ++first) {
            out[i] = Conv<T>::lower(*first, s);
        }
        return out;
    }
}

template <class T>
const typename Conv<T>::C *lower_seq(const std::vector<T> &v, Scratch &s) {
    if constexpr (std::is_same_v<T, bool>) {
        return lower_elems<T>(v.begin(), v.size(), s);
    } else {
        return lower_elems<T>(v.data(), v.size(), s);
    }
}

/** A mutable C view: the elements for numbers, a copy written back by `write_back` otherwise. */
template <class T>
typename Conv<T>::C *lower_mut(Span<T> v, Scratch &s) {
    if constexpr (std::is_arithmetic_v<T>) {
        return v.data();
    } else {
        auto *out = s.template array<typename Conv<T>::C>(v.size());
        for (std::size_t i = 0; i < v.size(); ++i) {
            out[i] = Conv<T>::lower(v[i], s);
        }
        return out;
    }
}

template <class T>
void write_back(Span<T> v, const typename Conv<T>::C *c) {
    if constexpr (!std::is_arithmetic_v<T>) {
        for (std::size_t i = 0; i < v.size(); ++i) {
            v[i] = Conv<T>::lift(c[i]);
        }
    } else {
        (void)v;
        (void)c;
    }
}

template <class T, class CO>
struct OptionConv {
    using C = CO;
    static std::optional<T> lift(const C &c) {
        if (!c.is_some) {
            return std::nullopt;
        }
        return Conv<T>::lift(c.value);
    }
    static C lower(const std::optional<T> &v, Scratch &s) {
        C c{};
        if (v) {
            c.is_some = true;
            c.value = Conv<T>::lower(*v, s);
        }
        return c;
    }
};

template <class T, class CV>
struct VecConv {
    using C = CV;
    static std::vector<T> lift(const C &c) { return lift_vec<T>(c); }
    static C lower(const std::vector<T> &v, Scratch &s) {
        // Borrowed (cap 0): the library only reads it.
        return C{const_cast<typename Conv<T>::C *>(lower_seq(v, s)), v.size(), 0};
    }
};

/** The `void *user_data` of a borrowed callable. */
template <class F>
void *erase(F &f) noexcept {
    return const_cast<void *>(static_cast<const void *>(std::addressof(f)));
}

}  // namespace detail

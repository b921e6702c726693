/** Thrown by `Expected::value()` (and by a failing constructor) when the call returned an error:
 * `error()` is the error enum's value. */
template <class E>
class BadExpectedAccess : public Error {
public:
    explicit BadExpectedAccess(E error) : Error(@LIB@_ERROR, error.message), error_(std::move(error)) {}
    const E &error() const noexcept { return error_; }

private:
    E error_;
};

/** The result of a fallible call: its value, or the error enum `E` it returned
 * (`[targets.cpp] errors = "expected"`). Panics and invalid handles or arguments still throw. */
template <class T, class E>
class [[nodiscard]] Expected {
public:
    Expected(T value) : v_(std::in_place_index<0>, std::move(value)) {}
    static Expected failure(E error) { return Expected(std::in_place_index<1>, std::move(error)); }
    bool has_value() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }
    /** The value; throws `BadExpectedAccess<E>` holding the error when there is none. */
    T &value() & {
        check();
        return std::get<0>(v_);
    }
    const T &value() const & {
        check();
        return std::get<0>(v_);
    }
    T &&value() && {
        check();
        return std::get<0>(std::move(v_));
    }
    template <class U>
    T value_or(U &&fallback) const & { return has_value() ? std::get<0>(v_) : static_cast<T>(std::forward<U>(fallback)); }
    template <class U>
    T value_or(U &&fallback) && { return has_value() ? std::get<0>(std::move(v_)) : static_cast<T>(std::forward<U>(fallback)); }
    /** The error; throws `std::bad_variant_access` when the call succeeded. */
    const E &error() const & { return std::get<1>(v_); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    template <std::size_t I, class V>
    Expected(std::in_place_index_t<I> i, V &&v) : v_(i, std::forward<V>(v)) {}
    void check() const {
        if (!has_value()) {
            throw BadExpectedAccess<E>(std::get<1>(v_));
        }
    }
    std::variant<T, E> v_;
};

/** The result of a fallible call without a value. */
template <class E>
class [[nodiscard]] Expected<void, E> {
public:
    Expected() noexcept = default;
    static Expected failure(E error) {
        Expected r;
        r.e_.emplace(std::move(error));
        return r;
    }
    bool has_value() const noexcept { return !e_.has_value(); }
    explicit operator bool() const noexcept { return has_value(); }
    /** Throws `BadExpectedAccess<E>` holding the error, if there is one. */
    void value() const {
        if (e_) {
            throw BadExpectedAccess<E>(*e_);
        }
    }
    /** The error; throws `std::bad_optional_access` when the call succeeded. */
    const E &error() const & { return e_.value(); }

private:
    std::optional<E> e_;
};


#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Lede::Core {

/// Why an operation failed, in words a user can act on.
struct Error {
    QString message;
    friend bool operator==(const Error &, const Error &) = default;
};

/// A value or an Error. Core functions return this instead of throwing, so that failures
/// reach the UI or the command line as messages, never as exceptions in Qt's event loop.
template <typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

/// The result of an operation that has no value besides success.
struct Done {
    friend bool operator==(Done, Done) = default;
};
using VoidResult = Result<Done>;

} // namespace Lede::Core

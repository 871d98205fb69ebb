#pragma once

#include <QString>
#include <QTextStream>

namespace Lede::Core {

/// Exit statuses of every command.
namespace ExitCode {
inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int Usage = 2;
} // namespace ExitCode

/// Reports a wrong use of the command line and returns ExitCode::Usage.
inline int usageError(QTextStream &err, const QString &message)
{
    err << "lede: " << message << "\nTry 'lede --help'.\n";
    return ExitCode::Usage;
}

} // namespace Lede::Core

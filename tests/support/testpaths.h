#pragma once

#include <QDir>
#include <QString>

namespace Lede::Test {

/// A file of the source tree, e.g. sourcePath("resources/samples/brenner-asylum.txt").
inline QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(LEDE_SOURCE_DIR)).filePath(relative);
}

/// The shared evaluation data beside the project (never copied into it).
inline QString evalPath(const QString &relative)
{
    return QDir(QStringLiteral(LEDE_EVAL_DIR)).filePath(relative);
}

} // namespace Lede::Test

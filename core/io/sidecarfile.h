#pragma once

#include "io/sidecarformat.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Lede::Core {

/// The sidecar file beside an article: `<article file name>.lede.json`, with the previous
/// version kept as `.lede.json.bak`.
class SidecarFile
{
public:
    static QString pathFor(const QString &articlePath);
    static QString backupPathFor(const QString &sidecarPath);

    /// Reads and validates a sidecar. No file is not an error: the result is then empty.
    static Result<std::optional<SidecarData>> read(const QString &sidecarPath);

    /// Replaces the sidecar atomically: a process killed at any moment leaves the old file or
    /// the new one, never a torn one. The old file becomes the backup. Refuses, and changes
    /// nothing, when the file on disk is not a sidecar this Lede can read (corrupt, or written
    /// by a newer version): work that could not be read is never overwritten.
    static Result<Done> write(const QString &sidecarPath, const QByteArray &bytes);
};

} // namespace Lede::Core

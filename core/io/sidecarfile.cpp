#include "io/sidecarfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Lede::Core {
namespace {

Result<Done> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{QStringLiteral("%1: writing failed (%2); the previous file is unchanged").arg(path, reason)};
    }
    if (!file.commit())
        return Error{QStringLiteral("%1: saving failed (%2); the previous file is unchanged")
                         .arg(path, file.errorString())};
    return Done{};
}

} // namespace

QString SidecarFile::pathFor(const QString &articlePath)
{
    return articlePath + QStringLiteral(".lede.json");
}

QString SidecarFile::backupPathFor(const QString &sidecarPath)
{
    return sidecarPath + QStringLiteral(".bak");
}

Result<std::optional<SidecarData>> SidecarFile::read(const QString &sidecarPath)
{
    QFile file(sidecarPath);
    if (!file.exists())
        return std::optional<SidecarData>{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot be read (%2)").arg(sidecarPath, file.errorString())};
    const QByteArray bytes = file.readAll();
    Result<SidecarData> parsed = parseSidecar(bytes, sidecarPath);
    if (!parsed)
        return parsed.error();
    return std::optional<SidecarData>(std::move(parsed).value());
}

Result<Done> SidecarFile::write(const QString &sidecarPath, const QByteArray &bytes)
{
    QFile existing(sidecarPath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("%1: not saved: the existing file cannot be read (%2), "
                                        "and Lede does not overwrite what it could not read")
                             .arg(sidecarPath, existing.errorString())};
        const QByteArray old = existing.readAll();
        existing.close();
        if (old == bytes)
            return Done{};
        if (const auto parsed = parseSidecar(old, sidecarPath); !parsed)
            return Error{QStringLiteral("not saved, because the existing sidecar could not be read: "
                                        "%1. Lede does not overwrite what it could not read: move "
                                        "the file away or repair it, then save again.")
                             .arg(parsed.errorMessage())};
        // The backup is replaced atomically too, so that it is always a whole sidecar.
        if (const auto backup = writeAtomically(backupPathFor(sidecarPath), old); !backup)
            return Error{QStringLiteral("not saved: the backup could not be written: %1").arg(backup.errorMessage())};
    }
    return writeAtomically(sidecarPath, bytes);
}

} // namespace Lede::Core

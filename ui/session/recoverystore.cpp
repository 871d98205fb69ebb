#include "session/recoverystore.h"

#include "io/sidecarformat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Lede::Ui {

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery")
                   : std::move(folder))
{
}

QString RecoveryStore::pathFor(const QString &articlePath) const
{
    // Named after a hash of the absolute path: two articles called "story.txt" in different
    // folders keep separate recovery files.
    const QByteArray key = QFileInfo(articlePath).absoluteFilePath().toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return QDir(m_folder).filePath(QFileInfo(articlePath).fileName() + QLatin1Char('-') + hash
                                   + QStringLiteral(".lede.json"));
}

Core::Result<Core::Done> RecoveryStore::write(const Core::ArticleDocument &document) const
{
    if (!QDir().mkpath(m_folder))
        return Core::Error{QStringLiteral("cannot create the recovery folder %1").arg(m_folder)};
    QSaveFile file(pathFor(document.article.sourcePath));
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error{QStringLiteral("cannot write the recovery file %1: %2").arg(file.fileName(), file.errorString())};
    file.write(Core::writeSidecar(document.article, document.annotations));
    if (!file.commit())
        return Core::Error{QStringLiteral("cannot write the recovery file %1: %2").arg(file.fileName(), file.errorString())};
    return Core::Done{};
}

std::optional<QDateTime> RecoveryStore::pendingFor(const QString &articlePath) const
{
    const QFileInfo info(pathFor(articlePath));
    if (!info.exists())
        return std::nullopt;
    return info.lastModified();
}

Core::Result<Core::AnnotationSet> RecoveryStore::read(const Core::Article &article) const
{
    const QString path = pathFor(article.sourcePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{QStringLiteral("cannot read the recovery file %1: %2").arg(path, file.errorString())};
    Core::Result<Core::SidecarData> data = Core::parseSidecar(file.readAll(), path);
    if (!data)
        return data.error();
    return Core::anchorSidecar(article, *data).annotations;
}

void RecoveryStore::discard(const QString &articlePath) const
{
    QFile::remove(pathFor(articlePath));
}

} // namespace Lede::Ui

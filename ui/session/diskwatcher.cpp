#include "session/diskwatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Lede::Ui {

DiskWatcher::DiskWatcher(QObject *parent)
    : QObject(parent)
{
    // Writers often touch a file several times in a row; look once it has settled.
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &DiskWatcher::checkNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

QByteArray DiskWatcher::digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&file);
    return hash.result();
}

void DiskWatcher::watch(const QStringList &paths)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_known.clear();
    for (const QString &path : paths)
        m_known.insert(path, digestOf(path));
    rearm();
}

void DiskWatcher::remember(const QString &path)
{
    if (m_known.contains(path))
        m_known.insert(path, digestOf(path));
    rearm();
}

void DiskWatcher::rearm()
{
    QSet<QString> folders;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (QFileInfo::exists(it.key()) && !m_watcher.files().contains(it.key()))
            m_watcher.addPath(it.key());
        folders.insert(QFileInfo(it.key()).absolutePath());
    }
    for (const QString &folder : folders)
        if (!m_watcher.directories().contains(folder))
            m_watcher.addPath(folder);
}

void DiskWatcher::checkNow()
{
    QStringList changed;
    for (auto it = m_known.begin(); it != m_known.end(); ++it) {
        const QByteArray now = digestOf(it.key());
        if (now != it.value()) {
            it.value() = now;
            changed.append(it.key());
        }
    }
    rearm();
    for (const QString &path : changed)
        Q_EMIT changedOnDisk(path);
}

} // namespace Lede::Ui

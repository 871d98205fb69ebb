#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Lede::Ui {

/// Notices when the open article or its sidecar changes on disk behind Lede's back.
///
/// It compares file contents, not only time stamps, and is told the contents Lede itself
/// wrote (remember()), so that saving does not report a change. Editors and Lede replace
/// files by renaming, which makes QFileSystemWatcher forget them: the paths are watched again
/// after each event, and their folder is watched for files that appear.
class DiskWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DiskWatcher(QObject *parent = nullptr);

    /// Watches these files (replacing earlier ones), taking their current contents as known.
    void watch(const QStringList &paths);
    /// Takes the file's current contents as known (after Lede wrote it).
    void remember(const QString &path);
    /// Checks every watched file now; normally this happens shortly after a change event.
    void checkNow();

Q_SIGNALS:
    /// A watched file has contents Lede does not know (or disappeared).
    void changedOnDisk(const QString &path);

private:
    static QByteArray digestOf(const QString &path);
    void rearm();

    QFileSystemWatcher m_watcher;
    QHash<QString, QByteArray> m_known; // path -> digest ("" when the file does not exist)
    QTimer m_settle;
};

} // namespace Lede::Ui

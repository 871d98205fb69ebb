#include "session/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Lede::Ui {
namespace {
const QString kKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > Maximum)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, files);
}

} // namespace Lede::Ui

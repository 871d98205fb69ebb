#pragma once

#include <QStringList>

namespace Lede::Ui {

/// The articles opened last, most recent first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int Maximum = 10;

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace Lede::Ui

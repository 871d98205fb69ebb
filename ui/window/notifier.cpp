#include "window/notifier.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace Lede::Ui {

void MessageBoxNotifier::warn(const QString &title, const QString &message)
{
    QMessageBox::warning(m_parent, title, message);
}

Notifier::Answer MessageBoxNotifier::ask(const QString &title, const QString &question, bool cancel)
{
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No;
    if (cancel)
        buttons |= QMessageBox::Cancel;
    switch (QMessageBox::question(m_parent, title, question, buttons, QMessageBox::Yes)) {
    case QMessageBox::Yes: return Answer::Yes;
    case QMessageBox::No: return Answer::No;
    default: return Answer::Cancel;
    }
}

QString MessageBoxNotifier::askOpenPath(const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(m_parent, title, QString(), filter);
}

QString MessageBoxNotifier::askSavePath(const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(m_parent, title, suggested, filter);
}

QString MessageBoxNotifier::askDirectory(const QString &title, const QString &start)
{
    return QFileDialog::getExistingDirectory(m_parent, title, start);
}

QString MessageBoxNotifier::askText(const QString &title, const QString &label)
{
    return QInputDialog::getText(m_parent, title, label);
}

} // namespace Lede::Ui

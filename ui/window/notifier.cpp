#include "window/notifier.h"

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

} // namespace Lede::Ui

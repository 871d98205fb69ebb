#pragma once

#include <QString>

class QWidget;

namespace Lede::Ui {

/// How the window tells the user something or asks a question, a file name or a line of text.
/// The window never opens a message box or a file dialog itself: it goes through this
/// interface, which tests replace with one that records messages and answers from a script
/// instead of blocking on a modal dialog.
class Notifier
{
public:
    enum class Answer { Yes, No, Cancel };

    virtual ~Notifier() = default;
    virtual void warn(const QString &title, const QString &message) = 0;
    /// A yes/no question; with `cancel`, the user may also back out.
    virtual Answer ask(const QString &title, const QString &question, bool cancel = false) = 0;

    // Each of these returns an empty string when the user backs out.
    /// An existing file to read; `filter` as for QFileDialog ("Articles (*.txt);;All files (*)").
    virtual QString askOpenPath(const QString &title, const QString &filter) = 0;
    /// A file to write, starting from `suggested`.
    virtual QString askSavePath(const QString &title, const QString &suggested, const QString &filter) = 0;
    virtual QString askDirectory(const QString &title, const QString &start) = 0;
    virtual QString askText(const QString &title, const QString &label) = 0;
};

/// The real thing: message boxes and file dialogs over a parent window.
class MessageBoxNotifier : public Notifier
{
public:
    explicit MessageBoxNotifier(QWidget *parent) : m_parent(parent) {}
    void warn(const QString &title, const QString &message) override;
    Answer ask(const QString &title, const QString &question, bool cancel) override;
    QString askOpenPath(const QString &title, const QString &filter) override;
    QString askSavePath(const QString &title, const QString &suggested, const QString &filter) override;
    QString askDirectory(const QString &title, const QString &start) override;
    QString askText(const QString &title, const QString &label) override;

private:
    QWidget *m_parent;
};

} // namespace Lede::Ui

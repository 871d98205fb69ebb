#pragma once

#include <QString>

class QWidget;

namespace Lede::Ui {

/// How the window tells the user something or asks a question. The window never opens a
/// message box itself: it goes through this interface, which tests replace with one that
/// records messages and answers from a script instead of blocking on a modal dialog.
class Notifier
{
public:
    enum class Answer { Yes, No, Cancel };

    virtual ~Notifier() = default;
    virtual void warn(const QString &title, const QString &message) = 0;
    /// A yes/no question; with `cancel`, the user may also back out.
    virtual Answer ask(const QString &title, const QString &question, bool cancel = false) = 0;
};

/// The real thing: message boxes over a parent window.
class MessageBoxNotifier : public Notifier
{
public:
    explicit MessageBoxNotifier(QWidget *parent) : m_parent(parent) {}
    void warn(const QString &title, const QString &message) override;
    Answer ask(const QString &title, const QString &question, bool cancel) override;

private:
    QWidget *m_parent;
};

} // namespace Lede::Ui

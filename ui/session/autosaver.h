#pragma once

#include "session/recoverystore.h"

#include <QObject>
#include <QTimer>

namespace Lede::Ui {

class DocumentSession;

/// Writes unsaved work to the recovery store every minute and whenever asked (the window asks
/// when it loses focus), and removes the recovery file once the work is saved or closed.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    Autosaver(DocumentSession *session, RecoveryStore store, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Writes the recovery file now if there are unsaved changes; returns whether it wrote.
    bool autosaveNow();
    /// Removes the recovery file of the open article (saved, or changes discarded).
    void discard();
    const RecoveryStore &store() const { return m_store; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    DocumentSession *m_session;
    RecoveryStore m_store;
    QTimer m_timer;
};

} // namespace Lede::Ui

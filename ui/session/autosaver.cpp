#include "session/autosaver.h"

#include "session/documentsession.h"

namespace Lede::Ui {

Autosaver::Autosaver(DocumentSession *session, RecoveryStore store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(std::move(store))
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    m_timer.start();
    connect(session, &DocumentSession::saved, this, &Autosaver::discard);
}

bool Autosaver::autosaveNow()
{
    if (!m_session->hasDocument() || !m_session->isDirty())
        return false;
    const auto written = m_store.write(m_session->document());
    if (!written) {
        Q_EMIT failed(written.errorMessage());
        return false;
    }
    return true;
}

void Autosaver::discard()
{
    if (m_session->hasDocument())
        m_store.discard(m_session->articlePath());
}

} // namespace Lede::Ui

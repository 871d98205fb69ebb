#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Lede::Ui {

class DocumentFlow;
class DocumentSession;
class Notifier;

/// The File menu's ways in and out besides open and save: Open URL, Export in each format
/// the core knows, and Export Report. Asks for paths with file dialogs; the work itself is
/// done by core (exportDocument, writeReport) and the page downloader.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(DocumentSession *session, DocumentFlow *flow, Notifier *notifier, QWidget *window);

    void setNotifier(Notifier *notifier) { m_notifier = notifier; }
    void fillOpenUrl(QMenu *menu);
    void fillExport(QMenu *menu);

    /// Writes the review report of the open document; false (after telling the user) on failure.
    bool exportReport(const QString &path);
    bool exportAs(const QString &formatId, const QString &path);

private:
    void openUrl();
    QString suggestedPath(const QString &suffix) const;

    DocumentSession *m_session;
    DocumentFlow *m_flow;
    Notifier *m_notifier;
    QWidget *m_window;
};

} // namespace Lede::Ui

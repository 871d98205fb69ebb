#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Lede::Ui {

class DocumentFlow;
class DocumentSession;
class Notifier;

/// The File menu's ways in and out besides open and save: Open URL, Reopen with Encoding,
/// Export in each format
/// the core knows, Export Report and Print Report to PDF. Asks for paths through the
/// Notifier; the work itself is done by core (exportDocument, writeReport), the report
/// printer and the page downloader.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(DocumentSession *session, DocumentFlow *flow, Notifier *notifier, QWidget *window);

    void setNotifier(Notifier *notifier) { m_notifier = notifier; }
    void fillOpenUrl(QMenu *menu);
    /// File → Reopen with Encoding: the common encodings, the one in use checked.
    void fillEncoding(QMenu *menu);
    void fillExport(QMenu *menu);

    /// Writes the review report of the open document; false (after telling the user) on failure.
    bool exportReport(const QString &path);
    bool exportAs(const QString &formatId, const QString &path);
    /// Prints the review report to a PDF file; false (after telling the user) on failure.
    bool printReport(const QString &path);

private:
    void openUrl();
    QString suggestedPath(const QString &suffix) const;

    DocumentSession *m_session;
    DocumentFlow *m_flow;
    Notifier *m_notifier;
};

} // namespace Lede::Ui

#include "window/fileactions.h"

#include "exchange/exportformats.h"
#include "import/charsets.h"
#include "report/reportprinter.h"
#include "import/net/pagedownloader.h"
#include "review/reportwriter.h"
#include "session/documentsession.h"
#include "window/documentflow.h"
#include "window/notifier.h"

#include <QDir>
#include <QFileInfo>
#include <QActionGroup>
#include <QMenu>
#include <QStandardPaths>
#include <QUrl>

namespace Lede::Ui {

FileActions::FileActions(DocumentSession *session, DocumentFlow *flow, Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_flow(flow)
    , m_notifier(notifier)
{
}

void FileActions::fillOpenUrl(QMenu *menu)
{
    QAction *action = menu->addAction(tr("Open &URL…"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(action, &QAction::triggered, this, &FileActions::openUrl);
}

void FileActions::fillEncoding(QMenu *menu)
{
    QMenu *encodings = menu->addMenu(tr("Reopen with &Encoding"));
    auto *group = new QActionGroup(encodings);
    const auto addChoice = [this, encodings, group](const QString &text, const QString &encoding) {
        QAction *action = encodings->addAction(text);
        action->setCheckable(true);
        action->setData(encoding);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, encoding] { m_flow->reopenWithEncoding(encoding); });
    };
    addChoice(tr("Detect Automatically"), QString());
    encodings->addSeparator();
    for (const QString &name : Core::Charsets::commonEncodings())
        addChoice(name, name);

    // Only text is read in an encoding: a PDF brings its own.
    const auto update = [this, encodings, group] {
        const bool text = m_session->hasDocument() && m_session->document().format != QLatin1String(Core::ImportFormat::Pdf);
        encodings->setEnabled(text);
        const QString chosen = text ? Core::Charsets::canonicalName(m_session->document().chosenEncoding) : QString();
        for (QAction *action : group->actions())
            action->setChecked(text && Core::Charsets::canonicalName(action->data().toString()) == chosen);
    };
    connect(encodings, &QMenu::aboutToShow, this, update);
    connect(m_flow, &DocumentFlow::opened, this, update);
    update();
}

void FileActions::fillExport(QMenu *menu)
{
    QMenu *exportMenu = menu->addMenu(tr("&Export"));
    for (const Core::ExportFormat &format : Core::exportFormats()) {
        QAction *action = exportMenu->addAction(format.name + QStringLiteral("…"));
        const QString id = format.id;
        const QString filter = format.fileDialogFilter();
        const QString suffix = format.suffixes.value(0);
        connect(action, &QAction::triggered, this, [this, id, filter, suffix] {
            if (!m_session->hasDocument())
                return;
            const QString path = m_notifier->askSavePath(tr("Export annotations"), suggestedPath(suffix), filter);
            if (!path.isEmpty())
                exportAs(id, path);
        });
    }
    QAction *report = menu->addAction(tr("Export &Report…"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(report, &QAction::triggered, this, [this] {
        if (!m_session->hasDocument())
            return;
        const QString path = m_notifier->askSavePath(tr("Export report"), suggestedPath(QStringLiteral(".report.html")),
                                                     tr("HTML report (*.html)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    QAction *print = menu->addAction(tr("&Print Report to PDF…"));
    print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(print, &QAction::triggered, this, [this] {
        if (!m_session->hasDocument())
            return;
        const QString path = m_notifier->askSavePath(tr("Print report to PDF"), suggestedPath(QStringLiteral(".report.pdf")),
                                                     tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            printReport(path);
    });
}

QString FileActions::suggestedPath(const QString &suffix) const
{
    const QFileInfo article(m_session->articlePath());
    return article.dir().filePath(article.completeBaseName() + suffix);
}

bool FileActions::exportAs(const QString &formatId, const QString &path)
{
    const auto written = Core::exportDocument(m_session->document(), formatId, path);
    if (!written) {
        m_notifier->warn(tr("Not exported"), written.errorMessage());
        return false;
    }
    return true;
}

bool FileActions::exportReport(const QString &path)
{
    const auto written = Core::writeFileAtomically(path, Core::Review::writeReport(m_session->document()));
    if (!written) {
        m_notifier->warn(tr("Report not written"), written.errorMessage());
        return false;
    }
    return true;
}

bool FileActions::printReport(const QString &path)
{
    const auto printed = printReportToPdf(m_session->document(), path);
    if (!printed) {
        m_notifier->warn(tr("Report not printed"), printed.errorMessage());
        return false;
    }
    return true;
}

void FileActions::openUrl()
{
    const QString text = m_notifier->askText(tr("Open URL"), tr("Address of the article:"));
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty() || !url.isValid())
        return;
    const QString directory = m_notifier->askDirectory(tr("Save a copy of the page in"),
                                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (directory.isEmpty())
        return;
    auto *downloader = new Net::PageDownloader(this);
    connect(downloader, &Net::PageDownloader::saved, this, [this, downloader](const QString &path) {
        downloader->deleteLater();
        m_flow->open(path);
    });
    connect(downloader, &Net::PageDownloader::failed, this, [this, downloader](const QString &message) {
        downloader->deleteLater();
        m_notifier->warn(tr("The page could not be opened"), message);
    });
    downloader->start(url, directory);
}

} // namespace Lede::Ui

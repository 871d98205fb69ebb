#include "window/mainwindow.h"

#include "editor/articleview.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace Lede::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new ArticleView(this))
{
    setCentralWidget(m_view);
    setWindowTitle(QStringLiteral("Lede"));
    resize(1100, 800);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    QAction *saveAction = file->addAction(tr("&Save"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &MainWindow::save);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open article"), QString(),
                                                      tr("Articles (*.txt *.md *.html *.htm);;All files (*)"));
    if (!path.isEmpty())
        openArticle(path);
}

bool MainWindow::openArticle(const QString &path)
{
    Core::Result<Core::ArticleDocument> opened = Core::ArticleDocument::open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the article"), opened.errorMessage());
        return false;
    }
    m_document = std::move(opened).value();
    m_document->suggestIfNew(m_extractor);
    if (!m_document->sidecarProblem.isEmpty())
        QMessageBox::warning(this, tr("The annotations could not be read"),
                             tr("%1\n\nThe article is shown without them, and Lede will not save over "
                                "the file.").arg(m_document->sidecarProblem));
    m_view->showArticle(m_document->article.text, &m_document->annotations);
    setWindowTitle(QStringLiteral("%1 — Lede").arg(QFileInfo(path).fileName()));
    updateStatus();
    return true;
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    const auto saved = m_document->save();
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.errorMessage());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->sidecarPath()), 4000);
    return true;
}

void MainWindow::updateStatus()
{
    if (!m_document)
        return;
    int reviewed = 0;
    for (const Core::Annotation &a : m_document->annotations.annotations())
        reviewed += a.isReviewed() ? 1 : 0;
    statusBar()->showMessage(tr("%1 of %2 reviewed").arg(reviewed).arg(m_document->annotations.size()));
}

} // namespace Lede::Ui

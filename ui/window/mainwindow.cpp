#include "window/mainwindow.h"

#include "commands/correctionactions.h"
#include "commands/correctioncontroller.h"
#include "edit/navigation.h"
#include "edit/vocabulary.h"
#include "editor/annotationhighlighter.h"
#include "editor/articleview.h"
#include "panels/entitiesmodel.h"
#include "panels/inspector.h"
#include "panels/legend.h"
#include "panels/orphansmodel.h"
#include "panels/panels.h"
#include "review/articlestrip.h"
#include "review/reviewpane.h"
#include "session/autosaver.h"
#include "session/documentsession.h"
#include "session/recentfiles.h"
#include "theme/themecatalog.h"
#include "window/documentflow.h"
#include "window/fileactions.h"
#include "window/notifier.h"
#include "window/reviewpresenter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace Lede::Ui {
namespace {

template <typename Slot>
QAction *addMenuAction(QMenu *menu, const QString &text, const QKeySequence &key, const QObject *context, Slot slot)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(key);
    QObject::connect(action, &QAction::triggered, context, slot);
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_themes(std::make_unique<ThemeCatalog>())
    , m_notifier(std::make_unique<MessageBoxNotifier>(this))
    , m_session(new DocumentSession(this))
    , m_view(new ArticleView(this))
    , m_controller(new CorrectionController(m_session, m_view, this))
    , m_actions(new CorrectionActions(m_controller, m_view, this))
    , m_autosaver(new Autosaver(m_session, RecoveryStore(), this))
    , m_flow(new DocumentFlow(m_session, m_autosaver, m_notifier.get(), this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // The editor with the article strip beside its scroll bar.
    m_strip = new ArticleStrip(this);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QHBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_strip);
    setCentralWidget(centre);
    m_fileActions = new FileActions(m_session, m_flow, m_notifier.get(), this);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    resize(1440, 900);
    m_view->setContextActions(m_actions->contextActions());

    createDocks();
    createMenus();

    m_progress->setRange(0, 0); // busy: the extractor reports no steps
    m_progress->setMaximumWidth(140);
    m_progress->setFormat(tr("Extracting"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_counts);

    connect(m_session, &DocumentSession::reset, this, &MainWindow::showArticle);
    connect(m_session, &DocumentSession::changed, this, [this](const Core::ChangeSet &change) {
        m_view->highlighter()->rehighlightRange(change.affectedRange());
        updateCounts();
    });
    connect(m_session, &DocumentSession::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &CorrectionController::message, this, [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(m_flow, &DocumentFlow::status, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_flow, &DocumentFlow::extractionRunning, m_progress, &QWidget::setVisible);
    connect(m_flow, &DocumentFlow::opened, this, [this](const QString &path) {
        RecentFiles::add(path);
        fillRecentMenu();
        updateTitle();
    });
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &m) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(m), 10000);
    });

    restoreSettings();
    updateTitle();
    updateCounts();
}

MainWindow::~MainWindow()
{
    m_flow->extraction()->waitForFinished();
}

void MainWindow::createDocks()
{
    m_inspector = new Inspector(m_session, m_controller, this);
    m_entities = new EntitiesPanel(m_session, this);
    m_quotes = new QuotesPanel(m_session, this);
    m_claims = new ClaimsPanel(m_session, this);
    m_orphans = new OrphansPanel(m_session, this);

    QHash<QString, QString> keys;
    for (QAction *a : m_actions->tagActions())
        keys.insert(a->property("tagKey").toString(), a->shortcut().toString(QKeySequence::NativeText));
    m_legend = new Legend(keys, this);
    auto *legendScroll = new QScrollArea(this);
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);

    m_panelsMenu = new QMenu(tr("&Panels"), this);
    QDockWidget *inspector = addPane(m_inspector, tr("Inspector"), QStringLiteral("InspectorDock"));
    QDockWidget *entities = addPane(m_entities, tr("Entities"), QStringLiteral("EntitiesDock"));
    QDockWidget *quotes = addPane(m_quotes, tr("Quotes"), QStringLiteral("QuotesDock"), Qt::BottomDockWidgetArea);
    QDockWidget *claims = addPane(m_claims, tr("Claims"), QStringLiteral("ClaimsDock"), Qt::BottomDockWidgetArea);
    QDockWidget *legend = addPane(legendScroll, tr("Legend"), QStringLiteral("LegendDock"), Qt::LeftDockWidgetArea);
    m_orphansDock = addPane(m_orphans, tr("Orphans"), QStringLiteral("OrphansDock"), Qt::BottomDockWidgetArea);
    m_review = new ReviewPane(this);
    QDockWidget *review = addPane(m_review, tr("Review"), QStringLiteral("ReviewDock"));
    tabifyDockWidget(entities, review);
    entities->raise();
    m_reviewPresenter = new ReviewPresenter(m_session, m_controller, m_view, m_review, m_strip, this);
    splitDockWidget(inspector, entities, Qt::Vertical);
    tabifyDockWidget(quotes, claims);
    tabifyDockWidget(quotes, m_orphansDock);
    // Claims first: it leads with the unbacked accusations in the author's voice.
    claims->raise();
    resizeDocks({legend, inspector}, {220, 360}, Qt::Horizontal);
    resizeDocks({quotes}, {190}, Qt::Vertical);

    connect(m_controller, &CorrectionController::currentChanged, m_inspector, &Inspector::showAnnotation);
    connect(m_controller, &CorrectionController::currentChanged, this, [this](const QString &id) {
        m_quotes->showId(id);
        m_claims->showId(id);
        const Core::Annotation *a = m_session->hasDocument() ? m_session->annotations().find(id) : nullptr;
        if (a && a->layer == Core::Layer::Entity)
            m_entities->showId(a->link(QString::fromLatin1(Core::LinkRole::Entity)));
    });
    connect(m_actions->noteAction(), &QAction::triggered, m_inspector, &Inspector::editNote);
    connect(m_inspector, &Inspector::done, m_view, [this] { m_view->setFocus(); });
    connect(m_entities, &TablePanel::picked, this, [this](const QString &entityId) {
        QList<Core::Span> spans;
        for (const Core::Annotation *m : m_session->annotations().mentionsOf(entityId))
            if (m->isActive())
                spans.append(m->span);
        m_view->setOutlinedSpans(spans);
    });
    connect(m_entities, &TablePanel::activated, this, [this](const QString &entityId) {
        const auto mentions = m_session->annotations().mentionsOf(entityId);
        if (!mentions.isEmpty())
            m_controller->setCurrent(mentions.first()->id);
        m_view->setFocus();
    });
    connect(m_quotes, &TablePanel::picked, m_controller, &CorrectionController::setCurrent);
    connect(m_quotes, &TablePanel::activated, m_view, [this] { m_view->setFocus(); });
    connect(m_claims, &TablePanel::picked, m_controller, &CorrectionController::setCurrent);
    connect(m_claims, &TablePanel::activated, m_view, [this] { m_view->setFocus(); });
    connect(m_orphans, &OrphansPanel::placeRequested, m_controller, &CorrectionController::placeOrphan);
    connect(m_legend, &Legend::layerToggled, this,
            [this](Core::Layer layer, bool shown) { m_view->highlighter()->setLayerHidden(layer, !shown); });
}

QDockWidget *MainWindow::addPane(QWidget *pane, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    if (m_panelsMenu)
        m_panelsMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addMenuAction(file, tr("&Open…"), QKeySequence::Open, this, [this] { chooseAndOpen(); });
    m_fileActions->fillOpenUrl(file);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    fillRecentMenu();
    m_fileActions->fillEncoding(file);
    addMenuAction(file, tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    file->addSeparator();
    m_fileActions->fillExport(file);
    file->addSeparator();
    addMenuAction(file, tr("Run &Extraction Again"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), m_flow,
                  [this] { m_flow->runExtractionAgain(); });
    file->addSeparator();
    addMenuAction(file, tr("&Quit"), QKeySequence::Quit, this, [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    // Undoing from the keyboard changes what is shown without moving it into view: say what.
    connect(undo, &QAction::triggered, this,
            [this] { statusBar()->showMessage(tr("Undone: %1").arg(m_session->undoStack()->redoText()), 6000); });
    connect(redo, &QAction::triggered, this,
            [this] { statusBar()->showMessage(tr("Redone: %1").arg(m_session->undoStack()->undoText()), 6000); });

    m_actions->fillTagMenu(menuBar()->addMenu(tr("&Tag")));
    m_actions->fillReviewMenu(menuBar()->addMenu(tr("&Review")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    for (const QString &name : m_themes->names()) {
        QAction *a = themes->addAction(name);
        a->setCheckable(true);
        a->setData(name);
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { applyTheme(name); });
    }
    connect(themes, &QMenu::aboutToShow, this, [this, themeGroup] {
        for (QAction *a : themeGroup->actions())
            a->setChecked(a->data().toString() == m_theme);
    });
    view->addMenu(m_panelsMenu);
}

void MainWindow::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifier = std::move(notifier);
    m_flow->setNotifier(m_notifier.get());
    m_fileActions->setNotifier(m_notifier.get());
}

const std::optional<Core::ArticleDocument> &MainWindow::document() const
{
    return m_session->documentIfAny();
}

bool MainWindow::openArticle(const QString &path)
{
    return m_flow->open(path);
}

bool MainWindow::save()
{
    return m_flow->save();
}

void MainWindow::chooseAndOpen()
{
    const QString path = m_notifier->askOpenPath(tr("Open article"),
                                                 tr("Articles (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)"));
    if (!path.isEmpty())
        openArticle(path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = addMenuAction(m_recentMenu, QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                        QKeySequence(), this, [this, path] { openArticle(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showArticle()
{
    if (!m_session->hasDocument()) {
        m_view->clearArticle();
    } else {
        m_view->showArticle(m_session->text(), &m_session->annotations());
        m_view->setFocus();
    }
    m_orphansDock->setVisible(m_orphans->model()->rowCount() > 0);
    updateTitle();
    updateCounts();
}

void MainWindow::updateTitle()
{
    if (!m_session->hasDocument()) {
        setWindowTitle(QStringLiteral("Lede"));
        return;
    }
    // The [*] placeholder shows the platform's unsaved-changes marker.
    setWindowTitle(QStringLiteral("%1[*] — Lede").arg(QFileInfo(m_session->articlePath()).fileName()));
    setWindowModified(m_session->isDirty());
}

void MainWindow::updateCounts()
{
    if (!m_session->hasDocument()) {
        m_counts->clear();
        return;
    }
    const Core::ReviewCounts c = Core::reviewCounts(m_session->annotations());
    m_counts->setText(tr("%1 suggested · %2 accepted · %3 rejected · %4 added   <b>%5 of %6 reviewed</b>")
                          .arg(c.suggested)
                          .arg(c.accepted)
                          .arg(c.rejected)
                          .arg(c.added)
                          .arg(c.reviewed())
                          .arg(c.total()));
}

void MainWindow::applyTheme(const QString &name)
{
    const AnnotationPalette palette = m_themes->palette(name);
    m_theme = palette.name;
    setPalette(palette.widgetPalette(QApplication::palette()));
    m_view->setAnnotationPalette(palette);
    m_legend->setPalette(palette);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    applyTheme(settings.value(QStringLiteral("view/theme"), ThemeCatalog::defaultName()).toString());
    const QStringList hidden = settings.value(QStringLiteral("view/hiddenLayers")).toStringList();
    for (const Core::Layer layer : Core::reviewLayers()) {
        const bool shown = !hidden.contains(Core::layerName(layer));
        m_legend->setLayerShown(layer, shown);
        m_view->highlighter()->setLayerHidden(layer, !shown);
    }
    m_actions->unreviewedOnlyAction()->setChecked(settings.value(QStringLiteral("review/unreviewedOnly")).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/theme"), m_theme);
    QStringList hidden;
    for (const Core::Layer layer : m_view->highlighter()->hiddenLayers())
        hidden.append(Core::layerName(layer));
    settings.setValue(QStringLiteral("view/hiddenLayers"), hidden);
    settings.setValue(QStringLiteral("review/unreviewedOnly"), m_actions->unreviewedOnlyAction()->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_flow->confirmClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Losing focus is when work is most often lost (a crash elsewhere, a forgotten window):
    // write the recovery file then.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        m_autosaver->autosaveNow();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openArticle(urls.first().toLocalFile());
    }
}

} // namespace Lede::Ui

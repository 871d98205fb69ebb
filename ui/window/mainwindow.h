#pragma once

#include "io/articledocument.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;

namespace Lede::Ui {

class ArticleView;
class Autosaver;
class CorrectionActions;
class CorrectionController;
class DocumentFlow;
class DocumentSession;
class ArticleStrip;
class ClaimsPanel;
class EntitiesPanel;
class FileActions;
class Inspector;
class Legend;
class Notifier;
class OrphansPanel;
class QuotesPanel;
class ReviewPane;
class ReviewPresenter;
class ThemeCatalog;

/// The composition root of the workbench: creates the editor, the panels and the services,
/// connects them and lays them out. The work itself is done by the session (data and undo),
/// the controller (corrections), the flow (open, save, recover, reload) and the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an article with its sidecar; returns false (after telling the user) on failure.
    bool openArticle(const QString &path);
    bool save();

    /// Replaces how the window tells and asks the user (tests record instead of showing boxes).
    void setNotifier(std::unique_ptr<Notifier> notifier);
    /// Adds a pane docked on the right, tabbed with the other panes, listed in View > Panels.
    /// The review views add themselves through this.
    QDockWidget *addPane(QWidget *pane, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area = Qt::RightDockWidgetArea);

    const std::optional<Core::ArticleDocument> &document() const;
    DocumentSession *session() const { return m_session; }
    CorrectionController *controller() const { return m_controller; }
    DocumentFlow *flow() const { return m_flow; }
    Autosaver *autosaver() const { return m_autosaver; }
    ArticleView *articleView() const { return m_view; }
    void applyTheme(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void chooseAndOpen();
    void fillRecentMenu();
    void updateTitle();
    void updateCounts();
    void showArticle();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<ThemeCatalog> m_themes;
    std::unique_ptr<Notifier> m_notifier;
    FileActions *m_fileActions = nullptr;
    ReviewPane *m_review = nullptr;
    ArticleStrip *m_strip = nullptr;
    ReviewPresenter *m_reviewPresenter = nullptr;
    DocumentSession *m_session;
    ArticleView *m_view;
    CorrectionController *m_controller;
    CorrectionActions *m_actions;
    Autosaver *m_autosaver;
    DocumentFlow *m_flow;
    EntitiesPanel *m_entities = nullptr;
    QuotesPanel *m_quotes = nullptr;
    ClaimsPanel *m_claims = nullptr;
    OrphansPanel *m_orphans = nullptr;
    Inspector *m_inspector = nullptr;
    Legend *m_legend = nullptr;
    QDockWidget *m_orphansDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QString m_theme;
};

} // namespace Lede::Ui

#pragma once

#include "review/review.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Lede::Ui {

class ShareBarChart;
class VoicesTableModel;

/// The review pane beside the editor: Summary, Voices (table and share chart, shares by
/// side), Sources and Voice map, showing a review Core::Review computed from the annotations.
///
/// Use: showReview() with each new review (ReviewRunner computes them off the GUI thread).
/// Clicking a row, a bar or an item emits annotationsActivated() with the ids to select.
/// Editing a speaker's side emits sideChangeRequested(); the owner applies it
/// (Core::Review::setSpeakerSide, undoable) and shows the review that follows.
class ReviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPane(QWidget *parent = nullptr);

    /// Shows a review; an empty ArticleReview clears the pane. The Sources and Voice map
    /// trees, thousands of rows on a long article, are filled when their page is shown.
    void showReview(const Core::Review::ArticleReview &review);

    const Core::Review::ArticleReview &review() const { return m_review; }
    VoicesTableModel *voicesModel() const { return m_voicesModel; }
    QTableView *voicesView() const { return m_voicesView; }
    ShareBarChart *shareChart() const { return m_chart; }
    QTreeWidget *sourcesTree() const { return m_sourcesTree; }
    QTreeWidget *voiceMapTree() const { return m_voiceMapTree; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void annotationsActivated(const QStringList &ids);
    void sideChangeRequested(const QString &speakerKey, const QString &side);

private:
    QWidget *createSummaryTab();
    QWidget *createVoicesTab();
    void showSummary();
    void showVoices();
    void showSources();
    void showVoiceMap();
    void fillCurrentTree();
    void activateItem(QTreeWidgetItem *item);

    Core::Review::ArticleReview m_review;
    bool m_sourcesStale = false;
    bool m_voiceMapStale = false;

    QTabWidget *m_tabs;
    QLabel *m_summary = nullptr;
    VoicesTableModel *m_voicesModel;
    QSortFilterProxyModel *m_voicesProxy;
    QTableView *m_voicesView = nullptr;
    ShareBarChart *m_chart = nullptr;
    ShareBarChart *m_sideChart = nullptr;
    QLabel *m_sideNote = nullptr;
    QTreeWidget *m_sourcesTree;
    QTreeWidget *m_voiceMapTree;
};

} // namespace Lede::Ui

#pragma once

#include "model/annotationset.h"
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
/// side), Sources and Voice map, all computed by Core::Review from the live annotations.
///
/// Use: setDocument() when an article opens, refresh() after every edit. Clicking a row, a
/// bar or an item emits annotationsActivated() with the ids to select. Editing a speaker's
/// side emits sideChangeRequested(); the owner applies it (Core::Review::setSpeakerSide,
/// undoable) and calls refresh().
class ReviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPane(QWidget *parent = nullptr);

    /// The annotations and text to review; the set is not copied and must outlive the pane
    /// or be replaced (nullptr clears the pane).
    void setDocument(const Core::AnnotationSet *annotations, const QString &text);
    /// Recomputes every figure from the current annotations.
    void refresh();

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
    void activateItem(QTreeWidgetItem *item);

    const Core::AnnotationSet *m_annotations = nullptr;
    QString m_text;
    Core::Review::ArticleReview m_review;

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

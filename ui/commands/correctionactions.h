#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Lede::Ui {

class CorrectionController;

/// The keyboard of the workbench: one QAction per correction, with its key, shown in the
/// menus, the context menu and the legend. The actions are bound to the editor
/// (Qt::WidgetWithChildrenShortcut), so that single-letter keys never fire while the analyst
/// types in a panel.
class CorrectionActions : public QObject
{
    Q_OBJECT
public:
    CorrectionActions(CorrectionController *controller, QWidget *editor, QObject *parent = nullptr);

    /// "Tag" menu: one action per layer and label that has a key.
    const QList<QAction *> &tagActions() const { return m_tag; }
    /// "Review" menu: accept, reject, navigation, resizing, links, notes.
    const QList<QAction *> &reviewActions() const { return m_review; }
    /// What the context menu offers (nullptr separates groups).
    QList<QAction *> contextActions() const;
    QAction *unreviewedOnlyAction() const { return m_unreviewedOnly; }
    QAction *noteAction() const { return m_note; }

    void fillTagMenu(QMenu *menu) const;
    void fillReviewMenu(QMenu *menu) const;

private:
    QAction *make(const QString &text, const QKeySequence &key, QList<QAction *> &into);

    CorrectionController *m_controller;
    QWidget *m_editor;
    QList<QAction *> m_tag;
    QList<QAction *> m_review;
    QAction *m_accept = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_linkSpeaker = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_split = nullptr;
    QAction *m_note = nullptr;
    QAction *m_unreviewedOnly = nullptr;
};

} // namespace Lede::Ui

#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Lede::Core {
struct ChangeSet;
}

namespace Lede::Ui {

class DocumentSession;

/// A table whose rows are ids of annotations or entities of the open document. Subclasses
/// say which ids belong and what the columns show; this class keeps the rows and emits the
/// granular insert/remove/change signals for edits (a reset only on reload), so that views
/// keep their selection and scroll position while the analyst works.
class IdRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit IdRowModel(DocumentSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QString idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }

    /// The role whose data is the row's id.
    static constexpr int IdRole = Qt::UserRole + 1;

protected:
    DocumentSession *session() const { return m_session; }
    /// All ids in their initial order, after a reload.
    virtual QStringList collectIds() = 0;
    /// Brings one id up to date after an edit: inserts it, removes it or refreshes its row.
    void syncId(const QString &id, bool belongs);
    /// Repaints the rows of these ids, a run of neighbouring rows at a time: one signal
    /// spanning the table would make a view measure every row of it.
    void refreshIds(const QSet<QString> &ids);
    void reload();
    /// Reloads instead of following a change of thousands of annotations (the rest of a long
    /// article arriving, or its undo), where row by row each removal would renumber every
    /// row after it. True when it did; the caller then has nothing left to do.
    bool reloadIfLarge(const Core::ChangeSet &change);

private:
    void rebuildRows();

    DocumentSession *m_session;
    QStringList m_ids;
    QHash<QString, int> m_rows;
};

} // namespace Lede::Ui

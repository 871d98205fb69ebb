#include "panels/idrowmodel.h"

#include "edit/changeset.h"
#include "session/documentsession.h"

#include <algorithm>

namespace Lede::Ui {

IdRowModel::IdRowModel(DocumentSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &DocumentSession::aboutToReset, this, [this] { beginResetModel(); });
    connect(session, &DocumentSession::reset, this, [this] {
        m_ids = m_session->hasDocument() ? collectIds() : QStringList();
        rebuildRows();
        endResetModel();
    });
}

int IdRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

void IdRowModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_ids.size(); ++i)
        m_rows.insert(m_ids[i], i);
}

void IdRowModel::reload()
{
    beginResetModel();
    m_ids = m_session->hasDocument() ? collectIds() : QStringList();
    rebuildRows();
    endResetModel();
}

bool IdRowModel::reloadIfLarge(const Core::ChangeSet &change)
{
    constexpr qsizetype LargeChange = 1000;
    if (change.annotations.size() + change.entities.size() < LargeChange)
        return false;
    reload();
    return true;
}

void IdRowModel::syncId(const QString &id, bool belongs)
{
    const int row = rowOf(id);
    if (belongs && row < 0) {
        const int at = int(m_ids.size());
        beginInsertRows({}, at, at);
        m_ids.append(id);
        m_rows.insert(id, at);
        endInsertRows();
    } else if (!belongs && row >= 0) {
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        rebuildRows();
        endRemoveRows();
    } else if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

void IdRowModel::refreshIds(const QSet<QString> &ids)
{
    QList<int> rows;
    for (const QString &id : ids)
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype last = i;
        while (last + 1 < rows.size() && rows[last + 1] == rows[last] + 1)
            ++last;
        Q_EMIT dataChanged(index(rows[i], 0), index(rows[last], columnCount() - 1));
        i = last + 1;
    }
}

} // namespace Lede::Ui

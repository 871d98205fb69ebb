#pragma once

#include "review/review.h"

#include <QAbstractTableModel>

namespace Lede::Ui {

/// The Voices table: one row per speaker (Core::Review::SpeakerStats). Numbers are returned
/// as numbers under Qt::EditRole so that a QSortFilterProxyModel sorts them as numbers; the
/// Side column is editable and reports edits through sideEdited() (the model never changes
/// annotations itself).
class VoicesTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Speaker, Side, Quotes, Words, Share, Direct, Partial, Indirect, Verbs, Neutral, Loaded, ColumnCount };
    /// The annotation ids behind a row (QStringList), for selecting them in the editor.
    static constexpr int IdsRole = Qt::UserRole + 1;
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit VoicesTableModel(QObject *parent = nullptr);

    /// Shows new figures: changed rows are updated in place when the speakers are the same,
    /// the model is reset only when speakers appeared, left or changed order.
    void setSpeakers(const QList<Core::Review::SpeakerStats> &speakers);
    const QList<Core::Review::SpeakerStats> &speakers() const { return m_speakers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void sideEdited(const QString &speakerKey, const QString &side);

private:
    QList<Core::Review::SpeakerStats> m_speakers;
};

} // namespace Lede::Ui

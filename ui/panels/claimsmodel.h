#pragma once

#include "panels/idrowmodel.h"

namespace Lede::Core {
struct ChangeSet;
}

namespace Lede::Ui {

/// Every active claim: kind, holder, backing, check-worthiness, flag, status and text.
/// SortRole gives each column a key to sort by (numbers for check-worthiness; 0 for an
/// unbacked accusation and 1 otherwise for the flag), PositionRole the claim's place in the
/// article, which breaks ties.
class ClaimsModel : public IdRowModel
{
    Q_OBJECT
public:
    enum Column { Kind, Holder, Backing, Checkworthiness, Flag, Status, Text, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int PositionRole = Qt::UserRole + 3;

    explicit ClaimsModel(DocumentSession *session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QStringList collectIds() override;

private:
    void apply(const Core::ChangeSet &change);
};

} // namespace Lede::Ui

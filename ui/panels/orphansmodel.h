#pragma once

#include "panels/idrowmodel.h"

namespace Lede::Core {
struct ChangeSet;
}

namespace Lede::Ui {

/// Annotations that re-anchoring could not place in the changed article, with the text they
/// last had.
class OrphansModel : public IdRowModel
{
    Q_OBJECT
public:
    enum Column { Kind, LastText, ColumnCount };

    explicit OrphansModel(DocumentSession *session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QStringList collectIds() override;

private:
    void apply(const Core::ChangeSet &change);
};

} // namespace Lede::Ui

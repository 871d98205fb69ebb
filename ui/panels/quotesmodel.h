#pragma once

#include "panels/idrowmodel.h"

namespace Lede::Core {
struct ChangeSet;
}

namespace Lede::Ui {

/// Every active quote: speaker, cue, kind, status and text.
class QuotesModel : public IdRowModel
{
    Q_OBJECT
public:
    enum Column { Speaker, Cue, Kind, Status, Text, ColumnCount };

    explicit QuotesModel(DocumentSession *session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QStringList collectIds() override;

private:
    void apply(const Core::ChangeSet &change);
    QString textOf(const QString &annotationId) const;
};

} // namespace Lede::Ui

#pragma once

#include "panels/idrowmodel.h"

namespace Lede::Core {
struct ChangeSet;
}

namespace Lede::Ui {

/// The canonical entities of the article: name, type and number of active mentions.
class EntitiesModel : public IdRowModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Mentions, ColumnCount };

    explicit EntitiesModel(DocumentSession *session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int mentionCount(const QString &entityId) const { return m_mentions.value(entityId); }

protected:
    QStringList collectIds() override;

private:
    void apply(const Core::ChangeSet &change);

    // Mention counts are kept up to date from each change rather than counted per paint:
    // counting walks every annotation.
    QHash<QString, int> m_mentions;
};

} // namespace Lede::Ui

#pragma once

#include "panels/idrowmodel.h"

#include <QHash>

namespace Lede::Core {
struct Annotation;
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
    /// Keeps m_quotesShowing in step with a listed quote (add) or one that goes (remove).
    void indexLinks(const Core::Annotation &quote, bool add);

    /// The listed quotes whose row shows an annotation (as speaker or cue), by its id: an
    /// edit to a mention repaints those rows without a look at every quote.
    QHash<QString, QStringList> m_quotesShowing;
};

} // namespace Lede::Ui

#pragma once

#include "anchor/reanchorer.h"
#include "exchange/importresult.h"
#include "model/article.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Lede::Core {

/// What importers share once a file is parsed: placing spans in the article (at their
/// offsets when the text there matches, by their text otherwise), keeping the ids a file
/// brings and giving fresh ones to the rest, and resolving links by the file's own ids.
class ImportAssembler
{
public:
    explicit ImportAssembler(const Article &article);

    /// Places a span given in UTF-16 units of the article whose text should be `quote.exact`.
    /// Returns false (and reports at `where`) when it is nowhere in the article.
    bool place(Span expected, const TextQuote &quote, Span *placed, const QString &where);

    /// Records an annotation under the file's own key (a brat T id, a W3C IRI). An empty or
    /// already taken `annotation.id` is replaced by a fresh one when the set is built.
    void addAnnotation(const QString &key, Annotation annotation);
    bool hasKey(const QString &key) const { return m_rowByKey.contains(key); }
    Annotation *byKey(const QString &key);
    void addLink(const QString &fromKey, const QString &role, const QString &toKey, const QString &where);
    void addEntity(Entity entity);
    bool hasEntity(const QString &id) const;

    void problem(const QString &where, const QString &message) { m_result.problems.append({where, message}); }

    /// Builds the set: ids settled, links resolved, entities first.
    ImportResult finish();

private:
    struct PendingLink {
        QString from, role, to, where;
    };
    const Article &m_article;
    Reanchorer m_reanchorer;
    ImportResult m_result;
    QList<Annotation> m_annotations;
    QHash<QString, qsizetype> m_rowByKey;
    QList<PendingLink> m_links;
    QList<Entity> m_entities;
};

} // namespace Lede::Core

#pragma once

#include "model/annotationset.h"
#include "model/article.h"
#include "text/codepointmap.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Lede::Core {

/// What every exporter needs to look up while writing: annotations in document order, their
/// text and code point offsets, and the targets of their links.
class ExportView
{
public:
    ExportView(const Article &article, const AnnotationSet &annotations);

    const Article &article() const { return m_article; }
    const QString &text() const { return m_article.text; }
    const CodePointMap &codePoints() const { return m_map; }

    /// Annotations that have a place in this text (orphans have none), in document order,
    /// rejected suggestions included: formats that record review status keep them.
    const QList<Annotation> &placed() const { return m_placed; }
    /// The placed annotations that are in force (not rejected), optionally of one layer.
    QList<Annotation> active() const;
    QList<Annotation> active(Layer layer) const;

    int start(const Annotation &a) const { return m_map.toCodePoint(a.span.start); }
    int end(const Annotation &a) const { return m_map.toCodePoint(a.span.end); }
    QString textOf(Span span) const { return m_article.text.mid(span.start, span.length()); }
    QString textOf(const Annotation &a) const { return textOf(a.span); }

    /// The placed annotation a link of `a` names, or null when there is none (or it is an orphan).
    const Annotation *linked(const Annotation &a, const QString &role) const;
    const Annotation *placedById(const QString &id) const;
    /// The canonical entity of a mention, or null.
    const Entity *entityOf(const Annotation &mention) const;
    const AnnotationSet &annotations() const { return m_annotations; }

    /// The article's file name, to name the document in formats that carry one.
    QString documentName() const;

private:
    const Article &m_article;
    const AnnotationSet &m_annotations;
    CodePointMap m_map;
    QList<Annotation> m_placed;
    QHash<QString, qsizetype> m_placedRow;
};

} // namespace Lede::Core

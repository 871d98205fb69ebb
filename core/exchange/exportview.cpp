#include "exchange/exportview.h"

#include <QFileInfo>

namespace Lede::Core {

ExportView::ExportView(const Article &article, const AnnotationSet &annotations)
    : m_article(article)
    , m_annotations(annotations)
    , m_map(article.text)
{
    for (const Annotation &a : annotations.sorted()) {
        if (a.isOrphan() || a.span.end > article.text.size() || a.span.start < 0)
            continue;
        m_placedRow.insert(a.id, m_placed.size());
        m_placed.append(a);
    }
}

QList<Annotation> ExportView::active() const
{
    QList<Annotation> out;
    for (const Annotation &a : m_placed)
        if (a.isActive())
            out.append(a);
    return out;
}

QList<Annotation> ExportView::active(Layer layer) const
{
    QList<Annotation> out;
    for (const Annotation &a : m_placed)
        if (a.isActive() && a.layer == layer)
            out.append(a);
    return out;
}

const Annotation *ExportView::placedById(const QString &id) const
{
    const auto it = m_placedRow.constFind(id);
    return it == m_placedRow.cend() ? nullptr : &m_placed[*it];
}

const Annotation *ExportView::linked(const Annotation &a, const QString &role) const
{
    const QString target = a.link(role);
    return target.isEmpty() ? nullptr : placedById(target);
}

const Entity *ExportView::entityOf(const Annotation &mention) const
{
    const QString id = mention.link(QString::fromLatin1(LinkRole::Entity));
    return id.isEmpty() ? nullptr : m_annotations.findEntity(id);
}

QString ExportView::documentName() const
{
    const QString name = QFileInfo(m_article.sourcePath).fileName();
    return name.isEmpty() ? QStringLiteral("article") : name;
}

} // namespace Lede::Core

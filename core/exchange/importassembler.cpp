#include "exchange/importassembler.h"

#include <algorithm>

namespace Lede::Core {

ImportAssembler::ImportAssembler(const Article &article)
    : m_article(article)
    , m_reanchorer(article.text)
{
}

bool ImportAssembler::place(Span expected, const TextQuote &quote, Span *placed, const QString &where)
{
    const int size = int(m_article.text.size());
    const bool inside = expected.start >= 0 && expected.end <= size && expected.start <= expected.end;
    if (inside && m_article.text.mid(expected.start, expected.length()) == quote.exact) {
        *placed = expected;
        return true;
    }
    const Span hint{std::clamp(expected.start, 0, size), std::clamp(expected.end, 0, size)};
    const auto found = m_reanchorer.place(quote, hint);
    if (!found || found->second == AnchorOutcome::Fuzzy) {
        problem(where, QStringLiteral("the text \"%1\" is not in the article at these offsets nor elsewhere; skipped")
                           .arg(quote.exact.left(60)));
        return false;
    }
    *placed = found->first;
    ++m_result.placedByText;
    return true;
}

void ImportAssembler::addAnnotation(const QString &key, Annotation annotation)
{
    m_rowByKey.insert(key, m_annotations.size());
    m_annotations.append(std::move(annotation));
}

Annotation *ImportAssembler::byKey(const QString &key)
{
    const auto it = m_rowByKey.constFind(key);
    return it == m_rowByKey.cend() ? nullptr : &m_annotations[*it];
}

void ImportAssembler::addLink(const QString &fromKey, const QString &role, const QString &toKey, const QString &where)
{
    m_links.append(PendingLink{fromKey, role, toKey, where});
}

void ImportAssembler::addEntity(Entity entity)
{
    m_entities.append(std::move(entity));
}

bool ImportAssembler::hasEntity(const QString &id) const
{
    return std::any_of(m_entities.cbegin(), m_entities.cend(), [&](const Entity &e) { return e.id == id; });
}

ImportResult ImportAssembler::finish()
{
    // Ids the file brings are kept when unique; the others get fresh ones that no kept id,
    // entity or other fresh id uses.
    QSet<QString> taken;
    for (const Entity &e : m_entities)
        taken.insert(e.id);
    QList<bool> needsId(m_annotations.size(), false);
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        const QString &id = m_annotations[i].id;
        needsId[i] = id.isEmpty() || taken.contains(id);
        if (!needsId[i])
            taken.insert(id);
    }
    int counter = 0;
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        if (!needsId[i])
            continue;
        QString id;
        do
            id = QStringLiteral("i%1").arg(++counter);
        while (taken.contains(id));
        taken.insert(id);
        m_annotations[i].id = id;
    }

    for (const PendingLink &link : m_links) {
        Annotation *from = byKey(link.from);
        const Annotation *to = byKey(link.to);
        if (!from || !to) {
            problem(link.where, QStringLiteral("the %1 link joins an annotation that was not imported; skipped").arg(link.role));
            continue;
        }
        from->links.insert(link.role, to->id);
    }

    for (Annotation &a : m_annotations) {
        const QString entity = a.link(QString::fromLatin1(LinkRole::Entity));
        if (!entity.isEmpty() && !hasEntity(entity)) {
            problem(a.id, QStringLiteral("names the entity '%1', which the file does not define; link dropped").arg(entity));
            a.links.remove(QString::fromLatin1(LinkRole::Entity));
        }
    }
    for (Entity &e : m_entities)
        m_result.annotations.addEntity(std::move(e));
    std::stable_sort(m_annotations.begin(), m_annotations.end(), documentOrder);
    for (Annotation &a : m_annotations)
        m_result.annotations.add(std::move(a));
    return std::move(m_result);
}

} // namespace Lede::Core

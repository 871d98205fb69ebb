#include "extract/mentiongrouper.h"

#include <QCryptographicHash>
#include <QHash>

namespace Lede::Core::Extraction {

namespace {

/// How much a rule's type is to be trusted when the same name gets different types.
int rulePriority(const QString &rule)
{
    if (rule == u"entity.gazetteer")
        return 4;
    if (rule == u"entity.title" || rule == u"entity.firstname")
        return 3;
    if (rule == u"entity.orghead" || rule == u"entity.lochead" || rule == u"entity.acronym")
        return 2;
    return 1;
}

} // namespace

QString entityId(const QString &type, const QString &name)
{
    const QByteArray key = (type + u'|' + name).toUtf8();
    return QLatin1Char('E')
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(10));
}

QList<Entity> MentionGrouper::run(Document &doc) const
{
    QList<Mention> &ms = doc.mentions;

    // 1. One type per name: the type given by the most trusted rule wins.
    QHash<QString, std::pair<int, QString>> best; // text -> (priority, type)
    for (const Mention &m : std::as_const(ms)) {
        if (m.type == u"DATE")
            continue;
        const QString text = doc.textOf(m.span).toString();
        const int p = rulePriority(m.rule);
        auto it = best.find(text);
        if (it == best.end() || it->first < p)
            best.insert(text, {p, m.type});
    }
    for (Mention &m : ms) {
        if (m.type == u"DATE")
            continue;
        const QString &type = best.value(doc.textOf(m.span).toString()).second;
        if (!type.isEmpty() && type != m.type) {
            m.type = type;
            m.rule = QStringLiteral("entity.propagated");
        }
    }

    // 2. Group keys. Persons: a one-word name joins the latest full name ending in that word
    // (or the earliest one after it, for a surname used before the full name).
    QHash<QString, QString> surnameKey; // last word -> key of a full person name
    for (const Mention &m : std::as_const(ms)) {
        if (m.type == u"PERSON" && m.last - m.first >= 2) {
            const QString last = doc.textOf(doc.tokens[m.last - 1]).toString();
            if (!surnameKey.contains(last))
                surnameKey.insert(last, QStringLiteral("PERSON|") + doc.textOf(m.span).toString().toLower());
        }
    }
    QHash<QString, int> groupOf;
    QList<Entity> entities;
    QList<int> longest; // per group: length of its name
    for (Mention &m : ms) {
        if (m.type == u"DATE")
            continue;
        const QString text = doc.textOf(m.span).toString();
        QString key;
        if (m.canonical >= 0)
            key = m.type + QStringLiteral("|#") + QString::number(m.canonical);
        else if (m.type == u"PERSON" && m.last - m.first == 1 && surnameKey.contains(text))
            key = surnameKey.value(text);
        else
            key = m.type + u'|' + text.toLower(); // "BERLIN" in a dateline is Berlin
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            Entity e;
            e.type = m.type;
            e.name = m.canonical >= 0 ? m_lexicon.canonicalNames().value(m.canonical, text) : text;
            it = groupOf.insert(key, int(entities.size()));
            entities.append(e);
            longest.append(m.canonical >= 0 ? 1 << 20 : int(text.size()));
        }
        Entity &e = entities[*it];
        const bool shouting = m.last - m.first >= 1 && doc.tokens[m.first].is(AllCaps) && text.size() > 3;
        if (int(text.size()) > longest[*it] || (e.name.size() == text.size() && !shouting && e.name != text)) {
            if (!e.aliases.contains(e.name))
                e.aliases.append(e.name);
            e.name = text;
            longest[*it] = int(text.size());
        }
        if (text != e.name && !e.aliases.contains(text))
            e.aliases.append(text);
        if (!m.title.isEmpty() && !e.titles.contains(m.title))
            e.titles.append(m.title);
        m.group = *it;
    }
    for (Entity &e : entities) {
        e.aliases.removeAll(e.name);
        e.id = entityId(e.type, e.name);
    }
    return entities;
}

} // namespace Lede::Core::Extraction

#include "extract/mentiongrouper.h"

#include "extract/entityfinder.h"
#include "extract/samewords.h"
#include "model/stableid.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Lede::Core::Extraction {

// u"..."_s: a QString over static text whose length is known, so a comparison with a
// mention's type or rule needs no strlen (these run for every mention).
using namespace Qt::StringLiterals;

namespace {

/// How much a rule's type is to be trusted when the same name gets different types.
int rulePriority(const QString &rule)
{
    if (rule == u"entity.gazetteer"_s)
        return 4;
    if (rule == u"entity.title"_s || rule == u"entity.firstname"_s || rule == u"entity.givenname"_s || rule == u"entity.appositive"_s)
        return 3; // the appositive: "appliance maker Nordhavn Appliances", "Kwame Osei, a crane operator,"
    if (rule == u"entity.orghead"_s || rule == u"entity.lochead"_s || rule == u"entity.acronym"_s)
        return 2;
    return 1;
}

// Suffixes of abstract nouns, which name no person, place or organisation on their own.
bool hasAbstractSuffix(QStringView word)
{
    for (const QStringView suffix : std::initializer_list<QStringView>{u"ity", u"ness", u"ism", u"ment", u"tion", u"sion", u"hood", u"ship"})
        if (word.size() > suffix.size() + 2 && word.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

void MentionGrouper::dropAbstractNouns(Document &doc) const
{
    QList<Mention> &ms = doc.mentions;
    auto clauseStart = [&](int t) {
        if (t == 0)
            return true;
        const Token &prev = doc.tokens[t - 1];
        return prev.is(QuoteMark) || prev.is(SentenceFinal) || doc.paragraphOf(t - 1) != doc.paragraphOf(t);
    };
    auto suspect = [&](const Mention &m) {
        return m.rule == u"entity.model"_s && m.last - m.first == 1 && m.type != u"DATE"_s
            && m.canonical < 0 && clauseStart(m.first) && hasAbstractSuffix(doc.textOf(m.span));
    };
    bool any = false;
    for (const Mention &m : std::as_const(ms))
        any = any || suspect(m);
    if (!any)
        return;
    // Confirmed when the same word is capitalised inside a sentence somewhere in the text.
    QSet<QString> confirmed;
    for (int t = 1; t < doc.tokens.size(); ++t)
        if (doc.tokens[t].is(Word) && doc.tokens[t].is(Capitalised) && !clauseStart(t))
            confirmed.insert(doc.textOf(doc.tokens[t]).toString());
    ms.removeIf([&](const Mention &m) {
        return suspect(m) && !confirmed.contains(doc.textOf(m.span).toString());
    });
}

void MentionGrouper::trimLeadingFunctionWords(Document &doc) const
{
    auto functionWord = [&](int t, bool date) {
        const Token &tok = doc.tokens[t];
        if (!tok.is(Word) || tok.is(Capitalised))
            return false;
        const QStringView w = doc.textOf(tok);
        if (w == u"the"_s)
            return !date;
        return w == u"of"_s || w == u"in"_s || w == u"on"_s || w == u"at"_s || w == u"by"_s || w == u"for"_s
            || w == u"from"_s || w == u"to"_s || w == u"and"_s;
    };
    bool trimmed = false;
    for (Mention &m : doc.mentions) {
        const bool date = m.type == u"DATE"_s;
        int first = m.first;
        while (first < m.last && functionWord(first, date))
            ++first;
        if (first == m.first)
            continue;
        m.first = first;
        if (first < m.last)
            m.span = doc.spanOf(first, m.last);
        trimmed = true;
    }
    if (!trimmed)
        return;
    doc.mentions.removeIf([](const Mention &m) { return m.first >= m.last; });
    std::sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention &a, const Mention &b) {
        return a.span < b.span;
    });
}

namespace {

// A number spelled out: "six", "twenty-four", "hundred".
bool isNumberWord(QStringView w)
{
    const qsizetype hyphen = w.indexOf(u'-');
    if (hyphen > 0)
        return isNumberWord(w.left(hyphen)) && isNumberWord(w.mid(hyphen + 1));
    return isOneOfIgnoringCase(w, {u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight",
                             u"nine", u"ten", u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen",
                             u"sixteen", u"seventeen", u"eighteen", u"nineteen", u"twenty", u"thirty",
                             u"forty", u"fifty", u"sixty", u"seventy", u"eighty", u"ninety", u"hundred",
                             u"dozen", u"couple", u"few", u"several", u"many"});
}

} // namespace

void MentionGrouper::extendDates(Document &doc) const
{
    QList<Mention> &ms = doc.mentions;
    for (qsizetype i = 0; i < ms.size(); ++i) {
        Mention &m = ms[i];
        if (m.type != u"DATE"_s)
            continue;
        const int floor = i > 0 ? ms[i - 1].last : 0;
        const int paragraph = doc.paragraphOf(m.first);
        int first = m.first;
        while (first - 1 >= floor && doc.paragraphOf(first - 1) == paragraph) {
            const Token &prev = doc.tokens[first - 1];
            const QStringView w = doc.textOf(prev);
            const QStringView next = doc.textOf(doc.tokens[first]);
            if (prev.is(Number) || (prev.is(Word) && isNumberWord(w))) {
                --first; // "six years", "170 years"
                continue;
            }
            if (!prev.is(Word))
                break;
            if (isOneOfIgnoringCase(w, {u"about", u"almost", u"nearly", u"approximately", u"some", u"only",
                                  u"past", u"last", u"next", u"recent", u"early", u"late"})) {
                --first; // "about two years", "the past three years", "Early 17th century"
                continue;
            }
            // A determiner opens the noun phrase: nothing before it belongs to the date. A
            // year alone takes none ("the 2009 season" names the year "2009").
            const bool year = first + 1 == m.last && doc.tokens[first].is(Number);
            if (year)
                break;
            if (isOneOfIgnoringCase(w, {u"the", u"his", u"her", u"its", u"their", u"our", u"my", u"your",
                                  u"each", u"every", u"this", u"these"})
                || (sameWordIgnoringCase(w, u"a") && isOneOfIgnoringCase(next, {u"few", u"couple"})))
                --first;
            break;
        }
        if (first == m.first)
            continue;
        m.first = first;
        m.span = doc.spanOf(first, m.last);
    }
}

QString entityId(const QString &type, const QString &name)
{
    thread_local StableKey key;
    return key.clear().add(type).add('|').add(name).id(u'E');
}

QList<Entity> MentionGrouper::run(Document &doc) const
{
    dropAbstractNouns(doc);
    trimLeadingFunctionWords(doc);
    extendDates(doc);
    QList<Mention> &ms = doc.mentions;

    // 1. One type per name: the type given by the most trusted rule wins.
    QHash<QString, std::pair<int, QString>> best; // text -> (priority, type)
    for (const Mention &m : std::as_const(ms)) {
        if (m.type == u"DATE"_s)
            continue;
        const QString text = doc.textOf(m.span).toString();
        const int p = rulePriority(m.rule);
        auto it = best.find(text);
        if (it == best.end() || it->first < p)
            best.insert(text, {p, m.type});
    }
    for (Mention &m : ms) {
        if (m.type == u"DATE"_s)
            continue;
        const QString &type = best.value(doc.textOf(m.span).toString()).second;
        if (!type.isEmpty() && type != m.type) {
            m.type = type;
            m.rule = QStringLiteral("entity.propagated");
        }
    }

    // 2. Group keys. Persons: a one-word name joins the latest full name ending in that word,
    // or whose first of two surnames it is (or the earliest one after it, for a surname used
    // before the full name).
    // Businesses: a one-word name joins the first two-word name it opens ("Veltrano" of
    // "Veltrano Motori"; not "Amazon" of "Amazon Web Services").
    QHash<QString, QString> surnameKey; // last word -> key of a full person name
    QHash<QString, QString> shortKey;   // first word -> key of a two-word organisation name
    for (const Mention &m : std::as_const(ms)) {
        if (m.type == u"PERSON"_s && m.last - m.first >= 2) {
            const QString last = doc.textOf(doc.tokens[m.last - 1]).toString();
            if (!surnameKey.contains(last))
                surnameKey.insert(last, QStringLiteral("PERSON|") + doc.textOf(m.span).toString().toLower());
            if (const int middle = firstOfTwoSurnames(m_lexicon, doc, m); middle >= 0) { // "Mompó" of "Andrés Mompó Ribera"
                const QString second = doc.textOf(doc.tokens[middle]).toString();
                if (!surnameKey.contains(second))
                    surnameKey.insert(second, QStringLiteral("PERSON|") + doc.textOf(m.span).toString().toLower());
            }
        } else if (m.type == u"ORG"_s && m.last - m.first == 2 && m.canonical < 0 && doc.tokens[m.first].is(Capitalised)
                   && !(m_lexicon.flags(doc.tokens[m.first].word) & CommonWord)) {
            const QString first = doc.textOf(doc.tokens[m.first]).toString();
            if (!shortKey.contains(first))
                shortKey.insert(first, QStringLiteral("ORG|") + doc.textOf(m.span).toString().toLower());
        }
    }
    QHash<QString, int> groupOf;
    QList<Entity> entities;
    QList<int> longest; // per group: length of its name
    for (Mention &m : ms) {
        if (m.type == u"DATE"_s)
            continue;
        const QString text = doc.textOf(m.span).toString();
        QString key;
        if (m.canonical >= 0)
            key = m.type + QStringLiteral("|#") + QString::number(m.canonical);
        else if (m.type == u"PERSON"_s && m.last - m.first == 1 && surnameKey.contains(text))
            key = surnameKey.value(text);
        else if (m.type == u"ORG"_s && m.last - m.first == 1 && shortKey.contains(text))
            key = shortKey.value(text);
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

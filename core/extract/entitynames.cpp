#include "extract/entitytagger.h"

#include "extract/attributionwords.h"
#include "extract/entityfinder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

// Names the model missed, found after it from the whole text: surnames and names repeated
// elsewhere, known towns, the place a dateline opens with. (Names it cut are joined in
// entitynamejoins.cpp.)

namespace Lede::Core::Extraction {

using namespace Qt::StringLiterals;

void EntityTagger::addSurnames(const Document &doc, std::vector<char> &taken, QList<Mention> &out) const
{
    // "Okafor still keeps the folder.": the surname of a person named in full earlier is a
    // mention of that person wherever the model missed it, mostly at the start of a sentence.
    // Not a word the model or the gazetteers also give another type ("Busuanga Coron" taken
    // for a person, "Coron" a town elsewhere): that would spread one error over the text.
    constexpr quint32 kPlaces = kindBit(PhraseKind::Country) | kindBit(PhraseKind::City) | kindBit(PhraseKind::State)
        | kindBit(PhraseKind::Region) | kindBit(PhraseKind::Nationality) | kindBit(PhraseKind::Organisation);
    QHash<QStringView, int> namedAt; // surname -> where the full name first ends
    QSet<QStringView> otherType;
    for (const Mention &m : std::as_const(out)) {
        if (m.type != u"PERSON"_s) {
            for (int k = m.first; k < m.last; ++k)
                otherType.insert(doc.textOf(doc.tokens[k]));
        } else if (m.last - m.first >= 2) {
            const Token &last = doc.tokens[m.last - 1];
            const QStringView surname = doc.textOf(last);
            if (m_lexicon.wordMatch(last.word, kPlaces).length)
                continue;
            if (!namedAt.contains(surname) || namedAt.value(surname) > m.last)
                namedAt.insert(surname, m.last);
            // "Andrés Mompó Ribera ... Mompó, who has governed".
            if (const int middle = firstOfTwoSurnames(m_lexicon, doc, m); middle >= 0) {
                const QStringView second = doc.textOf(doc.tokens[middle]);
                if (!namedAt.contains(second) || namedAt.value(second) > m.last)
                    namedAt.insert(second, m.last);
            }
        }
    }
    for (const QStringView word : std::as_const(otherType))
        namedAt.remove(word);
    if (namedAt.isEmpty())
        return;
    const int n = int(doc.tokens.size());
    for (int k = 0; k < n; ++k) {
        const Token &t = doc.tokens[k];
        if (taken[size_t(k)] || !t.is(Word) || !t.is(Capitalised) || (m_lexicon.flags(t.word) & CommonWord))
            continue;
        const auto at = namedAt.constFind(doc.textOf(t));
        if (at == namedAt.cend() || *at > k || (k + 1 < n && doc.tokens[k + 1].is(Capitalised) && !taken[size_t(k + 1)]))
            continue;
        out.append(doc.mentionOf(k, k + 1, QStringLiteral("PERSON"), QStringLiteral("entity.surname")));
        taken[size_t(k)] = 1;
    }
}

void EntityTagger::retypeShortOrganisationNames(const Document &doc, QList<Mention> &out) const
{
    // "Carmaker Veltrano Motori ... Veltrano had held talks": the first word of a business's
    // name, alone, is that business where the model took it for a person; not where a person
    // of that name is named in full ("Ford Motor" and "Harrison Ford").
    QSet<QStringView> shortNames;
    QSet<QStringView> surnames;
    for (const Mention &m : std::as_const(out)) {
        // Two words, as the mention groups join them; not an outlet, a title or a public body
        // ("Harlow Valley Courier", "Health Secretary", "Harlow Council").
        const Token &first = doc.tokens[m.first];
        const quint32 head = m_lexicon.flags(doc.tokens[m.last - 1].word);
        if (m.type == u"ORG"_s && m.last - m.first == 2 && !m.outlet && first.is(Capitalised) && !first.is(AllCaps)
            && !(head & (GpeWord | TitleWord | OrgWord))
            && !(m_lexicon.flags(first.word) & (CommonWord | FirstName)) && m_lexicon.genderOf(doc.textOf(first)) == NameGender::Unknown)
            shortNames.insert(doc.textOf(first));
        else if (m.type == u"PERSON"_s && m.last - m.first >= 2)
            surnames.insert(doc.textOf(doc.tokens[m.last - 1]));
    }
    if (shortNames.isEmpty())
        return;
    for (Mention &m : out) {
        if (m.type == u"PERSON"_s && m.last - m.first == 1 && m.title.isEmpty() && shortNames.contains(doc.textOf(m.span))
            && !surnames.contains(doc.textOf(m.span))) {
            m.type = QStringLiteral("ORG");
            m.rule = QStringLiteral("entity.shortname");
        }
    }
}

void EntityTagger::addKnownTowns(const Document &doc, std::vector<char> &taken, QList<Mention> &out) const
{
    // "Scottsdale, Tempe and Mesa", "the bazaars of Isfahan": the model knows the towns of its
    // 70 training texts only. A town of the GeoNames list is a place where the model and the
    // rules before found nothing, unless it opens or ends a longer capitalised name ("Hamilton
    // Academical"), speaks ("Hamilton said"), or the text names it otherwise: as (part of) a
    // person's name ("Mark Holt", "Holt was drafted") or as an organisation. Where the model
    // took a town for a person ("Tulsa lies in Oklahoma") its reading stands: a town and a
    // surname look alike.
    constexpr quint32 kTown = kindBit(PhraseKind::WorldCity);
    QSet<QStringView> personal; // the last words of the names of persons
    QSet<QStringView> otherwise; // one-word names of another type than person or place
    auto note = [&](const Mention &m) {
        if (m.type == u"PERSON"_s) {
            personal.insert(doc.textOf(doc.tokens[m.last - 1])); // not "Isfahan Shahid Beheshti"
        } else if (m.type != u"GPE"_s && !m.type.isEmpty()) {
            otherwise.insert(doc.textOf(m.span));
        }
    };
    for (const Mention &m : std::as_const(out))
        if (m.last - m.first >= 2 || m.type != u"PERSON"_s)
            note(m);
    // "Brock Wyatt Holt", which the model may have missed: the words after a given name.
    const int n = int(doc.tokens.size());
    for (int k = 0; k + 1 < n; ++k) {
        const Token &t = doc.tokens[k];
        // The cheap tests first: a capitalised word before another one.
        if (!t.is(Word) || !t.is(Capitalised) || !doc.tokens[k + 1].is(Word) || !doc.tokens[k + 1].is(Capitalised)
            || (!(m_lexicon.flags(t.word) & FirstName) && m_lexicon.genderOf(doc.textOf(t)) == NameGender::Unknown))
            continue;
        int j = k + 1;
        while (j < n && j <= k + 3 && doc.tokens[j].is(Word) && doc.tokens[j].is(Capitalised))
            ++j;
        if (j > k + 1)
            personal.insert(doc.textOf(doc.tokens[j - 1]));
    }
    // "from Mashhad to Tabriz and Shiraz", "a factory near Pune": a lone word the model took
    // for a person is the town of the list after a preposition of place or beside another
    // place, where no person of that name is named in full.
    std::vector<char> placeEnds(size_t(n) + 1, 0), placeStarts(size_t(n) + 1, 0);
    for (const Mention &m : std::as_const(out)) {
        if (m.type == u"GPE"_s) {
            placeEnds[size_t(m.last)] = 1;
            placeStarts[size_t(m.first)] = 1;
        }
    }
    auto joins = [&](int t) {
        return t >= 0 && t < n && (AttributionWords::isOneOf(doc, t, {u"and", u"or"}) || doc.text[doc.tokens[t].start] == u',');
    };
    for (Mention &m : out) {
        const int k = m.first;
        if (m.type != u"PERSON"_s || m.last - k != 1 || !m.title.isEmpty() || k == 0
            || !m_lexicon.wordMatch(doc.tokens[k].word, kTown).length || personal.contains(doc.textOf(m.span)))
            continue;
        // Not "in Shaw's Pygmalion".
        const bool located = AttributionWords::isOneOf(doc, k - 1, {u"in", u"near", u"outside", u"across", u"around", u"throughout"})
            && !(k + 1 < n && doc.tokens[k + 1].is(Possessive));
        const bool listed = (joins(k - 1) && placeEnds[size_t(k - 1)]) || (joins(k + 1) && k + 2 <= n && placeStarts[size_t(k + 2)]);
        if (located || listed) {
            m.type = QStringLiteral("GPE");
            m.rule = QStringLiteral("entity.town");
        }
    }
    for (const Mention &m : std::as_const(out))
        if (m.last - m.first == 1 && m.type == u"PERSON"_s)
            note(m);
    for (int k = 0; k < n; ++k) {
        const Token &t = doc.tokens[k];
        if (taken[size_t(k)] || !t.is(Word) || !t.is(Capitalised)
            || (k > 0 && doc.tokens[k - 1].is(Capitalised) && !taken[size_t(k - 1)]
                && !(m_lexicon.flags(doc.tokens[k - 1].word) & CommonWord)))
            continue;
        const int length = m_lexicon.longestMatch(doc.tokens, k, n, kTown).length;
        if (!length)
            continue;
        const int end = k + length;
        bool free = true;
        for (int j = k; j < end && free; ++j)
            free = !taken[size_t(j)] && !personal.contains(doc.textOf(doc.tokens[j]));
        const bool speaks = end < n && (m_lexicon.flags(doc.tokens[end].word) & SpeechVerb)
            && !AttributionWords::isOneOf(doc, k - 1, {u"of", u"in", u"from", u"near"}); // "residents of Sanandaj said"
        if (!free || speaks || otherwise.contains(doc.textOf(k, end)) || (end < n && doc.tokens[end].is(Capitalised)))
            continue;
        const QString &zone = doc.zoneOf(k);
        if (zone == u"CREDIT"_s || zone == u"BYLINE"_s)
            continue;
        out.append(doc.mentionOf(k, end, QStringLiteral("GPE"), QStringLiteral("entity.town")));
        std::fill(taken.begin() + k, taken.begin() + end, 1);
        k = end - 1;
    }
}

void EntityTagger::addRepeatedNames(const Document &doc, std::vector<char> &taken, QList<Mention> &out) const
{
    // "Nordhavn Appliances recalls ..." in the headline, where the model found nothing: a name
    // of two words or more found elsewhere in the text is the same name wherever it recurs.
    QMultiHash<int, int> byFirstWord; // word id of a name's first token -> index into out
    QSet<QStringView> seen;           // each name once, so that a name named often stays linear
    const qsizetype found = out.size();
    for (qsizetype i = 0; i < found; ++i) {
        const Mention &m = out[i];
        if (m.last - m.first >= 2 && m.type != u"DATE"_s && m.type != u"NORP"_s && !seen.contains(doc.textOf(m.span))) {
            seen.insert(doc.textOf(m.span));
            byFirstWord.insert(doc.tokens[m.first].word, int(i));
        }
    }
    if (byFirstWord.isEmpty())
        return;
    const int n = int(doc.tokens.size());
    for (int k = 0; k < n; ++k) {
        // Not part of a longer name ("New Nordhavn Appliances").
        if (taken[size_t(k)] || !doc.tokens[k].is(Capitalised)
            || (k > 0 && doc.tokens[k - 1].is(Capitalised) && !taken[size_t(k - 1)]
                && !(m_lexicon.flags(doc.tokens[k - 1].word) & CommonWord)))
            continue;
        for (auto it = byFirstWord.constFind(doc.tokens[k].word); it != byFirstWord.cend() && it.key() == doc.tokens[k].word; ++it) {
            const Mention &name = out[*it];
            const int length = name.last - name.first;
            bool same = k + length <= n && !(k + length < n && doc.tokens[k + length].is(Capitalised));
            for (int j = 0; j < length && same; ++j)
                same = !taken[size_t(k + j)] && doc.textOf(doc.tokens[k + j]) == doc.textOf(doc.tokens[name.first + j]);
            if (!same)
                continue;
            Mention m = doc.mentionOf(k, k + length, name.type, QStringLiteral("entity.repeated"));
            m.outlet = name.outlet;
            out.append(m);
            std::fill(taken.begin() + k, taken.begin() + k + length, 1);
            k += length - 1;
            break;
        }
    }
}

void EntityTagger::addDatelinePlaces(const Document &doc, std::vector<char> &taken, QList<Mention> &out) const
{
    // "CEDAR FLATS, Ore. (AP) —": the capitals that open a dateline name a place, known or not.
    for (const Paragraph &p : std::as_const(doc.paragraphs)) {
        const bool inline_ = p.subZoneLabel == u"DATELINE"_s;
        if (!inline_ && p.zone != u"DATELINE"_s)
            continue;
        const int first = p.firstToken;
        int end = first;
        while (end < p.lastToken && end < first + 4 && doc.tokens[end].is(Word) && doc.tokens[end].is(AllCaps) && !taken[size_t(end)])
            ++end;
        if (end == first || end >= p.lastToken || doc.text[doc.tokens[end].start] != u',')
            continue;
        out.append(doc.mentionOf(first, end, QStringLiteral("GPE"), QStringLiteral("entity.dateline")));
        std::fill(taken.begin() + first, taken.begin() + end, 1);
    }
}

} // namespace Lede::Core::Extraction

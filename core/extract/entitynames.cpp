#include "extract/entitytagger.h"

#include "extract/attributionwords.h"

#include <QHash>
#include <QSet>

#include <algorithm>

// Names the model missed or cut, found after it from the whole text: surnames and names
// repeated elsewhere, the place a dateline opens with, and organisation names the model cuts
// at a possessive or a connector.

namespace Lede::Core::Extraction {

using namespace Qt::StringLiterals;

namespace {

/// The names a join covered give way to the joined ones, in text order.
void replaceJoined(QList<Mention> &mentions, const std::vector<char> &dropped, const QList<Mention> &joined)
{
    if (joined.isEmpty())
        return;
    QList<Mention> kept;
    for (int i = 0; i < mentions.size(); ++i)
        if (!dropped[size_t(i)])
            kept.append(mentions[i]);
    kept.append(joined);
    std::sort(kept.begin(), kept.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
    mentions = std::move(kept);
}

} // namespace

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

int EntityTagger::listedRemitEnd(const Document &doc, const Mention &m, const std::vector<int> &byFirst,
                                 const QList<Mention> &mentions) const
{
    // "the Ministry of Housing, Communities and Local Government", "the Department for Digital,
    // Culture, Media and Sport": a ministry's remit listed with commas and closed by "and".
    // Not "the Ministry of Defence, Britain and France" or "..., Lockheed Martin and BAE
    // Systems": listed places, people and names with a head of their own end the name.
    const int n = int(doc.tokens.size());
    if (!AttributionWords::isComma(doc, m.last) || !(m_lexicon.flags(doc.tokens[m.first].word) & OrgWord)
        || !AttributionWords::isOneOf(doc, m.first + 1, {u"of", u"for"}))
        return -1;
    auto capitalisedWord = [&](int k) {
        return k < n && doc.tokens[k].is(Word) && doc.tokens[k].is(Capitalised) && !AttributionWords::textIs(doc, k, u"the");
    };
    auto itemEnd = [&](int from) {
        int end = from;
        while (end < from + 3 && capitalisedWord(end))
            ++end;
        for (int k = from; k < end; ++k) {
            const int other = byFirst[size_t(k)];
            // The model's guesses inside a remit are noise ("Culture" a place, "Sport" a
            // person); a listed name, a name with its own head or a person's name is its own.
            if (other >= 0 && mentions[other].rule != u"entity.model"_s && mentions[other].rule != u"entity.speaker"_s)
                return from;
            if (m_lexicon.flags(doc.tokens[k].word) & FirstName)
                return from;
        }
        return end;
    };
    for (int comma = m.last; comma < m.last + 12 && AttributionWords::isComma(doc, comma);) {
        const int end = itemEnd(comma + 1);
        if (end == comma + 1)
            return -1;
        if (AttributionWords::textIs(doc, end, u"and")) {
            const int last = itemEnd(end + 1);
            return last > end + 1 && !(last < n && doc.tokens[last].is(Capitalised)) ? last : -1;
        }
        comma = end;
    }
    return -1;
}

void EntityTagger::joinLongOrganisationNames(const Document &doc, QList<Mention> &mentions) const
{
    // "the Confederation of Lindmark Industry and Employers", "the Climate Action Network for
    // Northern Europe", "the Office of the Federal Privacy and Information Commissioner", "the
    // opposition Progress and Enterprise Party": long names the tagger cuts at a connector,
    // leaving a tail it often takes for a person.
    const int n = int(doc.tokens.size());
    auto capitalisedWord = [&](int k) {
        return k >= 0 && k < n && doc.tokens[k].is(Word) && doc.tokens[k].is(Capitalised)
            && !(m_lexicon.flags(doc.tokens[k].word) & CommonWord);
    };
    auto hasConnector = [&](const Mention &m, std::initializer_list<QStringView> words) {
        for (int k = m.first + 1; k < m.last; ++k)
            if (AttributionWords::isOneOf(doc, k, words))
                return true;
        return false;
    };
    std::vector<int> byFirst(size_t(n), -1);
    for (int i = 0; i < mentions.size(); ++i)
        byFirst[size_t(mentions[i].first)] = i;
    std::vector<char> dropped(size_t(mentions.size()), 0);
    bool changed = false;
    for (int i = 0; i < mentions.size(); ++i) {
        if (dropped[size_t(i)] || mentions[i].type != u"ORG"_s)
            continue;
        Mention &m = mentions[i];
        // "Pacific Crest Power", "Texas Instruments": a place that opens a business's name is
        // part of it.
        if (i > 0 && !dropped[size_t(i - 1)] && mentions[i - 1].last == m.first
            && (mentions[i - 1].type == u"GPE"_s || mentions[i - 1].type == u"LOC"_s)
            && (m_lexicon.flags(doc.tokens[m.last - 1].word) & CompanyWord)) {
            dropped[size_t(i - 1)] = 1;
            m.first = mentions[i - 1].first;
            m.span = doc.spanOf(m.first, m.last);
            m.rule = QStringLiteral("entity.longname");
            changed = true;
        }
        // "the Brussels-based Climate Action Network": where it is based is no part of the name.
        if (m.last - m.first >= 2 && doc.tokens[m.first].is(Hyphenated)
            && doc.textOf(doc.tokens[m.first]).endsWith(u"-based", Qt::CaseInsensitive)) {
            ++m.first;
            m.span = doc.spanOf(m.first, m.last);
            changed = true;
        }
        // The mentions inside [from, end) become part of m.
        auto extendTo = [&](int from, int end) {
            for (int k = from; k < end; ++k)
                if (byFirst[size_t(k)] >= 0)
                    dropped[size_t(byFirst[size_t(k)])] = 1;
            m.last = end;
            m.span = doc.spanOf(m.first, end);
            m.rule = QStringLiteral("entity.longname");
            changed = true;
        };
        if (const int end = listedRemitEnd(doc, m, byFirst, mentions); end > m.last)
            extendTo(m.last, end);
        for (;;) {
            const int c = m.last;
            const bool of = AttributionWords::isOneOf(doc, c, {u"of", u"for"});
            const bool and_ = AttributionWords::isOneOf(doc, c, {u"and", u"&"});
            if (!of && !and_)
                break;
            if (of && !(m_lexicon.flags(doc.tokens[c - 1].word) & OrgWord) && !hasConnector(m, {u"of", u"for"}))
                break;
            if (and_ && !hasConnector(m, {u"of", u"for"}))
                break;
            const int from = c + 1 + (of && AttributionWords::textIs(doc, c + 1, u"the") ? 1 : 0);
            int end = from;
            while (end < n && end < from + 4 && capitalisedWord(end))
                ++end;
            if (end == from || (end < n && doc.tokens[end].is(Capitalised)))
                break;
            // After "and", the rest of a name ("and Medium-Sized Enterprises", "and Employers",
            // "and Information Commissioner"), not a second one ("and Barclays").
            // "and Columbia University" is a second institution: a plural or a title ends the rest.
            const quint32 tail = m_lexicon.flags(doc.tokens[end - 1].word);
            const bool plural = doc.textOf(doc.tokens[end - 1]).endsWith(u's')
                && (end - from >= 2 || (tail & (OrgWord | GroupNoun | CompanyWord)));
            // The rest of a name ends in no head of its own ("and Consumer Protection", "and
            // Energy", "and Renewal"); a second name does ("and Columbia University").
            if (and_ && !plural && !(tail & TitleWord)
                && ((tail & (OrgWord | OutletWord)) || (end - from == 1 && doc.textOf(doc.tokens[from]).endsWith(u's'))))
                break; // "and Barclays", "and Lloyds": a name of its own
            // Not a second name of its own: "the University of California and Columbia
            // University", "the MLB for the Pittsburgh Pirates" (the model's name there), a
            // listed one, or a person.
            // A place after "of" is one too: "the Supreme Court of the State of Hawaii"; so is a
            // title alone: "the Office of the Mayor".
            const int whole = byFirst[size_t(from)];
            const bool place = whole >= 0 && (mentions[whole].type == u"GPE"_s || mentions[whole].type == u"LOC"_s);
            bool titleOnly = true;
            for (int k = from; k < end; ++k)
                titleOnly = titleOnly && (m_lexicon.flags(doc.tokens[k].word) & TitleWord);
            bool ownName = place || titleOnly
                || (whole >= 0 && mentions[whole].last == end && mentions[whole].rule == u"entity.model"_s
                    && mentions[whole].type == u"ORG"_s);
            for (int k = from; k < end && !ownName; ++k) {
                const int t = byFirst[size_t(k)];
                ownName = t >= 0 && (mentions[t].rule == u"entity.gazetteer"_s
                                     || (mentions[t].type == u"PERSON"_s && (m_lexicon.flags(doc.tokens[k].word) & FirstName)));
            }
            if (ownName)
                break;
            extendTo(from, end);
        }
        // "the opposition Progress and Enterprise Party", "the Independent Electoral and
        // Boundaries Commission"
        const int a = m.first - 1;
        int left = a - 1;
        while (left - 1 >= 0 && a - left < 3 && capitalisedWord(left - 1))
            --left;
        // The model's name before "and" ("Independent Electoral") is the start of this one.
        // Not two whole names: "American Airlines and Southwest Airlines".
        const bool joinsPrevious = i > 0 && mentions[i - 1].last == a && mentions[i - 1].first >= left
            && mentions[i - 1].type == u"ORG"_s && !dropped[size_t(i - 1)]
            && !(m_lexicon.flags(doc.tokens[a - 1].word) & (OrgWord | CompanyWord | OutletWord));
        if ((m_lexicon.flags(doc.tokens[m.last - 1].word) & OrgWord) && AttributionWords::textIs(doc, a, u"and")
            && capitalisedWord(a - 1) && (left == 0 || !capitalisedWord(left - 1))
            && (i == 0 || mentions[i - 1].last <= left || joinsPrevious)) {
            if (joinsPrevious)
                dropped[size_t(i - 1)] = 1;
            m.first = left;
            m.span = doc.spanOf(m.first, m.last);
            m.rule = QStringLiteral("entity.longname");
            changed = true;
        }
    }
    if (!changed)
        return;
    QList<Mention> kept;
    kept.reserve(mentions.size());
    for (int i = 0; i < mentions.size(); ++i)
        if (!dropped[size_t(i)])
            kept.append(mentions[i]);
    mentions = std::move(kept);
}

void EntityTagger::joinPossessiveNames(const Document &doc, QList<Mention> &mentions) const
{
    // "the Josephine County Sheriff's Office", "the Calvarian People's Alliance", "the Hospital
    // Employers' Federation": a possessive inside an organisation's name. Not "Britain's Foreign
    // Office", "Angela Merkel's Christian Democratic Union" or "Berkeley's Computer Science
    // Institute": an owner that is a place, a person or a name found on its own elsewhere is a
    // name of its own.
    const int n = int(doc.tokens.size());
    std::vector<int> byFirst(size_t(n), -1), byLast(size_t(n), -1);
    std::vector<char> covered(size_t(n), 0);
    QHash<QStringView, int> named;
    for (int i = 0; i < mentions.size(); ++i) {
        std::fill(covered.begin() + mentions[i].first, covered.begin() + mentions[i].last, 1);
        byFirst[size_t(mentions[i].first)] = i;
        byLast[size_t(mentions[i].last - 1)] = i;
        // Named on its own: not "Korean People" of "the Korean People's Army" twice.
        if (mentions[i].last >= n || !doc.tokens[mentions[i].last].is(Possessive))
            ++named[doc.textOf(mentions[i].span)];
    }
    auto capitalisedWord = [&](int k) {
        return k >= 0 && k < n && doc.tokens[k].is(Word) && doc.tokens[k].is(Capitalised)
            && !(m_lexicon.flags(doc.tokens[k].word) & CommonWord);
    };
    QList<Mention> joined;
    std::vector<char> replaced(size_t(mentions.size()), 0);
    for (int p = 1; p + 1 < n; ++p) {
        if (!doc.tokens[p].is(Possessive) || covered[size_t(p)] || !capitalisedWord(p - 1) || !capitalisedWord(p + 1))
            continue; // not joined already ("Visitors' Center")
        const int owned = byFirst[size_t(p + 1)];
        int end = p + 1;
        if (owned >= 0)
            end = mentions[owned].last;
        else
            while (end < n && end < p + 6 && capitalisedWord(end))
                ++end;
        if (!(m_lexicon.flags(doc.tokens[end - 1].word) & OrgWord)
            || (owned >= 0 && (mentions[owned].type == u"PERSON"_s || mentions[owned].type == u"DATE"_s)))
            continue;
        const int owner = byLast[size_t(p - 1)];
        int first = p;
        if (owner >= 0) {
            const Mention &o = mentions[owner];
            if (o.type == u"GPE"_s || o.type == u"NORP"_s || named.value(doc.textOf(o.span)) > 1
                || (o.type == u"PERSON"_s && (m_lexicon.flags(doc.tokens[o.first].word) & FirstName)))
                continue;
            first = o.first;
        } else {
            while (first - 1 >= 0 && p - first < 4 && capitalisedWord(first - 1))
                --first;
        }
        const Mention m = doc.mentionOf(first, end, QStringLiteral("ORG"), QStringLiteral("entity.possessivename"));
        for (int k = first; k < end; ++k) // the names inside it, found by their first token: linear
            if (byFirst[size_t(k)] >= 0)
                replaced[size_t(byFirst[size_t(k)])] = 1;
        joined.append(m);
        p = end - 1;
    }
    if (joined.isEmpty())
        return;
    for (int i = 0; i < mentions.size(); ++i)
        if (!replaced[size_t(i)])
            joined.append(mentions[i]);
    std::sort(joined.begin(), joined.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
    mentions = std::move(joined);
}

void EntityTagger::joinAmpersandNames(const Document &doc, QList<Mention> &mentions) const
{
    // "Koenig & Sachs", "Marks & Spencer": an ampersand between capitalised words joins one
    // business's name, where the model may take the parts for a place and a person.
    const int n = int(doc.tokens.size());
    auto capitalisedWord = [&](int k) {
        return k >= 0 && k < n && doc.tokens[k].is(Word) && doc.tokens[k].is(Capitalised);
    };
    std::vector<int> byFirst(size_t(n), -1), byLast(size_t(n), -1), covering(size_t(n), -1);
    for (int i = 0; i < mentions.size(); ++i) {
        byFirst[size_t(mentions[i].first)] = i;
        byLast[size_t(mentions[i].last - 1)] = i;
        std::fill(covering.begin() + mentions[i].first, covering.begin() + mentions[i].last, i);
    }
    // Not authors cited ("Dye & Bavelier, 2010", "Carrano & Biewener [7]"), "R&D", or "Worm &
    // Mr. Marbles".
    auto year = [&](int k) { return k < n && doc.tokens[k].is(Number) && doc.tokens[k].end - doc.tokens[k].start == 4; };
    auto oneLetter = [&](int k) { return doc.tokens[k].end - doc.tokens[k].start < 2; };
    auto citedOrShort = [&](int a, int last) {
        return year(last + 1) || year(last) || (last < n && doc.text[doc.tokens[last].start] == u'[')
            || oneLetter(a - 1) || oneLetter(a + 1)
            || m_lexicon.longestMatch(doc.tokens, a + 1, n, kindBit(PhraseKind::Title)).length;
    };
    // Not places ("Tempe & Mesa", "Priest & Washington", "N 44th St & Tatum" as crossings), as
    // the lists know them rather than as the model alone took them ("Koenig"), or a credit
    // ("Video: Miharris & Acphillips").
    constexpr quint32 kListedPlaces = kindBit(PhraseKind::Country) | kindBit(PhraseKind::City)
        | kindBit(PhraseKind::State) | kindBit(PhraseKind::Region) | kindBit(PhraseKind::WorldCity);
    auto place = [&](int mention, int word) {
        if (mention >= 0 && (mentions[mention].type == u"GPE"_s || mentions[mention].type == u"LOC"_s)
            && mentions[mention].rule != u"entity.model"_s)
            return true;
        return m_lexicon.wordMatch(doc.tokens[word].word, kListedPlaces).length > 0;
    };
    auto placeOrCredit = [&](int a, int first, int left, int right) {
        return AttributionWords::isOneOf(doc, a - 1, {u"St", u"Ave", u"Rd", u"Blvd", u"Street", u"Avenue", u"Road"})
            || place(left, a - 1) || place(right, a + 1) || (first > 0 && doc.text[doc.tokens[first - 1].start] == u':');
    };
    std::vector<char> dropped(size_t(mentions.size()), 0);
    QList<Mention> added;
    for (int a = 1; a + 1 < n; ++a) {
        if (!AttributionWords::textIs(doc, a, u"&") || !capitalisedWord(a - 1) || !capitalisedWord(a + 1)
            || covering[size_t(a)] >= 0)
            continue;
        // The words of each side: a name found there, or the capitalised word beside the "&"
        // and, on the right, up to two more that are no common words ("& Sons Holdings").
        const int left = byLast[size_t(a - 1)], right = byFirst[size_t(a + 1)];
        const int first = left >= 0 ? mentions[left].first : a - 1;
        int last = right >= 0 ? mentions[right].last : a + 2;
        while (right < 0 && last < n && last < a + 4 && capitalisedWord(last)
               && !(m_lexicon.flags(doc.tokens[last].word) & CommonWord))
            ++last;
        if (citedOrShort(a, last) || placeOrCredit(a, first, left, right))
            continue;
        // Not across a name that reaches out of the span ("Smith & Co" inside a longer name).
        if ((covering[size_t(a - 1)] >= 0 && covering[size_t(a - 1)] != left)
            || (covering[size_t(a + 1)] >= 0 && covering[size_t(a + 1)] != right)
            || (covering[size_t(last - 1)] >= 0 && mentions[covering[size_t(last - 1)]].last > last))
            continue;
        for (int k = first; k < last; ++k)
            if (covering[size_t(k)] >= 0)
                dropped[size_t(covering[size_t(k)])] = 1;
        added.append(doc.mentionOf(first, last, QStringLiteral("ORG"), QStringLiteral("entity.ampersand")));
        a = last - 1;
    }
    replaceJoined(mentions, dropped, added);
}

void EntityTagger::joinNamesByAcronym(const Document &doc, QList<Mention> &mentions) const
{
    // "The National Disaster Risk Reduction and Management Council (NDRRMC)", "The University
    // and College Union (UCU)": the acronym in brackets spells the whole name, which the tagger
    // cut at "and".
    const int n = int(doc.tokens.size());
    std::vector<int> covering(size_t(n), -1);
    for (int i = 0; i < mentions.size(); ++i)
        std::fill(covering.begin() + mentions[i].first, covering.begin() + mentions[i].last, i);
    std::vector<char> dropped(size_t(mentions.size()), 0);
    QList<Mention> added;
    for (int open = 2; open + 2 < n; ++open) {
        const Token &acronym = doc.tokens[open + 1];
        if (doc.text[doc.tokens[open].start] != u'(' || doc.text[doc.tokens[open + 2].start] != u')'
            || !acronym.is(AllCaps) || acronym.end - acronym.start < 3)
            continue;
        const QStringView letters = doc.textOf(acronym);
        // Back over capitalised words and the connectors between them; the initials of the
        // capitalised words, read forward, must be the acronym.
        QString initials;
        int first = -1;
        for (int k = open - 1; k >= 0 && open - k <= 12; --k) {
            const Token &t = doc.tokens[k];
            if (t.is(Word) && t.is(Capitalised)) {
                initials.prepend(doc.text[t.start]);
                if (initials.size() > letters.size())
                    break;
                if (initials == letters) {
                    first = k;
                    break;
                }
            } else if (!AttributionWords::isOneOf(doc, k, {u"and", u"of", u"for", u"on", u"&"})) {
                break;
            }
        }
        if (first < 0 || open - first < 3)
            continue;
        // Only names inside the span give way ("the Greens (NDP)" is no such name).
        bool inside = true;
        for (int k = first; k < open && inside; ++k)
            inside = covering[size_t(k)] < 0
                || (mentions[covering[size_t(k)]].first >= first && mentions[covering[size_t(k)]].last <= open);
        if (!inside)
            continue;
        for (int k = first; k < open; ++k)
            if (covering[size_t(k)] >= 0)
                dropped[size_t(covering[size_t(k)])] = 1;
        added.append(doc.mentionOf(first, open, QStringLiteral("ORG"), QStringLiteral("entity.acronymed")));
    }
    replaceJoined(mentions, dropped, added);
}

} // namespace Lede::Core::Extraction

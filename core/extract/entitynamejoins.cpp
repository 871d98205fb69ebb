#include "extract/entitytagger.h"

#include "extract/attributionwords.h"

#include <QHash>

#include <algorithm>

// Organisation names the model cuts, joined after it: at a possessive ("the Josephine County
// Sheriff's Office"), at a connector ("the Confederation of Lindmark Industry and Employers"),
// over a listed remit, an ampersand, and where an acronym in brackets spells the whole name.

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
        if (!capitalisedWord(a - 1) || !capitalisedWord(a + 1) || covering[size_t(a)] >= 0)
            continue;
        // The words of each side: a name found there, or the capitalised word beside the "&"
        // and, on the right, up to two more that are no common words ("& Sons Holdings").
        const int left = byLast[size_t(a - 1)], right = byFirst[size_t(a + 1)];
        // "Pacific Gas and Electric": "and" before the business word that ends an organisation's
        // name, where the model takes that word for a person.
        const bool business = AttributionWords::textIs(doc, a, u"and") && left >= 0 && mentions[left].type == u"ORG"_s
            && mentions[left].last - mentions[left].first >= 2 && mentions[left].rule != u"entity.gazetteer"_s
            && (m_lexicon.flags(doc.tokens[a + 1].word) & CompanyWord) && !capitalisedWord(a + 2)
            && (right < 0 || mentions[right].last == a + 2);
        if (!AttributionWords::textIs(doc, a, u"&") && !business)
            continue;
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

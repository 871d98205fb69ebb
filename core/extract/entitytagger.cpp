#include "extract/entitytagger.h"

#include "extract/attributionwords.h"
#include "extract/entityfinder.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace Lede::Core::Extraction {

// u"..."_s: a QString over static text whose length is known, so a comparison with a
// mention's type or rule needs no strlen (these run for every mention).
using namespace Qt::StringLiterals;

namespace {

Mention tokenMention(const Document &doc, int k, const QString &type, const QString &rule)
{
    Mention m;
    m.first = k;
    m.last = k + 1;
    m.span = doc.spanOf(k, k + 1);
    m.type = type;
    m.rule = rule;
    return m;
}

constexpr quint32 kGazetteerNames = kindBit(PhraseKind::Country) | kindBit(PhraseKind::City)
    | kindBit(PhraseKind::State) | kindBit(PhraseKind::Region) | kindBit(PhraseKind::Nationality)
    | kindBit(PhraseKind::Organisation) | kindBit(PhraseKind::Outlet);

// Lower-case words that begin dates ("this week", "last year") stay, though common.
constexpr quint32 kDateWords = MonthWord | WeekdayWord | RelativeDateWord | DateUnitWord | DateModifierWord;

// Whether a name starts right after a closing quotation mark, or after a few lower-case words
// of description there: the speaker of '"...," team member Rodaba Noori said'. A name the rules
// find before a speech verb in that place is a person, though the model, which has not seen
// the name, may not think so.
bool afterClosingQuote(const Document &doc, int first)
{
    int k = first - 1;
    while (k >= 0 && first - k <= 3 && doc.tokens[k].is(Word) && !doc.tokens[k].is(Capitalised))
        --k;
    return k >= 0 && doc.tokens[k].is(QuoteMark) && k > 0
        && (doc.tokens[k - 1].is(Word) || doc.text[doc.tokens[k - 1].start] == u',');
}

} // namespace

const EntityModel &EntityTagger::bundledModel()
{
    static const EntityModel model = [] {
        EntityModel m;
        QFile f(QStringLiteral(":/models/entity-tagger.txt"));
        if (f.open(QIODevice::ReadOnly))
            m.load(f.readAll()); // a missing or broken model leaves the rules alone
        return m;
    }();
    return model;
}

bool EntityTagger::mayEdgeName(const Token &t, const Lexicon &lexicon)
{
    if (EntityFeatures::capitalisedOrNumber(t))
        return true;
    if (!t.is(Word))
        return false;
    const quint32 flags = lexicon.flags(t.word);
    return !(flags & CommonWord) || (flags & kDateWords);
}

std::vector<std::pair<int, int>> EntityTagger::candidateRuns(const Document &doc, const EntityModel &model)
{
    std::vector<std::pair<int, int>> runs;
    for (const Sentence &s : doc.sentences) {
        int t = s.first;
        while (t < s.last) {
            if (!model.candidate(doc, t)) {
                ++t;
                continue;
            }
            int e = t + 1;
            while (e < s.last && model.candidate(doc, e))
                ++e;
            runs.emplace_back(t, e);
            t = e;
        }
    }
    return runs;
}

std::vector<std::pair<int, int>> EntityTagger::taggedRuns(const Document &doc, const EntityModel &model,
                                                          const Lexicon &lexicon)
{
    std::vector<std::pair<int, int>> runs = candidateRuns(doc, model);
    auto kept = runs.begin();
    for (auto [first, last] : runs) {
        const bool dated = std::any_of(doc.tokens.begin() + first, doc.tokens.begin() + last, [&](const Token &k) {
            return k.is(Number) || (lexicon.flags(k.word) & kDateWords);
        });
        if (!dated) {
            while (first < last && !mayEdgeName(doc.tokens[first], lexicon))
                ++first;
            while (last > first && !mayEdgeName(doc.tokens[last - 1], lexicon))
                --last;
        }
        if (first < last)
            *kept++ = {first, last};
    }
    runs.erase(kept, runs.end());
    return runs;
}

std::vector<int> EntityTagger::tag(const Document &doc, const FeatureContext &ctx) const
{
    std::vector<int> tags(size_t(doc.tokens.size()), 0);
    std::vector<quint64> features;
    features.reserve(64);
    std::vector<float> emission;
    for (const auto &[first, last] : taggedRuns(doc, m_model, m_lexicon)) {
        const int n = last - first;
        emission.resize(size_t(n) * Bio::kTags);
        for (int i = 0; i < n; ++i) {
            features.clear();
            m_features.features(doc, ctx, first + i, features);
            m_model.score(features, emission.data() + size_t(i) * Bio::kTags);
        }
        m_model.decode(emission.data(), n, tags.data() + first);
    }
    return tags;
}

void EntityTagger::addTitleAndGazetteer(const Document &doc, Mention &m) const
{
    const Lexicon::Match g = m_lexicon.longestMatch(doc.tokens, m.first, m.last, kGazetteerNames);
    if (g.length == m.last - m.first) {
        m.canonical = g.canonical;
        m.outlet = g.kind == PhraseKind::Outlet;
    }
    if (m.type != u"PERSON"_s || m.first == 0)
        return;
    // "Interior Minister Olaf Brenner": the title words right before the name.
    int k = m.first;
    while (k > 0 && m.first - k < 4) {
        const Token &t = doc.tokens[k - 1];
        if (!t.is(Word) || !t.is(Capitalised))
            break;
        --k;
    }
    for (int s = k; s < m.first; ++s) {
        const Lexicon::Match tm = m_lexicon.longestMatch(doc.tokens, s, m.first, kindBit(PhraseKind::Title));
        if (tm.length && s + tm.length == m.first) {
            m.title = doc.textOf(k, m.first).toString();
            return;
        }
    }
}

void EntityTagger::addSurnames(const Document &doc, const std::vector<char> &taken, QList<Mention> &out) const
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
        out.append(tokenMention(doc, k, QStringLiteral("PERSON"), QStringLiteral("entity.surname")));
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
            Mention m = tokenMention(doc, k, name.type, QStringLiteral("entity.repeated"));
            m.last = k + length;
            m.span = doc.spanOf(k, k + length);
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
        Mention m = tokenMention(doc, first, QStringLiteral("GPE"), QStringLiteral("entity.dateline"));
        m.last = end;
        m.span = doc.spanOf(first, end);
        out.append(m);
        std::fill(taken.begin() + first, taken.begin() + end, 1);
    }
}

void EntityTagger::run(Document &doc) const
{
    if (m_model.isEmpty())
        return;
    const FeatureContext ctx = m_features.context(doc);
    const std::vector<int> tags = tag(doc, ctx);
    const int n = int(doc.tokens.size());
    std::vector<int> ruleByFirst(size_t(n), -1);
    for (int i = 0; i < doc.mentions.size(); ++i)
        if (ruleByFirst[size_t(doc.mentions[i].first)] < 0)
            ruleByFirst[size_t(doc.mentions[i].first)] = i;

    QList<Mention> out;
    // Per token: the model's name covering it (index into names), for linear merging below.
    std::vector<int> nameAt(size_t(n), -1);
    std::vector<std::pair<int, int>> names; // [first, last) of every model name, OTHER included
    std::vector<int> outOfName;             // its index in out, or -1 for OTHER
    for (int t = 0; t < n;) {
        const int type = Bio::typeOfTag(tags[size_t(t)]);
        if (type < 0) {
            ++t;
            continue;
        }
        int e = t + 1;
        while (e < n && tags[size_t(e)] == Bio::insideTag(type))
            ++e;
        std::fill(nameAt.begin() + t, nameAt.begin() + e, int(names.size()));
        names.emplace_back(t, e);
        outOfName.push_back(type == Bio::kOther ? -1 : int(out.size()));
        if (type != Bio::kOther) {
            Mention m;
            const int r = ruleByFirst[size_t(t)];
            // The text may say what the name is: "appliance maker Nordhavn Appliances".
            const bool described = r >= 0 && doc.mentions[r].rule == u"entity.appositive"_s;
            if (r >= 0 && doc.mentions[r].last == e && doc.mentions[r].span == doc.spanOf(t, e)) {
                m = doc.mentions[r];
                if (m.type != Bio::typeName(type) && !described)
                    m.rule = QStringLiteral("entity.model");
            } else {
                m.first = t;
                m.last = e;
                m.span = doc.spanOf(t, e);
                m.rule = QStringLiteral("entity.model");
            }
            if (m.rule != u"entity.appositive"_s)
                m.type = Bio::typeName(type);
            // "Hampden County" and "The Millbrook Courier" are no persons, whatever the model
            // made of them.
            const quint32 head = m_lexicon.flags(doc.tokens[e - 1].word);
            if (m.type == u"PERSON"_s && e - t >= 2 && (head & (GpeWord | OutletWord))) {
                const bool place = head & GpeWord;
                m.type = place ? QStringLiteral("GPE") : QStringLiteral("ORG");
                m.rule = place ? QStringLiteral("entity.gpehead") : QStringLiteral("entity.outlethead");
            }
            // "Halvorsen Capital", "Skagerrak Securities": a business, not a person or a place.
            if (m.type != u"ORG"_s && m.type != u"DATE"_s && e - t >= 2 && (head & CompanyWord) && doc.tokens[e - 1].is(Capitalised)) {
                m.type = QStringLiteral("ORG");
                m.rule = QStringLiteral("entity.orghead");
            }
            if (m.rule == u"entity.model"_s)
                addTitleAndGazetteer(doc, m);
            // "St Aldric's College": a saint before a possessive names a place, not a person.
            const QStringView opening = doc.textOf(doc.tokens[t]);
            if (m.type == u"PERSON"_s && e < n && doc.tokens[e].is(Possessive)
                && (opening == u"St"_s || opening == u"St."_s || opening == u"Saint"_s)) {
                t = e;
                continue;
            }
            out.append(m);
        }
        t = e;
    }
    // NORP and parts of words ("Kenyan-backed") are the rules' alone, and gazetteer names
    // ("Reuters", "AP") stay where the model found nothing: outlets carry the sourcing layer.
    // Bylines and photo credits ("JANE DOE/AP/Agency Images") do not occur in the training
    // data either: there the rules' names stay too.
    std::vector<char> dropped(size_t(out.size()), 0);
    const qsizetype modelCount = out.size();
    for (const Mention &m : std::as_const(doc.mentions)) {
        const QString &zone = doc.zoneOf(m.first);
        const bool credit = zone == u"CREDIT"_s || zone == u"BYLINE"_s;
        const bool gazetteer = m.rule == u"entity.gazetteer"_s;
        // The date rules know words the model saw too seldom ("tomorrow", "the past fortnight");
        // where the model found nothing there, their date stands.
        const bool date = m.type == u"DATE"_s && m.rule == u"entity.date"_s;
        // A name before a speech verb speaks, where the model, which has not seen it, found
        // nothing: two words or more ("Heiko Rand told"), or one right after a quote.
        const bool speaker = (m.rule == u"entity.speaker"_s && (afterClosingQuote(doc, m.first) || m.last - m.first >= 2))
            || m.rule == u"entity.appositive"_s // "Kwame Osei, a crane operator,"
            || (m.rule == u"entity.title"_s && m.last - m.first >= 2); // "Health Minister Teodor Vasquez-Lindqvist"
        if (m.type != u"NORP"_s && m.rule != u"entity.hyphenated"_s && !gazetteer && !credit && !date && !speaker)
            continue;
        // Works and events (OTHER) do not speak: the name after "“…,” said" wins over one.
        const bool inverted = m.rule == u"entity.speaker"_s && m.first >= 2
            && (m_lexicon.flags(doc.tokens[m.first - 1].word) & SpeechVerb);
        bool free = true;
        for (int k = m.first; k < m.last && free; ++k)
            free = nameAt[size_t(k)] < 0 || (inverted && outOfName[size_t(nameAt[size_t(k)])] < 0);
        if (!free) {
            // A gazetteer name also wins over parts of it ("Alternative" of "Alternative for
            // Germany"), and a rule date over part of it ("the past" of "the past fortnight"),
            // but not over a longer name around it.
            if (!(gazetteer || date) || m.type == u"NORP"_s)
                continue;
            auto inside = [&](int name) {
                return name < 0 || (names[size_t(name)].first >= m.first && names[size_t(name)].second <= m.last);
            };
            if (!inside(nameAt[size_t(m.first)]) || !inside(nameAt[size_t(m.last - 1)]))
                continue;
            for (int k = m.first; k < m.last; ++k)
                if (nameAt[size_t(k)] >= 0 && outOfName[size_t(nameAt[size_t(k)])] >= 0)
                    dropped[size_t(outOfName[size_t(nameAt[size_t(k)])])] = 1;
        }
        out.append(m);
    }
    if (std::find(dropped.begin(), dropped.end(), 1) != dropped.end()) {
        QList<Mention> kept;
        kept.reserve(out.size());
        for (qsizetype i = 0; i < out.size(); ++i)
            if (i >= modelCount || !dropped[size_t(i)])
                kept.append(out[i]);
        out = std::move(kept);
    }
    // "Kenyan Transport Secretary Daniel Otieno": the nationality in a person's title is a NORP
    // mention of its own, where no other name ("U.S. State Department") covers it.
    std::vector<char> inTitle(size_t(n), 0);
    for (const Mention &m : std::as_const(out)) {
        if (m.type != u"PERSON"_s || m.title.isEmpty())
            continue;
        for (int k = m.first - 1; k >= 0 && m.first - k <= 4 && doc.tokens[k].is(Word) && doc.tokens[k].is(Capitalised); --k)
            inTitle[size_t(k)] = 1;
    }
    std::vector<char> taken(size_t(n), 0);
    for (const Mention &m : std::as_const(out))
        for (int k = m.first; k < m.last; ++k)
            taken[size_t(k)] = 1;
    for (int k = 0; k < n; ++k) {
        if (!inTitle[size_t(k)] || taken[size_t(k)]
            || !m_lexicon.wordMatch(doc.tokens[k].word, kindBit(PhraseKind::Nationality)).length)
            continue;
        out.append(tokenMention(doc, k, QStringLiteral("NORP"), QStringLiteral("entity.gazetteer")));
    }
    addDatelinePlaces(doc, taken, out);
    addRepeatedNames(doc, taken, out);
    addSurnames(doc, taken, out);
    std::sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
    joinPossessiveNames(doc, out);
    joinLongOrganisationNames(doc, out);
    doc.mentions = std::move(out);
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
        // "the Brussels-based Climate Action Network": where it is based is no part of the name.
        if (m.last - m.first >= 2 && doc.tokens[m.first].is(Hyphenated)
            && doc.textOf(doc.tokens[m.first]).endsWith(u"-based", Qt::CaseInsensitive)) {
            ++m.first;
            m.span = doc.spanOf(m.first, m.last);
            changed = true;
        }
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
            if (and_ && !plural && !(tail & TitleWord))
                break;
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
            for (int k = from; k < end; ++k)
                if (byFirst[size_t(k)] >= 0)
                    dropped[size_t(byFirst[size_t(k)])] = 1;
            m.last = end;
            m.span = doc.spanOf(m.first, end);
            m.rule = QStringLiteral("entity.longname");
            changed = true;
        }
        // "the opposition Progress and Enterprise Party"
        const int a = m.first - 1;
        if ((m_lexicon.flags(doc.tokens[m.last - 1].word) & OrgWord) && AttributionWords::textIs(doc, a, u"and")
            && capitalisedWord(a - 1) && !(a - 2 >= 0 && doc.tokens[a - 2].is(Capitalised)) && a - 2 >= 0
            && doc.tokens[a - 2].is(Word) && (i == 0 || mentions[i - 1].last <= a - 1)) {
            m.first = a - 1;
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
        Mention m;
        m.first = first;
        m.last = end;
        m.span = doc.spanOf(first, end);
        m.type = QStringLiteral("ORG");
        m.rule = QStringLiteral("entity.possessivename");
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

} // namespace Lede::Core::Extraction

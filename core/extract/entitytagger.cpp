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
        // Not from the line before: "Ines Varga\n\nDame Ines Margit Varga".
        if (!t.is(Word) || !t.is(Capitalised) || doc.paragraphOf(k - 1) != doc.paragraphOf(m.first))
            break;
        --k;
    }
    for (int s = k; s < m.first; ++s) {
        const Lexicon::Match tm = m_lexicon.longestMatch(doc.tokens, s, m.first, kindBit(PhraseKind::Title));
        if (tm.length && s + tm.length == m.first) {
            m.title = doc.textOf(titleStartWithRemits(m_lexicon, doc, k, m.first), m.first).toString();
            return;
        }
    }
}

void EntityTagger::dropNamesInsideTitles(const Document &doc, QList<Mention> &out)
{
    // "Health and Social Care Secretary Wes Streeting": the model, which saw few such titles,
    // names "Health" a place; the title's remits say what it is. Not a person's surname named
    // in full elsewhere ("Emmanuel Macron ... Macron and Foreign Minister Jean Dupont").
    std::vector<char> inTitle(size_t(doc.tokens.size()), 0);
    bool any = false;
    for (const Mention &m : std::as_const(out)) {
        if (m.type != u"PERSON"_s || !(m.title.contains(u" and "_s) || m.title.contains(u" & "_s)))
            continue;
        for (int k = m.first - 1; k >= 0 && m.first - k <= 10; --k) {
            if (doc.textOf(k, m.first) == m.title) {
                std::fill(inTitle.begin() + k, inTitle.begin() + m.first, 1);
                any = true;
                break;
            }
        }
    }
    if (!any)
        return;
    QSet<QStringView> surnames;
    for (const Mention &m : std::as_const(out))
        if (m.type == u"PERSON"_s && m.last - m.first >= 2)
            surnames.insert(doc.textOf(doc.tokens[m.last - 1]));
    out.removeIf([&](const Mention &m) {
        if (m.rule != u"entity.model"_s || (m.last - m.first == 1 && surnames.contains(doc.textOf(doc.tokens[m.first]))))
            return false;
        for (int k = m.first; k < m.last; ++k)
            if (!inTitle[size_t(k)])
                return false;
        return true;
    });
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
            // "Typhoon Tomasa", "Hurricane Helene": a storm, no person.
            if (m.type == u"PERSON"_s && e - t >= 2
                && AttributionWords::isOneOf(doc, t, {u"Typhoon", u"Hurricane", u"Cyclone", u"Storm"})) {
                outOfName.back() = -1; // no mention in out stands for this name
                t = e;
                continue;
            }
            // "the Courier", "Courier staff": a newspaper named by the last word of its name.
            if (m.type == u"PERSON"_s && e - t == 1 && (head & OutletWord)) {
                m.type = QStringLiteral("ORG");
                m.rule = QStringLiteral("entity.outlethead");
            }
            // "Jordan Pike", "Georgia Whitlock": a given name that is also a place's, before a
            // word that names no place, names a person, whatever the model made of it.
            if (m.type == u"GPE"_s && e - t == 2 && doc.tokens[e - 1].is(Capitalised)
                && !(head & (GpeWord | LocWord | OrgWord | CommonWord))
                && !AttributionWords::isOneOf(doc, e - 1, {u"City", u"Place", u"Town", u"Village", u"Heights", u"Springs"})
                && !opensSaintsTown(doc, t) // "Santo Spirito"
                && m_lexicon.longestMatch(doc.tokens, t, e, kGazetteerNames).length != e - t
                && !m_lexicon.wordMatch(doc.tokens[e - 1].word, kGazetteerNames | kindBit(PhraseKind::WorldCity)).length
                && ((m_lexicon.flags(doc.tokens[t].word) & FirstName)
                    || m_lexicon.genderOf(doc.textOf(doc.tokens[t])) != NameGender::Unknown)) {
                m.type = QStringLiteral("PERSON");
                m.rule = QStringLiteral("entity.firstname");
            }
            // "Carmaker Veltrano Motori will close": the description that opens the sentence,
            // capitalised there, says what the name is, inside the model's name or before it.
            const int noun = e - t >= 3 && describesOrganisation(m_lexicon, doc, t) ? t : t - 1;
            if (m.type != u"ORG"_s && m.type != u"DATE"_s && noun >= 0 && doc.tokens[noun].is(Capitalised)
                && (noun == 0 || !doc.tokens[noun - 1].is(Word)) && describesOrganisation(m_lexicon, doc, noun)) {
                if (noun == t)
                    m = doc.mentionOf(t + 1, e, QString(), QString());
                m.type = QStringLiteral("ORG");
                m.rule = QStringLiteral("entity.appositive");
            }
            // "General Motors": a title word before a business word is the business's name.
            if (m.type == u"PERSON"_s && e - t == 1 && (head & CompanyWord) && t > 0 && doc.tokens[t - 1].is(Capitalised)
                && (m_lexicon.flags(doc.tokens[t - 1].word) & TitleWord) && nameAt[size_t(t - 1)] < 0) {
                m = doc.mentionOf(t - 1, e, QStringLiteral("ORG"), QStringLiteral("entity.orghead"));
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
                outOfName.back() = -1; // no mention in out stands for this name
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
        // "Kent Police", "Thames Valley Police": a police force speaks in most crime reports,
        // and the model, which saw few, finds nothing or only the place ("Thames Valley").
        const bool policeForce = m.rule == u"entity.orghead"_s && m.last - m.first >= 2
            && AttributionWords::textIs(doc, m.last - 1, u"Police");
        const bool gazetteer = m.rule == u"entity.gazetteer"_s || policeForce;
        // The date rules know words the model saw too seldom ("tomorrow", "the past fortnight");
        // where the model found nothing there, their date stands.
        const bool date = m.type == u"DATE"_s && m.rule == u"entity.date"_s;
        // A name before a speech verb speaks, where the model, which has not seen it, found
        // nothing: two words or more ("Heiko Rand told"), or one right after a quote.
        const bool speaker = (m.rule == u"entity.speaker"_s && (afterClosingQuote(doc, m.first) || m.last - m.first >= 2))
            || m.rule == u"entity.appositive"_s // "Kwame Osei, a crane operator,"
            || (m.rule == u"entity.title"_s && m.last - m.first >= 2) // "Health Minister Teodor Vasquez-Lindqvist"
            || m.rule == u"entity.described"_s // "retiree Dawn Pickering"
            || m.rule == u"entity.givenname"_s; // "Dolores Pratt, who has lived", "Jonah Whitfield of Morningstar"
        if (m.type != u"NORP"_s && m.rule != u"entity.hyphenated"_s && !gazetteer && !credit && !date && !speaker)
            continue;
        // Works and events (OTHER) do not speak: the name after "“…,” said" wins over one.
        // So does a described person ("retiree Dawn Pickering", "Dolores Pratt, 71,").
        const bool inverted = (m.rule == u"entity.speaker"_s && m.first >= 2
                               && ((m_lexicon.flags(doc.tokens[m.first - 1].word) & SpeechVerb) || afterClosingQuote(doc, m.first)))
            || m.rule == u"entity.described"_s || (m.rule == u"entity.appositive"_s && m.type == u"PERSON"_s);
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
    dropNamesInsideTitles(doc, out);
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
        out.append(doc.mentionOf(k, k + 1, QStringLiteral("NORP"), QStringLiteral("entity.gazetteer")));
    }
    addDatelinePlaces(doc, taken, out);
    addRepeatedNames(doc, taken, out);
    addSurnames(doc, taken, out);
    addKnownTowns(doc, taken, out);
    retypeShortOrganisationNames(doc, out);
    std::sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) { return a.span < b.span; });
    joinPossessiveNames(doc, out);
    joinLongOrganisationNames(doc, out);
    joinAmpersandNames(doc, out);
    joinNamesByAcronym(doc, out);
    doc.mentions = std::move(out);
}

} // namespace Lede::Core::Extraction

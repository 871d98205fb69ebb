#include "extract/attribution.h"
#include "extract/attributionwords.h"

#include <algorithm>
#include <numeric>

namespace Lede::Core::Extraction {

using namespace AttributionWords;

// Who a pronoun or a description stands for: "he", "she", "it", "they", "the retired
// teacher", "the minister". Runs after every quote has its speaker words.

namespace {

/// "authorities", "researchers": a noun that names several ("witness" does not).
bool pluralNoun(QStringView word)
{
    // "the people said ... they cautioned": plurals without an s too.
    static constexpr QStringView kIrregular[] = {u"people", u"police", u"staff", u"children", u"men", u"women", u"crew"};
    for (const QStringView plural : kIrregular)
        if (word.compare(plural, Qt::CaseInsensitive) == 0)
            return true;
    return word.endsWith(u's') && !word.endsWith(u"ss");
}

/// "Gov. Rosalind Pettigrew" is "the governor", "Interior Minister Olaf Brenner" "the minister".
bool titleEndsWith(QStringView title, QStringView noun)
{
    static const std::pair<QStringView, QStringView> kAbbreviations[] = {
        {u"Gov.", u"governor"}, {u"Sen.", u"senator"}, {u"Rep.", u"representative"}, {u"Gen.", u"general"},
        {u"Lt.", u"lieutenant"}, {u"Col.", u"colonel"}, {u"Sgt.", u"sergeant"}, {u"Capt.", u"captain"},
        {u"Prof.", u"professor"}, {u"Supt.", u"superintendent"}, {u"Insp.", u"inspector"}, {u"Adm.", u"admiral"},
        {u"Maj.", u"major"}, {u"Cmdr.", u"commander"}, {u"Det.", u"detective"}, {u"Atty.", u"attorney"},
        {u"Pres.", u"president"}, {u"Amb.", u"ambassador"}};
    if (title.endsWith(noun, Qt::CaseInsensitive))
        return true;
    const QStringView last = title.sliced(title.lastIndexOf(u' ') + 1);
    for (const auto &[abbreviation, word] : kAbbreviations)
        if (last.compare(abbreviation, Qt::CaseInsensitive) == 0)
            return word.compare(noun, Qt::CaseInsensitive) == 0;
    return false;
}

/// "the Interior Ministry", "the Special Criminal Court": a public body, no business.
/// A name of a body of members rather than a business: "the Metalworkers' Federation of
/// Lusvania" is no "company".
bool namesAssociation(const Document &doc, const Mention &m)
{
    for (int k = m.first; k < m.last; ++k)
        if (isOneOf(doc, k, {u"Federation", u"Confederation", u"Association", u"Alliance", u"Coalition", u"Society",
                             u"Institute", u"Foundation", u"Committee", u"League", u"Movement", u"Campaign", u"Network"}))
            return true;
    return false;
}

bool namesInstitution(const Document &doc, const Mention &m)
{
    for (int k = m.first; k < m.last; ++k)
        if (isOneOf(doc, k, {u"Ministry", u"Court", u"Police", u"Council", u"Commission", u"Parliament",
                             u"University", u"Party", u"Union", u"Agency", u"Authority", u"Department", u"Office",
                             u"Bureau", u"Army", u"Government", u"Senate", u"Assembly", u"Tribunal", u"Service"}))
            return true;
    return false;
}

/// The first mention that starts at @p token, or -1.
int mentionStartingAt(const Document &doc, int token)
{
    const int m = doc.mentionsBefore(token);
    return m < doc.mentions.size() && doc.mentions[m].first == token ? m : -1;
}

/// The last token inside @p words, or -1.
int lastTokenOf(const Document &doc, Span words)
{
    return doc.tokenAt(words.end) - 1;
}

/// The noun that heads a description, before what qualifies it: "people" of "people familiar
/// with the matter", "person" of "A second person briefed on the talks", "emails" of "emails
/// released under ..."; -1 for no words.
int headOf(const Document &doc, Span words)
{
    const int last = lastTokenOf(doc, words);
    int k = doc.tokenAt(words.start);
    while (k >= 0 && k < last && (isDeterminer(doc, k) || doc.tokens[k].is(Number)
                                  || isOneOf(doc, k, {u"one", u"two", u"three", u"second", u"third", u"another"})))
        ++k;
    const int first = k;
    for (; k >= 0 && k < last; ++k) {
        const QStringView w = doc.textOf(doc.tokens[k + 1]);
        if (!doc.tokens[k + 1].is(Word)
            || isOneOf(doc, k + 1, {u"of", u"for", u"at", u"with", u"in", u"from", u"on", u"familiar", u"close", u"briefed",
                                    u"involved", u"who", u"that", u"which", u"speaking", u"representing"})
            || (k + 1 > first && w.size() > 4 && w.endsWith(u"ed")))
            return k;
    }
    return last;
}

/// The gender an unnamed speaker's words tell: "his mother", "the father of three".
NameGender describedGender(const Document &doc, Span words)
{
    static constexpr QStringView female[] = {u"mother", u"woman", u"wife", u"daughter", u"sister", u"girl",
                                             u"grandmother", u"aunt", u"spokeswoman", u"chairwoman", u"widow"};
    static constexpr QStringView male[] = {u"father", u"man", u"husband", u"son", u"brother", u"boy",
                                           u"grandfather", u"uncle", u"spokesman", u"chairman", u"widower"};
    for (int t = doc.tokenAt(words.start); t >= 0 && t < doc.tokens.size() && doc.tokens[t].start < words.end; ++t) {
        const QStringView text = doc.textOf(doc.tokens[t]);
        for (const QStringView w : female)
            if (sameWordIgnoringCase(text, w))
                return NameGender::Female;
        for (const QStringView w : male)
            if (sameWordIgnoringCase(text, w))
                return NameGender::Male;
    }
    return NameGender::Unknown;
}

/// "Giles Abernethy-Shaw ... “...,” he says": a name the given-name lists do not know is a man's
/// once "he" stands for it, so that a later "she" skips him.
void learnGender(const Document &doc, const QuoteFound &q, std::vector<NameGender> &genderOfGroup)
{
    if (q.speaker < 0 || q.speakerSpan.isEmpty())
        return;
    const Mention &m = doc.mentions[q.speaker];
    if (m.type != u"PERSON" || m.group < 0 || size_t(m.group) >= genderOfGroup.size()
        || genderOfGroup[size_t(m.group)] != NameGender::Unknown)
        return;
    // Only where the name is close by (this paragraph or the one before): a pronoun resolved
    // far back may be a guess, and a wrong gender would mislead every later pronoun.
    const int pronounToken = doc.tokenAt(q.speakerSpan.start);
    bool near = false;
    for (int k = doc.mentionsBefore(pronounToken) - 1, seen = 0; k >= 0 && seen < 50 && !near; --k, ++seen)
        near = doc.mentions[k].group == m.group && q.paragraph - doc.paragraphOf(doc.mentions[k].first) <= 1;
    if (!near)
        return;
    const QStringView pronoun = doc.textOf(q.speakerSpan);
    if (pronoun.compare(u"he", Qt::CaseInsensitive) == 0)
        genderOfGroup[size_t(m.group)] = NameGender::Male;
    else if (pronoun.compare(u"she", Qt::CaseInsensitive) == 0)
        genderOfGroup[size_t(m.group)] = NameGender::Female;
}

} // namespace

void Attribution::resolvePronouns(Document &doc) const
{
    // The gender of each person, from the given names and titles of its mentions ("Miriam
    // Okafor", "Mrs Okafor"); unknown when they disagree or tell nothing.
    std::vector<NameGender> genderOfGroup;
    for (const Mention &m : std::as_const(doc.mentions)) {
        if (m.type != u"PERSON" || m.group < 0)
            continue;
        NameGender g = NameGender::Unknown;
        const QStringView title = QStringView(m.title);
        if (title.startsWith(u"Mrs") || title.startsWith(u"Ms") || title.startsWith(u"Miss"))
            g = NameGender::Female;
        else if (title.startsWith(u"Mr"))
            g = NameGender::Male;
        else if (m.last - m.first >= 2)
            g = m_lexicon.genderOf(doc.textOf(doc.tokens[m.first]));
        else if (m.first >= 2 && isComma(doc, m.first - 1) && isComma(doc, m.last))
            // "her husband, Tom,": the noun before a lone name tells what it cannot.
            g = describedGender(doc, doc.spanOf(std::max(0, m.first - 3), m.first - 1));
        if (size_t(m.group) >= genderOfGroup.size())
            genderOfGroup.resize(size_t(m.group) + 1, NameGender::Unknown);
        NameGender &known = genderOfGroup[size_t(m.group)];
        if (g != NameGender::Unknown)
            known = known == NameGender::Unknown || known == g ? g : NameGender::Unknown;
    }
    int groups = 0;
    for (const Mention &m : std::as_const(doc.mentions))
        groups = std::max(groups, m.group + 1);
    genderOfGroup.resize(size_t(groups), NameGender::Unknown);
    // In text order, so that a pronoun resolved here can carry on to the next one.
    std::vector<int> order(size_t(doc.quotes.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return doc.quotes[a].span.start < doc.quotes[b].span.start; });
    const QuoteFound *previous = nullptr; // the latest statement with a speaker
    int lastOrganisation = -1;            // the mention of the latest business that spoke
    for (const int qi : order) {
        QuoteFound &q = doc.quotes[qi];
        // "One of them said", "Some said", "Several said": people the text leaves unnamed.
        if (q.speaker < 0 && !q.anonymous && !q.speakerSpan.isEmpty()) {
            const int first = doc.tokenAt(q.speakerSpan.start);
            const int last = lastTokenOf(doc, q.speakerSpan);
            const bool quantity = isOneOf(doc, first, {u"one", u"some", u"several", u"many", u"others", u"most", u"few", u"two", u"three"});
            q.anonymous = quantity && (last == first || (last == first + 2 && textIs(doc, first + 1, u"of")
                                                         && isOneOf(doc, last, {u"them", u"those"})));
        }
        resolvePronoun(doc, q, previous, lastOrganisation, genderOfGroup);
        learnGender(doc, q, genderOfGroup);
        if (q.speaker >= 0 && doc.mentions[q.speaker].type == u"ORG" && !doc.mentions[q.speaker].outlet
            && !namesInstitution(doc, doc.mentions[q.speaker]) && !namesAssociation(doc, doc.mentions[q.speaker]))
            lastOrganisation = q.speaker;
        const bool pronoun = !q.speakerSpan.isEmpty()
            && (m_lexicon.flags(doc.tokens[doc.tokenAt(q.speakerSpan.start)].word) & PronounWord);
        // A statement inside another one is the other speaker's report: "Achebe-Lindgren said
        // many staff feared ... “...,” she said" is Achebe-Lindgren.
        const bool nested = previous && previous->span.contains(q.span);
        if (q.label != u"SCARE" && !q.speakerSpan.isEmpty() && (q.speaker >= 0 || !pronoun) && !nested)
            previous = &q;
    }
    // An "it" that names no organisation ("the use of games, it says, ...") speaks for
    // nothing: reported speech that only it made is dropped, a direct quote loses the word.
    auto unresolvedIt = [&](const QuoteFound &q) {
        return q.speaker < 0 && !q.speakerSpan.isEmpty() && doc.textOf(q.speakerSpan).compare(u"it", Qt::CaseInsensitive) == 0;
    };
    for (QuoteFound &q : doc.quotes)
        if (q.label != u"INDIRECT" && unresolvedIt(q))
            q.speakerSpan = {};
    // One pass, so that many of them stay linear.
    doc.quotes.erase(std::remove_if(doc.quotes.begin(), doc.quotes.end(),
                                    [&](const QuoteFound &q) { return q.label == u"INDIRECT" && unresolvedIt(q); }),
                     doc.quotes.end());
}

bool Attribution::isDefiniteDescription(const Document &doc, Span words) const
{
    // "the father of three", "the 41-year-old", "the retired teacher": one person described,
    // not an organisation ("the ministry"), a title the mention groups read ("the minister"),
    // an unnamed source ("the official") or several ("the residents").
    const int first = doc.tokenAt(words.start);
    if (first < 0 || !textIs(doc, first, u"the"))
        return false;
    int last = first;
    while (last + 1 < doc.tokens.size() && doc.tokens[last + 1].end <= words.end)
        ++last;
    if (last == first || last - first > 4)
        return false;
    for (int t = first + 1; t <= last; ++t) {
        const quint32 flags = m_lexicon.flags(doc.tokens[t].word);
        if ((flags & (OrgWord | TitleWord | kUnnamedHead | PronounWord)) && !(flags & PersonNoun))
            return false; // "father" is a title too ("Father Brown")
    }
    // The head describes a person ("the scene", "the family" and "the petition" do not speak
    // for one): a listed noun, before "of three" or not, or an age ("the 41-year-old").
    const int head = last - 2 > first && textIs(doc, last - 1, u"of") ? last - 2 : last;
    const Token &h = doc.tokens[head];
    const QStringView noun = doc.textOf(h);
    if (pluralNoun(noun))
        return false; // "the researchers" are several
    return (m_lexicon.flags(h.word) & PersonNoun) || (h.is(Number) && h.is(Hyphenated) && noun.endsWith(u"-old"));
}

void Attribution::resolvePronoun(const Document &doc, QuoteFound &q, const QuoteFound *before, int lastOrganisation,
                                 const std::vector<NameGender> &genderOfGroup) const
{
    auto genderOf = [&](const Mention &m) {
        return m.group >= 0 && size_t(m.group) < genderOfGroup.size() ? genderOfGroup[size_t(m.group)] : NameGender::Unknown;
    };
    if (q.speaker >= 0 || q.speakerSpan.isEmpty())
        return;
    // "A second person familiar with the matter said ... That person said", "according to
    // people familiar with the matter. ..., the people said": the ones just described with
    // that noun.
    const int opening = doc.tokenAt(q.speakerSpan.start);
    const int noun = isOneOf(doc, opening, {u"the"}) ? opening + 1 : opening;
    if (before && q.paragraph - before->paragraph <= 1 && noun > 0 && noun == lastTokenOf(doc, q.speakerSpan)
        && (noun == opening + 1 || isOneOf(doc, noun - 1, {u"that", u"this"}))
        && doc.tokens[noun].is(Word) && !(m_lexicon.flags(doc.tokens[noun].word) & PronounWord)
        && before->speakerSpan != q.speakerSpan
        // A person or a body named with the noun wins: "U.S. District Judge Sandra Whitfield
        // ... the judge wrote", "A spokesperson for the ministry said ... the ministry said".
        && personWithTitle(doc, q.speakerSpan) < 0 && organisationDescribed(doc, q, before, lastOrganisation) < 0) {
        const int head = headOf(doc, before->speakerSpan);
        const int last = lastTokenOf(doc, before->speakerSpan);
        const QStringView word = doc.textOf(doc.tokens[noun]);
        if ((head >= 0 && sameWordIgnoringCase(doc.textOf(doc.tokens[head]), word))
            || (last >= 0 && sameWordIgnoringCase(doc.textOf(doc.tokens[last]), word))) {
            q.speaker = before->speaker;
            q.speakerSpan = before->speakerSpan;
            q.anonymous = before->anonymous || q.anonymous; // "the source" stays unnamed
            return;
        }
    }
    if (q.anonymous)
        return;
    const QStringView pronoun = doc.textOf(q.speakerSpan);
    if (pronoun.compare(u"it", Qt::CaseInsensitive) == 0) {
        resolveIt(doc, q, before);
        return;
    }
    // "Executives at two companies said ... The order had created uncertainty, they said": the
    // unnamed group that spoke just before.
    if (pronoun.compare(u"they", Qt::CaseInsensitive) == 0) {
        // The head that opens the words or ends them: "people familiar with the matter".
        auto group = [&](Span words) {
            const int last = lastTokenOf(doc, words);
            int head = doc.tokenAt(words.start);
            while (head >= 0 && head < last && (isDeterminer(doc, head) || doc.tokens[head].is(Number)))
                ++head;
            return last >= 0 && (pluralNoun(doc.textOf(doc.tokens[last])) || pluralNoun(doc.textOf(doc.tokens[head])));
        };
        if (before && before->speaker < 0 && q.paragraph - before->paragraph <= 1 && !before->speakerSpan.isEmpty()
            && group(before->speakerSpan)) {
            q.speakerSpan = before->speakerSpan;
            q.anonymous = before->anonymous;
        }
        return;
    }
    // "the governor said", "the minister said": the person named with that title.
    if (const int titled = personWithTitle(doc, q.speakerSpan); titled >= 0) {
        q.speaker = titled;
        return;
    }
    // "the court said", "the company said": the organisation named before.
    if (const int described = organisationDescribed(doc, q, before, lastOrganisation); described >= 0) {
        q.speaker = described;
        return;
    }
    const bool he = pronoun.compare(u"he", Qt::CaseInsensitive) == 0;
    const bool she = pronoun.compare(u"she", Qt::CaseInsensitive) == 0;
    const bool described = !he && !she && isDefiniteDescription(doc, q.speakerSpan);
    if (!he && !she && !described)
        return;
    // "she" is not a man, "he" not a woman, as far as the names tell; "the father of three"
    // not a woman either.
    const NameGender own = he ? NameGender::Male : she ? NameGender::Female : describedGender(doc, q.speakerSpan);
    const NameGender other = own == NameGender::Male ? NameGender::Female
        : own == NameGender::Female                  ? NameGender::Male
                                                     : NameGender::Unknown;
    auto fits = [&](NameGender g) { return other == NameGender::Unknown || g != other; };
    // "The authorities said ... “...,” she said": one person is not several.
    // "Critics have called it ...": capitalised where it opens the sentence.
    auto plural = [&](Span words) {
        const int last = lastTokenOf(doc, words);
        return last >= 0 && pluralNoun(doc.textOf(doc.tokens[last]))
            && (!doc.tokens[last].is(Capitalised) || (m_lexicon.flags(doc.tokens[last].word) & kUnnamedHead));
    };
    // The latest person named before the pronoun.
    int lo = 0, hi = int(doc.mentions.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (doc.mentions[mid].span.start < q.speakerSpan.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    int latest = -1;
    for (int m = lo - 1; m >= 0 && m >= lo - 200; --m) {
        // Not a name inside the quote itself: "“Sophie's not wrong,” she says."
        if (q.label == u"DIRECT" && q.span.contains(doc.mentions[m].span))
            continue;
        if (doc.mentions[m].type == u"PERSON" && fits(genderOf(doc.mentions[m]))) {
            latest = m;
            break;
        }
    }
    // The one who spoke last goes on speaking unless someone was named after that statement:
    // "Sethi, who represents Little Harwood, said he would vote against it. “...,” he said" is
    // Sethi; "a UN spokesperson said ... “...,” she said" is the spokesperson. An unnamed
    // speaker may tell a gender too: "his mother said" is no "he".
    // The statement reaches to the end of the sentence that names its speaker: "..., said
    // Tomasz Reiner, chief economist at Halvorsen Capital in London. He said" is Reiner.
    auto statementEnd = [&](const QuoteFound &s) {
        const int end = std::max(s.span.end, s.speakerSpan.end);
        const int token = doc.tokenAt(end) - 1;
        const auto after = std::upper_bound(doc.sentences.cbegin(), doc.sentences.cend(), token,
                                            [](int t, const Sentence &x) { return t < x.first; });
        if (token < 0 || after == doc.sentences.cbegin())
            return end;
        const Sentence &sentence = *(after - 1);
        return sentence.last > sentence.first && token < sentence.last ? doc.tokens[sentence.last - 1].end : end;
    };
    // "according to the national statistics office. She said": an office or a document is no
    // "she".
    // Nor are "expense records obtained by the Westminster Courier": some word must say a person.
    auto unnamedPerson = [&](Span words) {
        const int last = lastTokenOf(doc, words);
        if (last < 0 || (m_lexicon.flags(doc.tokens[last].word) & OrgWord) || isDefiniteThing(doc, words)
            || !unnamedOutlet(doc, doc.tokenAt(words.start), last + 1).isEmpty())
            return false;
        // A name the tagger did not type as one ("Her husband, Curtis, told") is a person too.
        bool name = true;
        for (int k = doc.tokenAt(words.start); k <= last && name; ++k)
            name = doc.tokens[k].is(Word) && doc.tokens[k].is(Capitalised) && !isDeterminer(doc, k);
        if (name)
            return true;
        for (int k = doc.tokenAt(words.start); k <= last; ++k) {
            const Token &t = doc.tokens[k];
            if ((m_lexicon.flags(t.word) & (PersonNoun | kUnnamedHead | TitleWord))
                || (t.is(Number) && t.is(Hyphenated) && doc.textOf(t).endsWith(u"-old")))
                return true;
        }
        return false;
    };
    const bool carriesOn = before && q.paragraph - before->paragraph <= 1
        && (latest < 0 || doc.mentions[latest].span.start < statementEnd(*before))
        && ((before->speaker < 0 && fits(describedGender(doc, before->speakerSpan)) && !plural(before->speakerSpan)
             && unnamedPerson(before->speakerSpan))
            || (before->speaker >= 0 && doc.mentions[before->speaker].type == u"PERSON" && fits(genderOf(doc.mentions[before->speaker]))));
    if (!carriesOn) {
        // A description is only resolved to a person named close by: in this paragraph or
        // the two before ("... the 47-year-old says").
        if (latest >= 0 && (!described || q.paragraph - doc.paragraphOf(doc.mentions[latest].first) <= 2))
            q.speaker = latest;
        return;
    }
    // A description names the speaker better than another description does.
    if (described && before->speaker < 0)
        return;
    q.speaker = before->speaker;
    if (before->speaker < 0) {
        q.speakerSpan = before->speakerSpan;
        q.anonymous = before->anonymous;
    }
}

int Attribution::personWithTitle(const Document &doc, Span words) const
{
    // "the minister", "the central bank governor", "the vice-chancellor": "the", up to two
    // words, and a title word or the noun a person was described with.
    const int first = doc.tokenAt(words.start);
    const int last = lastTokenOf(doc, words);
    if (first < 0 || last <= first || last - first > 3 || !textIs(doc, first, u"the") || !doc.tokens[last].is(Word)
        || doc.tokens[last].is(Capitalised))
        return -1;
    const QStringView noun = doc.textOf(doc.tokens[last]);
    const bool title = m_lexicon.flags(doc.tokens[last].word) & TitleWord;
    // "..., a firm that advised Rodrigo Lagos, the records show.": several things, no person.
    if (pluralNoun(noun) && !title && !(m_lexicon.flags(doc.tokens[last].word) & PersonNoun))
        return -1;
    auto is = [&](int k) { return k >= 0 && k < doc.tokens.size() && sameWordIgnoringCase(doc.textOf(doc.tokens[k]), noun); };
    // "The university's vice-chancellor, Professor Aldous Brennan-Okoro," and "Aldous
    // Brennan-Okoro, the vice-chancellor,": the noun beside the name.
    auto describedBeside = [&](const Mention &m) {
        int k = m.first - 1;
        while (!m.title.isEmpty() && k >= 0 && doc.tokens[k].is(Capitalised) && m.first - k <= 3)
            --k;
        if (k >= 1 && isComma(doc, k) && is(k - 1))
            return true;
        if (is(k)) // "The Bafta-winning actor Julian Marchbank-Idowu"
            return true;
        // After the name, an appositive: "Aldous Brennan-Okoro, the vice-chancellor," or
        // "..., the university's vice-chancellor,", not "Jesper Thorsager, denied that the company".
        if (!isComma(doc, m.last)
            || !(isOneOf(doc, m.last + 1, {u"the", u"a", u"an"})
                 || (m.last + 2 < doc.tokens.size() && doc.tokens[m.last + 2].is(Possessive))))
            return false;
        // The head of the phrase, before any preposition: not "chief executive of the company".
        // Not the subject of the report that follows: "... for striker Youssef Benali, the club said".
        for (int j = m.last + 1; j < doc.tokens.size() && j <= m.last + 8 && !isComma(doc, j) && !doc.tokens[j].is(SentenceFinal)
                                 && !isOneOf(doc, j, {u"of", u"at", u"for", u"from", u"in", u"with", u"to", u"on", u"who", u"which"}); ++j)
            if (is(j))
                return !(j + 1 < doc.tokens.size() && doc.tokens[j + 1].is(Word)
                         && (m_lexicon.flags(doc.tokens[j + 1].word) & SpeechVerb));
        return false;
    };
    // A prime or first minister is no "the minister": an office of its own.
    auto ownOffice = [&](const QString &title) {
        const QStringView t = QStringView(title).chopped(qMin(title.size(), noun.size())).trimmed();
        const QStringView before = t.sliced(t.lastIndexOf(u' ') + 1);
        return (before.compare(u"Prime", Qt::CaseInsensitive) == 0 || before.compare(u"First", Qt::CaseInsensitive) == 0)
            && !(last - 1 > first && sameWordIgnoringCase(doc.textOf(doc.tokens[last - 1]), before));
    };
    auto namedWith = [&](const Mention &candidate) {
        return candidate.type == u"PERSON"
            && ((title && !candidate.title.isEmpty() && titleEndsWith(candidate.title, noun) && !ownOffice(candidate.title))
                || describedBeside(candidate));
    };
    // The person named with it who was mentioned last: "Brentwood manager Steve Hollis ...
    // Ashford manager Mark Delaney ... Hollis confirmed Moran would start. “...,” the manager
    // said" is Hollis. A bounded look back, so that a long text stays linear.
    const int end = doc.mentionsBefore(first);
    const int from = std::max(0, end - 200);
    // The groups named with it in the window: a short list, not a table as large as the
    // text's entities, since this runs for every such description.
    std::vector<int> titledGroups;
    for (int m = from; m < end; ++m) {
        const Mention &candidate = doc.mentions[m];
        if (candidate.group >= 0 && namedWith(candidate))
            titledGroups.push_back(candidate.group);
    }
    for (int m = end - 1; m >= from; --m) {
        const Mention &candidate = doc.mentions[m];
        if (candidate.type != u"PERSON")
            continue;
        const bool groupTitled = candidate.group >= 0
            && std::find(titledGroups.begin(), titledGroups.end(), candidate.group) != titledGroups.end();
        if (groupTitled || namedWith(candidate))
            return m;
    }
    return -1;
}

int Attribution::organisationDescribed(const Document &doc, const QuoteFound &q, const QuoteFound *before,
                                       int lastOrganisation) const
{
    // "the court", "the student union", "the company": "the", up to two words, and a noun that
    // heads organisations' names or names a business.
    const int first = doc.tokenAt(q.speakerSpan.start);
    const int last = lastTokenOf(doc, q.speakerSpan);
    if (first < 0 || last <= first || last - first > 3 || !textIs(doc, first, u"the") || !doc.tokens[last].is(Word)
        || doc.tokens[last].is(Capitalised))
        return -1;
    const QStringView head = doc.textOf(doc.tokens[last]);
    const bool business = isOneOf(doc, last, {u"company", u"firm", u"group", u"maker", u"manufacturer", u"retailer",
                                              u"carrier", u"airline", u"lender", u"insurer", u"developer", u"business",
                                              u"conglomerate", u"chain", u"charity", u"organisation", u"organization"});
    if (!business && !(m_lexicon.flags(doc.tokens[last].word) & OrgWord))
        return -1;
    auto named = [&](const Mention &m) {
        for (int k = m.first; k < m.last; ++k)
            if (sameWordIgnoringCase(doc.textOf(doc.tokens[k]), head))
                return true;
        return false;
    };
    // "the statistical office": the one named with the description's words ("the Czech
    // Statistical Office"), wherever it was named.
    const int modifier = last - 1 > first && doc.tokens[last - 1].is(Word) && !doc.tokens[last - 1].is(Capitalised) ? last - 1 : -1;
    if (modifier >= 0) {
        const QStringView word = doc.textOf(doc.tokens[modifier]);
        const int end = doc.mentionsBefore(first);
        for (int m = end - 1; m >= 0 && m >= end - 200; --m) {
            const Mention &candidate = doc.mentions[m];
            bool hasWord = false;
            for (int k = candidate.first; k < candidate.last && !hasWord; ++k)
                hasWord = sameWordIgnoringCase(doc.textOf(doc.tokens[k]), word);
            if (candidate.type == u"ORG" && hasWord && named(candidate))
                return m;
        }
    }
    // "Halvorsen Group ... has agreed to buy Brightwell Brands, the company said": the business
    // the statement is about opens it.
    if (business && q.label == u"INDIRECT") {
        const int subject = mentionStartingAt(doc, q.firstToken);
        if (subject >= 0 && doc.mentions[subject].type == u"ORG" && !doc.mentions[subject].outlet
            && !namesInstitution(doc, doc.mentions[subject]) && !namesAssociation(doc, doc.mentions[subject]))
            return subject;
    }
    // The organisation that spoke just before, if it may be so described: "the party" after
    // "the Calvarian People's Alliance denied", not "the court" after "the ministry said".
    if (before && before->speaker >= 0 && q.paragraph - before->paragraph <= 2) {
        const Mention &spoke = doc.mentions[before->speaker];
        if (spoke.type == u"ORG" && !spoke.outlet && (named(spoke) || !namesInstitution(doc, spoke)))
            return before->speaker;
    }
    // "the company": the business that spoke last, else the latest one named.
    if (business && lastOrganisation >= 0)
        return lastOrganisation;
    // A bounded look back, as for titles.
    const int end = doc.mentionsBefore(first);
    for (int m = end - 1; m >= 0 && m >= end - 200; --m) {
        const Mention &candidate = doc.mentions[m];
        if (candidate.type != u"ORG" || candidate.outlet || doc.zoneOf(candidate.first) == u"BYLINE"
            || doc.zoneOf(candidate.first) == u"CREDIT")
            continue;
        if (business ? !namesInstitution(doc, candidate) && !namesAssociation(doc, candidate) : named(candidate))
            return m; // "the company": "Nordhavn Appliances"; "the court": "the Special Criminal Court"
    }
    return -1;
}

void Attribution::resolveIt(const Document &doc, QuoteFound &q, const QuoteFound *before) const
{
    // "it said": the organisation that spoke just before, or the latest one named in this
    // paragraph or the one before ("Kellerstadt Parken ... In a statement to dpa, it said").
    if (before && q.paragraph - before->paragraph <= 1 && before->speaker >= 0
        && doc.mentions[before->speaker].type == u"ORG") {
        q.speaker = before->speaker;
        return;
    }
    const int first = doc.tokenAt(q.speakerSpan.start);
    // The latest mentions before the pronoun, a bounded number of them: one long paragraph of
    // "it said" stays linear.
    const int end = doc.mentionsBefore(first);
    for (int m = end - 1; m >= 0 && m >= end - 200; --m) {
        const Mention &candidate = doc.mentions[m];
        if (q.paragraph - doc.paragraphOf(candidate.first) > 1)
            break;
        if (candidate.type == u"ORG" && !candidate.outlet) {
            q.speaker = m;
            return;
        }
    }
    // "The memo said ... Employees will get 16 weeks of pay, it said": an unnamed thing that
    // spoke just before.
    if (before && before->speaker < 0 && !before->anonymous && q.paragraph == before->paragraph
        && !before->speakerSpan.isEmpty() && isDefiniteThing(doc, before->speakerSpan)) {
        q.speakerSpan = before->speakerSpan;
        return;
    }
    // "The national disaster agency put the number at 210,000. In a statement, it warned":
    // the organisation that opens a sentence just before.
    // The sentence of the pronoun, by binary search: an article of many "it said" stays linear.
    const auto after = std::upper_bound(doc.sentences.cbegin(), doc.sentences.cend(), first,
                                        [](int token, const Sentence &s) { return token < s.first; });
    const int sentence = int(after - doc.sentences.cbegin()) - 1;
    for (int k = sentence - 1; k >= 0 && k >= sentence - 3 && q.paragraph - doc.sentences[k].paragraph <= 1; --k) {
        const Sentence &s = doc.sentences[k];
        // "The national disaster agency", "Ostrevia’s foreign ministry".
        const bool owned = s.first + 1 < s.last && doc.tokens[s.first].is(Capitalised) && doc.tokens[s.first + 1].is(Possessive);
        const bool opened = isDeterminer(doc, s.first) || owned;
        int head = s.first + (owned ? 2 : isDeterminer(doc, s.first) ? 1 : 0);
        for (; head < s.last && head < s.first + 5 && doc.tokens[head].is(Word); ++head) {
            if (m_lexicon.flags(doc.tokens[head].word) & OrgWord) {
                if (opened && !doc.tokens[head].is(Capitalised))
                    q.speakerSpan = doc.spanOf(s.first, head + 1);
                return;
            }
            // "The study followed 90,000 adults. It found that ...": a work that reports, when
            // "it" opens the next sentence.
            if (k == sentence - 1 && first == doc.sentences[sentence].first && textIs(doc, s.first, u"the")
                && isOneOf(doc, head, {u"study", u"report", u"survey", u"review", u"analysis", u"paper", u"audit",
                                       u"inquiry", u"investigation", u"research"})) {
                q.speakerSpan = doc.spanOf(s.first, head + 1);
                return;
            }
        }
    }
}

bool Attribution::isDefiniteThing(const Document &doc, Span words) const
{
    // "the memo", "the report", "the study": one thing, not a person.
    const int first = doc.tokenAt(words.start);
    const int last = lastTokenOf(doc, words);
    if (first < 0 || last <= first || last - first > 3 || !textIs(doc, first, u"the"))
        return false;
    const quint32 flags = m_lexicon.flags(doc.tokens[last].word);
    return !(flags & (PersonNoun | kUnnamedHead | TitleWord | PronounWord)) && !doc.tokens[last].is(Capitalised)
        && !doc.textOf(doc.tokens[last]).endsWith(u's');
}

} // namespace Lede::Core::Extraction

#include "extract/entityfinder.h"
#include "extract/attributionwords.h"
#include "extract/entitynamewords.h"

#include <QHash>

#include <algorithm>

namespace Lede::Core::Extraction {

namespace {

using namespace EntityNameWords;

// Longer runs of capitalised words are cut: no name is that long, and the cut keeps the
// per-chunk work (and recursion) bounded on pathological input.
constexpr int kMaxNameTokens = 12;

bool isNameToken(const Token &t)
{
    return t.is(Word) && t.is(Capitalised);
}

// Capitalised function words end a name even inside a run of capitals ("Quat In Hong Kong").
bool isFunctionWord(QStringView w)
{
    static constexpr QStringView words[] = {u"In", u"At", u"On", u"The", u"A", u"An", u"But",
                                            u"And", u"Of", u"To", u"By", u"With", u"From", u"As",
                                            u"For", u"If", u"When", u"While", u"After", u"Before"};
    for (const QStringView x : words)
        if (w == x)
            return true;
    return false;
}



bool isYear(QStringView s)
{
    const int v = numberValue(s);
    return s.size() == 4 && v >= 1000 && v <= 2100;
}

bool opensClause(QChar c)
{
    return Tokenizer::isQuoteChar(c) || c == u'(' || c == u':' || c == u'—' || c == u'–'
        || c == u'-' || c == u'[';
}

} // namespace

bool describesOrganisation(const Lexicon &lexicon, const Document &doc, int t)
{
    if (t < 0 || t >= doc.tokens.size() || !doc.tokens[t].is(Word))
        return false;
    if (lexicon.flags(doc.tokens[t].word) & OrgWord)
        return true;
    const QStringView w = doc.textOf(doc.tokens[t]);
    for (const QStringView noun : {u"firm", u"operator", u"carrier", u"developer", u"chain", u"retailer", u"manufacturer",
                                   u"insurer", u"lender", u"charity", u"maker", u"giant", u"startup", u"conglomerate",
                                   u"supplier", u"producer", u"automaker", u"carmaker", u"drugmaker", u"chipmaker",
                                   u"distributor", u"exporter", u"airline", u"brewer", u"bank", u"start-up", u"company"})
        if (sameWordIgnoringCase(w, noun))
            return true;
    return false;
}

QString entityTypeOf(PhraseKind kind)
{
    switch (kind) {
    case PhraseKind::Country:
    case PhraseKind::City:
    case PhraseKind::State:
        return QStringLiteral("GPE");
    case PhraseKind::Region:
        return QStringLiteral("LOC");
    case PhraseKind::Nationality:
        return QStringLiteral("NORP");
    case PhraseKind::Organisation:
    case PhraseKind::Outlet:
        return QStringLiteral("ORG");
    default:
        return {};
    }
}

int EntityFinder::findDate(const Document &doc, int t, int end, Mention &out) const
{
    const Token &tok = doc.tokens[t];
    const quint32 f = m_lexicon.flags(tok.word);
    int len = 0;
    if ((f & WeekdayWord) && tok.is(Capitalised)) {
        // "The Sunday Courier", "the Sunday Times": a newspaper's name, no date.
        if (t + 1 < end && doc.tokens[t + 1].is(Capitalised) && (m_lexicon.flags(doc.tokens[t + 1].word) & OutletWord))
            return 0;
        len = 1;
        if (t + 1 < end && isOneOf(doc.textOf(doc.tokens[t + 1]), {u"night", u"morning", u"evening", u"afternoon", u"Night", u"Morning"}))
            len = 2;
    } else if ((f & MonthWord) && tok.is(Capitalised)) {
        int j = t + 1;
        if (j < end && doc.tokens[j].is(Number)) {
            const int day = numberValue(doc.textOf(doc.tokens[j]));
            if (day >= 1 && day <= 31)
                ++j;
            else if (isYear(doc.textOf(doc.tokens[j])))
                ++j;
        }
        if (j > t + 1 && j + 1 < end && doc.text[doc.tokens[j].start] == u','
            && isYear(doc.textOf(doc.tokens[j + 1])))
            j += 2;
        else if (j == t + 2 && j < end && isYear(doc.textOf(doc.tokens[j])))
            ++j;
        const QStringView word = doc.textOf(tok);
        const bool ambiguous = word == u"May" || word == u"March";
        const bool afterIn = t > 0 && doc.textOf(doc.tokens[t - 1]) == u"in";
        if (j > t + 1 || !ambiguous || afterIn)
            len = j - t;
    } else if (tok.is(Number)) {
        const QStringView s = doc.textOf(tok);
        const int day = numberValue(s);
        if (day >= 1 && day <= 31 && t + 1 < end && (m_lexicon.flags(doc.tokens[t + 1].word) & MonthWord)
            && doc.tokens[t + 1].is(Capitalised)) {
            len = 2;
            if (t + 2 < end && isYear(doc.textOf(doc.tokens[t + 2])))
                len = 3;
        } else if (isYear(s)) {
            len = 1;
        } else if (s.size() == 5 && s.endsWith(u's') && numberValue(s.left(4)) >= 1000) {
            len = 1; // "1990s"
        }
    } else if ((f & DateModifierWord) && t + 1 < end
               && (m_lexicon.flags(doc.tokens[t + 1].word) & DateUnitWord)) {
        len = 2;
    } else if (f & RelativeDateWord) {
        len = 1;
    }
    if (!len)
        return 0;
    bool withArticle = false;
    // "the 1990s", "the next day": the article belongs to a date that is not a name.
    if (t > 0 && sameWordIgnoringCase(doc.textOf(doc.tokens[t - 1]), u"the")
        && !(f & (WeekdayWord | MonthWord)) && !isYear(doc.textOf(tok))) {
        --t;
        ++len;
        withArticle = true;
    }
    out = {};
    out.first = t;
    out.last = t + len;
    out.span = doc.spanOf(t, t + len);
    out.type = QStringLiteral("DATE");
    out.rule = QStringLiteral("entity.date");
    return withArticle ? len - 1 : len;
}

int EntityFinder::chunkEnd(const Document &doc, int t, int end) const
{
    int j = t + 1;
    end = std::min(end, t + kMaxNameTokens);
    while (j < end) {
        const Token &tok = doc.tokens[j];
        const quint32 f = m_lexicon.flags(tok.word);
        if (isNameToken(tok)) {
            if ((f & (WeekdayWord | MonthWord)) || isFunctionWord(doc.textOf(tok)))
                break;
            // "Kenyan-backed" is an adjective, handled on its own.
            if (tok.is(Hyphenated) && doc.text[tok.end - 1].isLower() && !tok.is(AllCaps)) {
                const QStringView w = doc.textOf(tok);
                const qsizetype h = w.indexOf(u'-');
                if (h > 0 && h + 1 < w.size() && w[h + 1].isLower())
                    break;
            }
            ++j;
            continue;
        }
        if (!(f & NameConnector) || tok.is(Capitalised))
            break;
        // "University of Oxford", "Bank of England", "Alternative for Germany": a connector
        // joins names only after an organisation or place head, or before a known place.
        const quint32 before = m_lexicon.flags(doc.tokens[j - 1].word);
        int next = j + 1;
        if (next < end && doc.textOf(doc.tokens[next]) == u"the")
            ++next;
        if (next >= end || !isNameToken(doc.tokens[next]))
            break;
        const QStringView word = doc.textOf(tok);
        const bool particle = word != u"of" && word != u"for" && word != u"and" && word != u"on"
            && word != u"the" && word != u"&";
        const bool afterHead = before & (OrgWord | LocWord);
        const bool ampersand = word == u"&";
        if (!(particle || afterHead || ampersand))
            break;
        j = next + 1;
    }
    return j;
}

bool opensSaintsTown(const Document &doc, int t)
{
    return AttributionWords::isOneOf(doc, t, {u"Santa", u"San", u"Santo", u"São", u"Sankt"});
}

int firstOfTwoSurnames(const Lexicon &lexicon, const Document &doc, const Mention &m)
{
    if (m.type != u"PERSON" || m.last - m.first != 3)
        return -1;
    const Token &middle = doc.tokens[m.first + 1];
    const QStringView text = doc.textOf(middle);
    const bool surname = middle.is(Word) && middle.is(Capitalised) && text.size() > 2 && !text.endsWith(u'.')
        && lexicon.genderOf(doc.textOf(doc.tokens[m.first])) != NameGender::Unknown
        && !(lexicon.flags(middle.word) & (FirstName | CommonWord | NameConnector))
        && lexicon.genderOf(text) == NameGender::Unknown && !lexicon.wordMatch(middle.word, kPlaces).length;
    return surname ? m.first + 1 : -1;
}

int titleStartWithRemits(const Lexicon &lexicon, const Document &doc, int first, int last)
{
    auto capitalisedWord = [&doc](int t) { return t >= 0 && doc.tokens[t].is(Word) && doc.tokens[t].is(Capitalised); };
    // "talks between Britain and Foreign Minister Jean Dupont": a place is no remit.
    // Nor a given name, nor one of two parties: "talks between Macron and Foreign Minister".
    auto remit = [&](int t) {
        return capitalisedWord(t) && !lexicon.wordMatch(doc.tokens[t].word, kGazetteer).length
            && !(lexicon.flags(doc.tokens[t].word) & FirstName) && lexicon.genderOf(doc.textOf(doc.tokens[t])) == NameGender::Unknown
            && !AttributionWords::textIs(doc, t - 1, u"between");
    };
    auto conjunction = [&doc](int t) { return AttributionWords::textIs(doc, t, u"and") || doc.textOf(doc.tokens[t]) == u"&"; };
    // A remit list ends in "and": "Culture, Media and Sport". Without one, a comma before the
    // title ends a phrase ("In London, Foreign Secretary David Lammy").
    bool joined = false;
    for (int k = first; k < last && !joined; ++k)
        joined = conjunction(k);
    int start = first;
    while (start >= 2 && remit(start - 2)) {
        if (conjunction(start - 1))
            joined = true;
        else if (!(joined && doc.textOf(doc.tokens[start - 1]) == u","))
            break;
        start -= 2;
    }
    return start == first || capitalisedWord(start - 1) ? first : start;
}

QString EntityFinder::titleBefore(const Document &doc, int first, int sentenceFirst) const
{
    const int prev = first - 1;
    if (prev < sentenceFirst)
        return {};
    const Token &tok = doc.tokens[prev];
    if (tok.is(Word) && (m_lexicon.flags(tok.word) & TitleWord))
        return doc.textOf(tok).toString();
    return {};
}

QString EntityFinder::typeOf(const Document &doc, const Chunk &c, QString &rule) const
{
    const int n = c.last - c.first;
    const Token &first = doc.tokens[c.first];
    const Token &last = doc.tokens[c.last - 1];
    const quint32 ff = m_lexicon.flags(first.word);
    const quint32 lf = m_lexicon.flags(last.word);
    if ((lf & OrgWord) && !(n == 1 && (lf & TitleWord))) {
        rule = QStringLiteral("entity.orghead");
        return QStringLiteral("ORG");
    }
    if (n >= 3 && (m_lexicon.flags(doc.tokens[c.first + 1].word) & NameConnector) && (ff & OrgWord)) {
        rule = QStringLiteral("entity.orghead");
        return QStringLiteral("ORG");
    }
    if (n >= 2 && (lf & CompanyWord)) { // "Halvorsen Capital"
        rule = QStringLiteral("entity.orghead");
        return QStringLiteral("ORG");
    }
    if (n >= 2 && (lf & GpeWord)) {
        rule = QStringLiteral("entity.gpehead");
        return QStringLiteral("GPE");
    }
    if (n >= 2 && (lf & OutletWord)) {
        rule = QStringLiteral("entity.outlethead");
        return QStringLiteral("ORG");
    }
    // "Lois Lane", "Emma Hill": a given name before a head that is also a surname.
    const bool surnameHead = n == 2 && !(ff & LocWord)
        && AttributionWords::isOneOf(doc, c.last - 1, {u"Hall", u"Hill", u"Lane", u"Park", u"Gate", u"Bridge", u"Castle",
                                                       u"Tower", u"Forest", u"Temple", u"Way"})
        && ((ff & FirstName) || m_lexicon.genderOf(doc.textOf(first)) != NameGender::Unknown);
    if (n >= 2 && ((lf & LocWord) || (ff & LocWord)) && !surnameHead) {
        rule = QStringLiteral("entity.lochead");
        return QStringLiteral("LOC");
    }
    if (!c.title.isEmpty() && n <= 4) {
        rule = QStringLiteral("entity.title");
        return QStringLiteral("PERSON");
    }
    if (n >= 2 && opensSaintsTown(doc, c.first)) {
        rule = QStringLiteral("entity.saintplace");
        return QStringLiteral("GPE");
    }
    if ((ff & FirstName) && n >= 2 && n <= 4) {
        rule = QStringLiteral("entity.firstname");
        return QStringLiteral("PERSON");
    }
    if (describedPerson(doc, c)) {
        rule = QStringLiteral("entity.described");
        return QStringLiteral("PERSON");
    }
    if ((ff & FirstName) && n == 1 && !c.sentenceStart) {
        rule = QStringLiteral("entity.firstname");
        return QStringLiteral("PERSON");
    }
    if (n == 1 && first.is(AllCaps) && first.end - first.start <= 6 && !first.is(EndsWithPeriod)) {
        rule = QStringLiteral("entity.acronym");
        return QStringLiteral("ORG");
    }
    const int next = c.last;
    // Not a place after a preposition: "officials in neighbouring Turan dismissed".
    auto afterPreposition = [&](int t) {
        const int before = t - 1 >= 0 && doc.tokens[t - 1].is(Word) && !doc.tokens[t - 1].is(Capitalised)
                && !isOneOf(doc.textOf(doc.tokens[t - 1]), {u"in", u"from", u"at"}) ? t - 2 : t - 1;
        return before >= 0 && isOneOf(doc.textOf(doc.tokens[before]), {u"in", u"from", u"at", u"near"});
    };
    if (n <= 3 && next < doc.tokens.size() && (m_lexicon.flags(doc.tokens[next].word) & SpeechVerb)
        && doc.tokens[next].is(Word) && !doc.tokens[next].is(Capitalised) && !(n == 1 && c.sentenceStart)
        && !(n == 1 && afterPreposition(c.first))
        // "the 8th Circuit said": a court or a district, not a person.
        && !(c.first > 0 && doc.tokens[c.first - 1].is(Number)
             && isOneOf(doc.textOf(doc.tokens[c.first - 1]).right(2), {u"st", u"nd", u"rd", u"th"}))
        // "residents of Sanandaj said": a town does not speak; "Beijing said" is a government.
        && !(n == 1 && m_lexicon.wordMatch(first.word, kindBit(PhraseKind::WorldCity)).length)) {
        rule = QStringLiteral("entity.speaker");
        return QStringLiteral("PERSON");
    }
    // "“…,” said Priyanka Halvorsen, the party's spokeswoman.": a name right after a speech verb
    // that follows the quote speaks.
    // One name alone, when an age follows: "“…,” said Nurhayati, 38, a vegetable seller".
    const int verb = c.first - 1;
    const bool ageFollows = next + 2 < doc.tokens.size() && doc.text[doc.tokens[next].start] == u','
        && doc.tokens[next + 1].is(Number) && doc.tokens[next + 1].end - doc.tokens[next + 1].start <= 3
        && doc.text[doc.tokens[next + 2].start] == u',';
    const bool afterSpeechVerb = verb >= 1 && doc.tokens[verb].is(Word) && !doc.tokens[verb].is(Capitalised)
        && (m_lexicon.flags(doc.tokens[verb].word) & SpeechVerb)
        && (doc.tokens[verb - 1].is(QuoteMark) || doc.text[doc.tokens[verb - 1].start] == u',');
    // "“We had 11,000 claims,” Renee Gilchrist, head of claims at ..., told": a name right after
    // the quote it speaks, before its description.
    const bool afterQuote = n >= 2 && verb >= 1 && doc.tokens[verb].is(QuoteMark) && doc.tokens[verb].start >= 1
        && doc.text[doc.tokens[verb].start - 1] == u',' && next < doc.tokens.size() && doc.text[doc.tokens[next].start] == u',';
    // "“...,” said Pugh.": one name alone too, where the sentence ends after it.
    const bool endsAfter = next < doc.tokens.size() && doc.tokens[next].is(SentenceFinal)
        && !m_lexicon.wordMatch(first.word, kGazetteer | kindBit(PhraseKind::WorldCity)).length;
    if ((n >= 2 || (n == 1 && (ageFollows || (endsAfter && afterSpeechVerb)))) && n <= 3 && (afterSpeechVerb || afterQuote)
        && (next >= doc.tokens.size() || doc.tokens[next].is(Punct))) {
        bool plain = true;
        for (int k = c.first; k < c.last; ++k)
            plain = plain && doc.tokens[k].is(Word) && !doc.tokens[k].is(AllCaps)
                && !(m_lexicon.flags(doc.tokens[k].word) & (CommonWord | OrgWord | GpeWord | LocWord | OutletWord));
        if (plain) {
            rule = QStringLiteral("entity.speaker");
            return QStringLiteral("PERSON");
        }
    }
    // "The parking company, Kellerstadt Parken,", "the logistics firm Nordvik": the text says
    // what kind of name it is.
    // The noun opens its own phrase with a determiner, and is no object ("a spokesman for the
    // foreign ministry, Dmitri Velsky,").
    const int described = c.first - 1 >= 0 && doc.text[doc.tokens[c.first - 1].start] == u',' ? c.first - 2 : c.first - 1;
    auto ownPhrase = [&](int head) {
        for (int k = head - 1; k >= 0 && k >= head - 3; --k) {
            const QStringView w = doc.textOf(doc.tokens[k]);
            if (isOneOf(w, {u"the", u"The", u"a", u"A", u"an", u"An", u"its", u"Its"}))
                return !(k > 0 && isOneOf(doc.textOf(doc.tokens[k - 1]), {u"for", u"of", u"at", u"in", u"from", u"to", u"by", u"with"}));
            // "Danish home appliance maker Nordhavn": a nationality opens it.
            if (doc.tokens[k].is(Capitalised) && m_lexicon.wordMatch(doc.tokens[k].word, kindBit(PhraseKind::Nationality)).length)
                return true;
            // "the speaker of parliament, Henrikke Solvang,": the noun is the object, not the head.
            if (isOneOf(w, {u"of", u"for", u"at", u"in", u"from"}))
                return false;
            if (!doc.tokens[k].is(Word))
                return false;
        }
        return false;
    };
    if (n <= 3 && described >= 0 && doc.tokens[described].is(Word) && !doc.tokens[described].is(Capitalised)
        && ownPhrase(described)
        && describesOrganisation(m_lexicon, doc, described)) {
        rule = QStringLiteral("entity.appositive");
        return QStringLiteral("ORG");
    }
    // "St Brendan’s University Hospital", "St Aldric's College": a saint names a place.
    if (isOneOf(doc.textOf(first), {u"St", u"St.", u"Saint"}) && c.last < doc.tokens.size() && doc.tokens[c.last].is(Possessive))
        return {};
    const QString &zone = doc.zoneOf(c.first);
    if (n >= 2 && n <= 3 && !c.sentenceStart && zone != u"CREDIT" && zone != u"BOILERPLATE") {
        bool plain = true;
        for (int k = c.first; k < c.last; ++k)
            plain = plain && !doc.tokens[k].is(AllCaps) && doc.tokens[k].is(Word)
                && !(m_lexicon.flags(doc.tokens[k].word) & (CommonWord | SpeechVerb));
        if (plain) {
            rule = QStringLiteral("entity.nameshape");
            return QStringLiteral("PERSON");
        }
    }
    // At a sentence start too, where a capitalised word may be any word.
    if (n >= 2 && n <= 3 && describedAsPerson(doc, next)) {
        rule = QStringLiteral("entity.appositive");
        return QStringLiteral("PERSON");
    }
    if (n <= 3 && describedAsOrganisation(doc, next)) {
        rule = QStringLiteral("entity.appositive");
        return QStringLiteral("ORG");
    }
    // "Dolores Pratt, who has lived ...": where a capital says nothing, a given name of the
    // long lists before a name that is no word or place.
    if (n == 2 && givenNameAndSurname(doc, c.first)) {
        rule = QStringLiteral("entity.givenname");
        return QStringLiteral("PERSON");
    }
    return {};
}

void EntityFinder::handleChunk(const Document &doc, Chunk c, QList<Mention> &strong,
                               QList<Chunk> &pending) const
{
    // Leading function words and titles.
    while (c.first < c.last) {
        const Lexicon::Match m = m_lexicon.longestMatch(doc.tokens, c.first, c.last,
                                                        kGazetteer | kindBit(PhraseKind::Title));
        if (m.length == 0 && (m_lexicon.flags(doc.tokens[c.first].word) & (CommonWord | SpeechVerb))
            && !describedPerson(doc, c)) {
            ++c.first;
            c.sentenceStart = false;
            continue;
        }
        // "General Motors", "General Electric": a business's name, no general.
        if (m.length && m.kind == PhraseKind::Title && c.first + m.length == c.last - 1
            && (m_lexicon.flags(doc.tokens[c.last - 1].word) & CompanyWord))
            break;
        if (m.length && m.kind == PhraseKind::Title) {
            if (c.first + m.length >= c.last)
                return; // a title on its own ("the President")
            c.title = doc.textOf(titleStartWithRemits(m_lexicon, doc, c.first, c.first + m.length), c.first + m.length).toString();
            c.first += m.length;
            c.sentenceStart = false;
            continue;
        }
        break;
    }
    if (c.first >= c.last)
        return;
    const int n = c.last - c.first;
    bool orgHead = false;
    for (int k = c.first + 1; k < c.last; ++k) {
        const quint32 f = m_lexicon.flags(doc.tokens[k].word);
        orgHead = orgHead || ((f & (OrgWord | LocWord)) && !(f & TitleWord));
    }

    // A title inside the chunk splits it: "U.S. President Donald Trump".
    if (!orgHead) {
        for (int k = c.first + 1; k < c.last; ++k) {
            const Lexicon::Match tm = m_lexicon.longestMatch(doc.tokens, k, c.last,
                                                             kindBit(PhraseKind::Title));
            if (!tm.length)
                continue;
            Chunk left{c.first, k, c.title, c.sentenceStart, c.weak};
            Chunk right{k + tm.length, c.last, doc.textOf(k, k + tm.length).toString(), false, c.weak};
            const Lexicon::Match lm = m_lexicon.longestMatch(doc.tokens, left.first, left.last, kGazetteer);
            if (lm.length == left.last - left.first) {
                handleChunk(doc, left, strong, pending);
            } else {
                // "Interior Minister" style: the unknown left part is part of the title.
                right.title = doc.textOf(titleStartWithRemits(m_lexicon, doc, left.first, k + tm.length), k + tm.length).toString();
            }
            if (right.first < right.last)
                handleChunk(doc, right, strong, pending);
            return;
        }
    }

    auto addMention = [&](int first, int last, const QString &type, const QString &rule, int canonical) {
        Mention m;
        m.first = first;
        m.last = last;
        m.span = doc.spanOf(first, last);
        m.type = type;
        m.rule = rule;
        m.title = c.title;
        m.canonical = canonical;
        strong.append(m);
    };

    const Lexicon::Match m = m_lexicon.longestMatch(doc.tokens, c.first, c.last, kGazetteer);
    if (m.length == n) {
        addMention(c.first, c.last, entityTypeOf(m.kind), QStringLiteral("entity.gazetteer"), m.canonical);
        strong.last().outlet = m.kind == PhraseKind::Outlet;
        return;
    }
    if (m.length && (kindBit(m.kind) & kPlaces) && !orgHead) {
        addMention(c.first, c.first + m.length, entityTypeOf(m.kind), QStringLiteral("entity.gazetteer"),
             m.canonical);
        Chunk rest{c.first + m.length, c.last, c.title, false, c.weak};
        handleChunk(doc, rest, strong, pending);
        return;
    }
    if (c.title.isEmpty()) {
        int sentenceFirst = c.first;
        while (sentenceFirst > 0 && c.first - sentenceFirst < 3)
            --sentenceFirst;
        c.title = titleBefore(doc, c.first, sentenceFirst);
    }
    QString rule;
    const QString type = typeOf(doc, c, rule);
    if (!type.isEmpty() && !c.weak) {
        addMention(c.first, c.last, type, rule, -1);
        return;
    }
    pending.append(c);
}

void EntityFinder::resolvePending(const Document &doc, QList<Mention> &mentions,
                                  const QList<Chunk> &pending) const
{
    QHash<QString, QString> known;   // name -> type
    QHash<QString, QString> surnames; // last word of a multi-word person name -> PERSON
    for (const Mention &m : std::as_const(mentions)) {
        if (m.type == u"DATE")
            continue;
        known.insert(doc.textOf(m.span).toString(), m.type);
        if (m.type == u"PERSON" && m.last - m.first >= 2) {
            surnames.insert(doc.textOf(doc.tokens[m.last - 1]).toString(), m.type);
        }
    }
    for (const Chunk &c : pending) {
        const QString text = doc.textOf(c.first, c.last).toString();
        QString type = known.value(text);
        QString rule = QStringLiteral("entity.propagated");
        if (type.isEmpty() && c.last - c.first == 1)
            type = surnames.value(text);
        if (type.isEmpty() && c.weak) {
            QString guessedRule;
            Chunk strongChunk = c;
            strongChunk.weak = false;
            const QString guessed = typeOf(doc, strongChunk, guessedRule);
            if (guessed == u"PERSON" && guessedRule == u"entity.firstname") {
                type = guessed;
                rule = guessedRule;
            }
        }
        if (type.isEmpty())
            continue;
        Mention m;
        m.first = c.first;
        m.last = c.last;
        m.span = doc.spanOf(c.first, c.last);
        m.type = type;
        m.rule = rule;
        m.title = c.title;
        mentions.append(m);
    }
}

void EntityFinder::run(Document &doc) const
{
    QList<Mention> strong;
    QList<Chunk> pending;
    int paragraph = -1;
    bool titleCaseHeadline = false;
    for (const Sentence &s : std::as_const(doc.sentences)) {
        if (s.paragraph != paragraph) {
            paragraph = s.paragraph;
            const Paragraph &p = doc.paragraphs[paragraph];
            titleCaseHeadline = false;
            if (p.zone == u"HEADLINE") {
                int words = 0, caps = 0;
                for (int k = p.firstToken; k < p.lastToken; ++k) {
                    if (doc.tokens[k].is(Word) && doc.tokens[k].end - doc.tokens[k].start > 3) {
                        ++words;
                        caps += doc.tokens[k].is(Capitalised) ? 1 : 0;
                    }
                }
                titleCaseHeadline = words > 2 && caps * 10 > words * 6;
            }
        }
        int t = s.first;
        while (t < s.last) {
            Mention date;
            if (const int len = findDate(doc, t, s.last, date)) {
                strong.append(date);
                t += len;
                continue;
            }
            const Token &tok = doc.tokens[t];
            if (tok.is(Hyphenated) && tok.is(Capitalised)) {
                // "Kenyan-backed": the part before the hyphen names a group or place.
                const QStringView text = doc.textOf(tok);
                qsizetype h = 0;
                while (h < text.size() && text[h] != u'-' && text[h] != u'‐')
                    ++h;
                const Lexicon::Match wm = m_lexicon.wordMatch(m_lexicon.wordId(text.left(h)), kPlaces);
                if (wm.length) {
                    Mention m;
                    m.first = t;
                    m.last = t + 1;
                    m.span = {tok.start, tok.start + int(h)};
                    m.type = entityTypeOf(wm.kind);
                    m.rule = QStringLiteral("entity.hyphenated");
                    m.canonical = wm.canonical;
                    strong.append(m);
                    ++t;
                    continue;
                }
            }
            if (!isNameToken(tok)) {
                ++t;
                continue;
            }
            int e = chunkEnd(doc, t, s.last);
            // A listed name may join words the chunk rules do not ("Alternative for Germany",
            // where "for" follows no organisation head).
            // "The Globe and Mail": after a capitalised function word too.
            const int from = isFunctionWord(doc.textOf(tok)) && t + 1 < s.last ? t + 1 : t;
            const Lexicon::Match listed = m_lexicon.longestMatch(doc.tokens, from, s.last,
                                                                 kindBit(PhraseKind::Organisation) | kindBit(PhraseKind::Outlet));
            // A listed name may also end in a number: "No 10".
            if (from + listed.length > e
                && (isNameToken(doc.tokens[from + listed.length - 1]) || doc.tokens[from + listed.length - 1].is(Number)))
                e = from + listed.length;
            Chunk c;
            c.first = t;
            c.last = e;
            c.sentenceStart = t == s.first || opensClause(doc.text[doc.tokens[t - 1].start]);
            c.weak = titleCaseHeadline;
            handleChunk(doc, c, strong, pending);
            t = e;
        }
    }
    resolvePending(doc, strong, pending);
    std::sort(strong.begin(), strong.end(), [](const Mention &a, const Mention &b) {
        return a.span < b.span;
    });
    doc.mentions = std::move(strong);
}

} // namespace Lede::Core::Extraction

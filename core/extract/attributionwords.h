#pragma once

// Word classes the attribution stage tests tokens against (lists of function words, not
// lexicon entries). Header-only and inline: these run for every token of every sentence.

#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/samewords.h"

#include <initializer_list>

namespace Lede::Core::Extraction::AttributionWords {

/// The head of an unnamed source: "officials", "a spokesperson", and plural people
/// ("economists", "protesters").
inline constexpr quint32 kUnnamedHead = AnonymousHead | GroupNoun;

inline bool textIs(const Document &doc, int t, QStringView word)
{
    return t >= 0 && t < doc.tokens.size() && sameWordIgnoringCase(doc.textOf(doc.tokens[t]), word);
}

// The words are views, not pointers: a literal's length is known where it is written, so the
// comparison needs no strlen per call (these run for most tokens of an article).
inline bool isOneOf(const Document &doc, int t, std::initializer_list<QStringView> words)
{
    if (t < 0 || t >= doc.tokens.size())
        return false;
    return isOneOfIgnoringCase(doc.textOf(doc.tokens[t]), words);
}

inline bool isComma(const Document &doc, int t)
{
    return t >= 0 && t < doc.tokens.size() && doc.text[doc.tokens[t].start] == u',';
}

// A mention that names where someone is from: a place, or one word the tagger may have taken
// for a person ("officials in neighbouring Turan").
inline bool namesPlace(const Mention &m)
{
    return m.type == u"GPE" || m.type == u"LOC" || (m.type == u"PERSON" && m.last - m.first == 1);
}

// A comma right before token @p t, or inside the closing mark of a quote before it: ', adding'
// and '"murky at best," adding'.
inline bool commaBefore(const Document &doc, int t)
{
    return isComma(doc, t - 1) || (t >= 2 && doc.tokens[t - 1].is(QuoteMark) && isComma(doc, t - 2));
}

// Words that may stand between a subject and its reporting verb ("Brenner also said").
inline bool isAdverb(const Document &doc, int t)
{
    if (t < 0 || t >= doc.tokens.size() || !doc.tokens[t].is(Word) || doc.tokens[t].is(Capitalised))
        return false;
    const QStringView w = doc.textOf(doc.tokens[t]);
    return w.size() > 4 && w.endsWith(u"ly") && w != u"family" && w != u"italy";
}

inline bool isSkippable(const Document &doc, int t)
{
    return isAdverb(doc, t) || isOneOf(doc, t, {u"also", u"has", u"had", u"have", u"later", u"previously", u"then",
                            u"again", u"repeatedly", u"further", u"once", u"would", u"will",
                            u"has", u"publicly", u"quickly", u"recently", u"earlier", u"reportedly",
                            u"allegedly", u"apparently", u"had", u"did", u"does", u"not", u"never",
                            u"himself", u"herself", u"themselves", u"both", u"all", u"however",
                            u"do", u"don't", u"doesn't", u"didn't", u"should", u"must", u"can",
                            u"can't", u"cannot", u"could", u"may", u"might", u"shall", u"won't",
                            u"wouldn't", u"really", u"just", u"still", u"always", u"actually",
                            u"certainly", u"even", u"now", u"only", u"personally", u"genuinely", u"first", u"long"});
}

// "say" reports speech whatever its subject is: "the states say the Act ...".
inline bool isSayVerb(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"say", u"says", u"said"});
}

// Speech verbs of belief, which take a clause without "that" even before "it": "I think it is".
inline bool isBeliefVerb(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"think", u"thinks", u"thought", u"believe", u"believes", u"believed"});
}

inline bool isAuxiliary(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"would", u"will", u"was", u"is", u"were", u"are", u"had", u"has", u"have",
                            u"could", u"can", u"may", u"might", u"should", u"must", u"did", u"does"});
}

inline bool isDeterminer(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"a", u"an", u"the", u"his", u"her", u"its", u"their", u"our",
                            u"these", u"those", u"this", u"that", u"some", u"several", u"many",
                            u"two", u"three", u"other", u"one"});
}

// Words that open a reported clause after a verb of thought: "I think it is", "we know the".
inline bool opensClause(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"i", u"you", u"he", u"she", u"it", u"we", u"they", u"there",
                            u"this", u"that's", u"it's", u"there's", u"the", u"what", u"how",
                            u"whether", u"if", u"why", u"i'm", u"you're", u"we're", u"they're",
                            u"he's", u"she's", u"nobody", u"everyone", u"everybody", u"nothing"});
}

// Words after a reporting verb that open no reported clause: prepositions, objects, answers
// ("told him", "said so", "said goodbye").
inline bool opensNoClause(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"to", u"in", u"on", u"at", u"by", u"for", u"about", u"with", u"from",
                            u"of", u"as", u"it", u"so", u"and", u"no", u"nothing", u"goodbye", u"yes",
                            u"him", u"her", u"them", u"me", u"us", u"you"});
}

// Reporting verbs that also take a plain object: "confirmed the email's authenticity", "denied
// a defence motion" report nothing; "confirmed the talks had collapsed" does.
inline bool takesObject(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"confirmed", u"confirm", u"confirms", u"denied", u"deny", u"denies", u"announced",
                            u"announce", u"announces", u"acknowledged", u"acknowledge", u"acknowledges",
                            u"admitted", u"admit", u"admits", u"rejected", u"reject", u"rejects", u"disputed",
                            u"dispute", u"disputes", u"revealed", u"reveal", u"reveals", u"disclosed",
                            u"disclose", u"discloses", u"add", u"adds", u"added", u"argue", u"argues", u"argued",
                            u"claimed", u"claim", u"claims", u"claiming", // "claimed £48,000 in rent"
                            u"conceded", u"concede", u"concedes"}); // "conceded shortly after midnight"
}

inline bool isTellVerb(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"told", u"tell", u"tells", u"telling", u"assured", u"informed", u"reminded"});
}

/// "what critics called", "what the minister calls": "what" opens the clause of the verb at
/// @p t, with at most three words of subject between.
inline bool whatBefore(const Document &doc, int t, int first)
{
    for (int k = t - 1; k >= first && t - k <= 4; --k) {
        if (!doc.tokens[k].is(Word))
            return false;
        if (textIs(doc, k, u"what"))
            return k < t - 1;
    }
    return false;
}

/// Where the subject of the cue at @p t ends: "She let the board know that" is her telling
/// them, so the speaker stands before "let" (at most three words of object between), not
/// before "know". Elsewhere @p t itself.
inline int letsKnow(const Document &doc, int t)
{
    if (!textIs(doc, t, u"know"))
        return t;
    for (int k = t - 2; k >= 0 && t - k <= 4; --k) {
        if (!doc.tokens[k + 1].is(Word))
            return t;
        if (isOneOf(doc, k, {u"let", u"lets", u"letting"}))
            return k;
    }
    return t;
}

/// Where the subject of "saying" at @p t ends when a statement issued says it: "Harcourt's
/// office later issued a statement saying" is the office's. Elsewhere @p t itself.
inline int issuedStatement(const Document &doc, int t)
{
    if (!isOneOf(doc, t, {u"saying", u"stating"}) || t < 3
        || !isOneOf(doc, t - 1, {u"statement", u"letter", u"note", u"post", u"video", u"message", u"release"})
        || !isDeterminer(doc, t - 2)
        || !isOneOf(doc, t - 3, {u"issued", u"released", u"published", u"posted", u"sent", u"shared", u"wrote"}))
        return t;
    return t - 3;
}

inline bool isObjectPronoun(const Document &doc, int t)
{
    return isOneOf(doc, t, {u"him", u"her", u"them", u"us", u"me", u"you", u"reporters", u"journalists"});
}

/// "about 3,000", "at least 12", "up to 40": an approximate figure opens a reported clause,
/// though "about", "at" and "up" are otherwise prepositions after a verb.
inline bool approximatesFigure(const Document &doc, int t, int end)
{
    int k = t;
    if (isOneOf(doc, k, {u"about", u"around", u"roughly", u"approximately", u"over", u"under", u"nearly"}))
        k += 1;
    else if (isOneOf(doc, k, {u"at", u"up"}) && isOneOf(doc, k + 1, {u"least", u"most", u"to"}))
        k += 2;
    else
        return false;
    return k < end
        && (doc.tokens[k].is(Number)
            || isOneOf(doc, k, {u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten",
                                u"a", u"half", u"dozens", u"hundreds", u"thousands", u"millions"}));
}

/// Whether a clause with a verb of its own follows a verb of thought or evidence that has no
/// "that": "a poll found only a quarter of citizens favoured ...", "the findings show pollution
/// reduction is also important", "a teacher thought it resembled a bomb". Within eight words,
/// after at least one word of subject: an auxiliary, or a lower-case past form in -ed that no
/// adverb, determiner or preposition qualifies ("a horizontally oriented femur", "minutes of
/// added time" are objects). A comma or a word that opens another clause ("which is", "when it
/// exhibited", "and did") comes first in an object: "we found the keys", "we discovered a
/// method which is still in use".
inline bool clauseAhead(const Document &doc, int from, int end)
{
    if (from >= end || !doc.tokens[from].is(Word) || opensNoClause(doc, from) || isAuxiliary(doc, from))
        return false;
    for (int k = from + 1; k < end && k < from + 8; ++k) {
        const Token &t = doc.tokens[k];
        if (t.is(Possessive))
            continue; // "her party's finish was"
        if (!t.is(Word) && !t.is(Number))
            return false; // a comma, a quotation mark, a parenthesis
        if (isOneOf(doc, k, {u"which", u"who", u"whom", u"whose", u"that", u"when", u"where", u"while",
                             u"and", u"but", u"or", u"because", u"if", u"as", u"since", u"although",
                             u"though", u"until", u"before", u"after"}))
            return false;
        if (isAuxiliary(doc, k))
            return true;
        const QStringView w = doc.textOf(t);
        const QStringView before = doc.textOf(doc.tokens[k - 1]);
        if (!t.is(Capitalised) && w.size() > 4 && w.endsWith(u"ed") && !before.endsWith(u"ly")
            && !isDeterminer(doc, k - 1)
            && !isOneOf(doc, k - 1, {u"more", u"less", u"most", u"least", u"very", u"so", u"too",
                                     // "four minutes of added time": a participle after a preposition
                                     u"of", u"in", u"with", u"for", u"at", u"on", u"from", u"into", u"under"}))
            return true;
    }
    return false;
}

/// "No 10", "No. 10": Downing Street, where "no" would otherwise open no clause ("said no").
inline bool numberTen(const Document &doc, int k)
{
    const int number = k + (textIs(doc, k + 1, u".") ? 2 : 1);
    return (textIs(doc, k, u"No") || textIs(doc, k, u"No.")) && doc.tokens[k].is(Capitalised)
        && textIs(doc, number, u"10");
}

/// "stood", "planned", "expects": a verb after a pronoun ("said it stood ready"), not "twice"
/// or "to me" ("said it twice").
inline bool looksLikeVerb(const Document &doc, int k)
{
    if (k >= doc.tokens.size() || !doc.tokens[k].is(Word) || doc.tokens[k].is(Capitalised))
        return false;
    const QStringView w = doc.textOf(doc.tokens[k]);
    if (w.size() > 3 && (w.endsWith(u"ed") || (w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"ous"))))
        return !isOneOf(doc, k, {u"indeed", u"instead", u"afterwards", u"always", u"towards", u"perhaps", u"sometimes", u"nevertheless"});
    return isOneOf(doc, k, {u"stood", u"saw", u"made", u"took", u"gave", u"got", u"came", u"went", u"knew", u"thought",
                            u"found", u"felt", u"kept", u"held", u"left", u"lost", u"paid", u"put", u"ran", u"sent",
                            u"spent", u"told", u"won", u"wrote", u"became", u"began", u"brought", u"built", u"bought",
                            u"chose", u"fell", u"fought", u"meant", u"met", u"sold", u"spoke", u"understood", u"did",
                            u"rose", u"grew", u"sank", u"shrank", u"slid", u"soared", u"slumped"})
        || isOneOf(doc, k, {u"saw", u"sees", u"remains", u"remained", u"plans", u"expects", u"needs", u"wants", u"hopes"});
}

/// "local radio", "Tessalian state television", "the student newspaper": an outlet the text
/// does not name, from @p from (after a determiner) to its head noun; empty when there is none.
inline Span unnamedOutlet(const Document &doc, int from, int end)
{
    int k = from + (isDeterminer(doc, from) ? 1 : 0);
    const int first = k;
    for (; k < end && k < first + 4 && doc.tokens[k].is(Word); ++k) {
        if (isOneOf(doc, k, {u"television", u"TV", u"radio", u"broadcaster", u"newspaper", u"tabloid"})
            || (k > first && textIs(doc, k, u"media") && isOneOf(doc, k - 1, {u"state", u"local", u"national", u"official"})))
            return doc.spanOf(first, k + 1);
        if (doc.tokens[k].is(Capitalised) && k > first)
            break; // a name: "the BBC's Today programme" is named
    }
    return {};
}

} // namespace Lede::Core::Extraction::AttributionWords

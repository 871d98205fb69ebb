// What the text around a capitalised chunk says it is: a person described by an age or a
// person noun ("Kwame Osei, a crane operator,"), an organisation described right after its
// name ("Swissenergy, the industry body ..."), a given name from the long lists before a
// surname. The typing chain that asks these is in entityfinder.cpp.

#include "extract/entityfinder.h"
#include "extract/entitynamewords.h"

namespace Lede::Core::Extraction {

using namespace EntityNameWords;

bool EntityFinder::describedAsPerson(const Document &doc, int comma) const
{
    // "Kwame Osei, a 41-year-old crane operator, said", "Erik Lindahl, 34, who testified": an
    // age or a description of a person right after the name.
    const int n = int(doc.tokens.size());
    if (comma + 2 >= n || doc.text[doc.tokens[comma].start] != u',')
        return false;
    const Token &after = doc.tokens[comma + 1];
    if (after.is(Number) && !after.is(Hyphenated) && doc.text[doc.tokens[comma + 2].start] == u',')
        return numberValue(doc.textOf(after)) > 0 && numberValue(doc.textOf(after)) < 120;
    const QStringView article = doc.textOf(after);
    if (article != u"a" && article != u"an")
        return false;
    for (int k = comma + 2; k < n && k <= comma + 5 && (doc.tokens[k].is(Word) || doc.tokens[k].is(Number)); ++k)
        if (m_lexicon.flags(doc.tokens[k].word) & PersonNoun)
            return true;
    return false;
}

bool EntityFinder::describedAsOrganisation(const Document &doc, int comma) const
{
    // "Swissenergy, the industry body representing power producers,": the head of the
    // description right after the name is an organisation's, not an owner's ("the
    // company's founder").
    const int n = int(doc.tokens.size());
    if (comma + 3 >= n || doc.text[doc.tokens[comma].start] != u',' || !isOneOf(doc.textOf(doc.tokens[comma + 1]), {u"the", u"a", u"an"}))
        return false;
    for (int k = comma + 2; k < n - 1 && k <= comma + 4 && doc.tokens[k].is(Word) && !doc.tokens[k].is(Capitalised); ++k) {
        if (!describesOrganisation(m_lexicon, doc, k) && !isOneOf(doc.textOf(doc.tokens[k]), {u"body", u"group"}))
            continue;
        const Token &after = doc.tokens[k + 1];
        // "the media company that": the organisation noun was a modifier.
        if (after.is(Word) && !after.is(Capitalised)
            && (describesOrganisation(m_lexicon, doc, k + 1) || isOneOf(doc.textOf(after), {u"body", u"group"})))
            continue;
        return !after.is(Possessive)
            && (!after.is(Word) || isOneOf(doc.textOf(after), {u"representing", u"that", u"which", u"based", u"in", u"for",
                                                                u"with", u"owned", u"run", u"founded", u"behind"}));
    }
    return false;
}

bool EntityFinder::describedPerson(const Document &doc, const Chunk &c) const
{
    // "67-year-old retiree Dawn Pickering", "retired pastor Dale Kittredge": a given name, even
    // one that is also a word, after a noun that describes a person.
    const int n = c.last - c.first;
    return n >= 2 && n <= 3 && c.first > 0 && doc.tokens[c.first - 1].is(Word) && !doc.tokens[c.first - 1].is(Capitalised)
        && (m_lexicon.flags(doc.tokens[c.first - 1].word) & PersonNoun)
        && m_lexicon.genderOf(doc.textOf(doc.tokens[c.first])) != NameGender::Unknown;
}

bool EntityFinder::givenNameAndSurname(const Document &doc, int first) const
{
    // Words with a role of their own are left to the model and the other rules: a month
    // ("June Carter"), a common word ("Will Power"), a place ("Virginia Beach").
    const Token &given = doc.tokens[first];
    const Token &surname = doc.tokens[first + 1];
    return (m_lexicon.flags(given.word) & ~quint32(FirstName)) == 0 && (m_lexicon.flags(surname.word) & ~quint32(FirstName)) == 0
        && !surname.is(Possessive) && !surname.is(NoLower) && !m_lexicon.wordMatch(given.word, kGazetteer).length
        && !m_lexicon.wordMatch(surname.word, kGazetteer).length
        && m_lexicon.genderOf(doc.textOf(given)) != NameGender::Unknown;
}

} // namespace Lede::Core::Extraction

#include "extract/attribution.h"
#include "extract/attributionwords.h"

namespace Lede::Core::Extraction {

using namespace AttributionWords;

// Which words report speech or thought.

int Attribution::cueLength(const Document &doc, int t) const
{
    const Token &tok = doc.tokens[t];
    if (!tok.is(Word))
        return 0;
    const Lexicon::Match m = m_lexicon.longestMatch(doc.tokens, t, int(doc.tokens.size()),
                                                    kindBit(PhraseKind::SpeechCue));
    if (m.length >= 2)
        return m.length;
    // A headline in title case ends with its attribution: "..., Company Says", "..., Police Say".
    const bool headlineCue = tok.is(Capitalised) && t >= 3
        && (t + 1 >= doc.tokens.size() || doc.paragraphOf(t + 1) != doc.paragraphOf(t))
        && isOneOf(doc, t, {u"says", u"say", u"warns", u"warn", u"claims", u"claim", u"finds", u"find", u"reports"})
        && doc.zoneOf(t) == u"HEADLINE" && doc.tokens[t - 1].is(Capitalised)
        && (isComma(doc, t - 2) || isComma(doc, t - 3));
    // Or it opens with it: "Prosecutor Says Solar Boss Hid Losses", "Mayor Denies Seeing ...":
    // verbs that are no nouns, after the speaker's capitalised words.
    const bool headlineOpening = tok.is(Capitalised) && t >= 1 && t + 2 < doc.tokens.size()
        && isOneOf(doc, t, {u"says", u"say", u"tells", u"warns", u"insists", u"admits", u"denies", u"confirms"})
        && doc.zoneOf(t) == u"HEADLINE" && doc.tokens[t - 1].is(Word) && doc.tokens[t - 1].is(Capitalised)
        && doc.tokens[t + 1].is(Word) && doc.tokens[t + 1].is(Capitalised) && doc.paragraphOf(t + 1) == doc.paragraphOf(t);
    if (tok.is(Capitalised) && !headlineCue && !headlineOpening)
        return 0;
    if (!(m_lexicon.flags(tok.word) & (SpeechVerb | ThoughtVerb)))
        return 0;
    // "condemned as “a betrayal”", "hailed as “historic”": judgements that quote words, which
    // the partial quotes take; alone they report nothing ("which the UN has criticised").
    if (isOneOf(doc, t, {u"condemned", u"condemn", u"condemns", u"condemning", u"hailed", u"criticised", u"criticized",
                         u"slammed", u"calling", u"calls", u"praised", u"praises"})) // "calling her “a tireless voice”"
        return 0;
    // "Lindqvist, asked whether she would consider it, said": a passive participle, the
    // question put to the subject.
    if (isOneOf(doc, t, {u"asked", u"questioned"}) && isComma(doc, t - 1) && t >= 2 && doc.tokens[t - 2].is(Capitalised)
        && isOneOf(doc, t + 1, {u"whether", u"if", u"about", u"why", u"how", u"what"}))
        return 0;
    // "..., a claim the police denied": the verb of a relative clause about the statement.
    for (int k = t - 1; k >= 1 && k >= t - 4; --k)
        if (isOneOf(doc, k, {u"claim", u"claims", u"allegation", u"allegations", u"charge", u"accusation", u"account",
                             u"assertion", u"version", u"figure"})
            && isDeterminer(doc, k - 1) && isComma(doc, k - 2))
            return 0;
    // "Police have not said whether", "the ministry did not say how": nothing was said. ("I
    // don't think it is", "we can't deny there is" and "I'm not saying it was" are statements.)
    const bool negated = isOneOf(doc, t - 1, {u"not", u"never", u"hasn't", u"haven't", u"hadn't", u"didn't", u"doesn't",
                                              u"don't", u"won't", u"wouldn't", u"couldn't", u"cannot", u"can't"})
        || (isOneOf(doc, t - 1, {u"yet", u"publicly", u"immediately"}) && isOneOf(doc, t - 2, {u"not", u"hasn't", u"haven't", u"didn't"}));
    if (negated && isOneOf(doc, t, {u"say", u"said", u"says", u"tell", u"told", u"comment", u"commented", u"confirm",
                                     u"confirmed", u"disclose", u"disclosed", u"specify", u"specified", u"explain",
                                     u"explained", u"reveal", u"revealed", u"elaborate", u"elaborated"}))
        return 0;
    // "public officials must declare any business relationship": a duty, not a statement; but
    // "I must say", "I should mention" are, and so is what someone must know or think.
    if (isOneOf(doc, t - 1, {u"must", u"should", u"shall"}) && !isOneOf(doc, t - 2, {u"i", u"we"})
        && (m_lexicon.flags(tok.word) & SpeechVerb))
        return 0;
    // "did not say whether she would testify before a committee that ...": what someone may do.
    if (isOneOf(doc, t - 1, {u"would", u"will", u"could", u"might"}))
        for (int k = t - 2; k >= 0 && k >= t - 5 && doc.tokens[k].is(Word); --k)
            if (isOneOf(doc, k, {u"whether", u"if"}))
                return 0;
    // "head of claims at Piedmont Mutual", "a flood of reports": a noun after a preposition.
    if (isOneOf(doc, t - 1, {u"of", u"for", u"about", u"on", u"in", u"with"}) && isAmbiguousCue(doc, t)
        && doc.textOf(tok).endsWith(u's') && !doc.textOf(tok).endsWith(u"ss"))
        return 0;
    // "blocked the law, ruling that the state had ...": the participle after a comma; not "was
    // ruling that country".
    if (textIs(doc, t, u"ruling") && !isComma(doc, t - 1))
        return 0;
    // "the court heard that", "Southwark Crown Court heard": evidence given in court; not
    // "residents heard explosions".
    if (textIs(doc, t, u"heard")) {
        const int subject = t - (isOneOf(doc, t - 1, {u"has", u"had", u"have"}) ? 2 : 1); // "a coroner has heard"
        return isOneOf(doc, subject, {u"court", u"jury", u"jurors", u"tribunal", u"inquiry", u"inquest", u"hearing",
                                      u"committee", u"coroner"})
            ? 1
            : 0;
    }
    // "the reports", "two reports"; but "the father of two said" ends a description, and "One
    // said", "Several told" open a sentence with a verb that is no noun ("The said
    // participants" does not).
    if (isDeterminer(doc, t - 1) && !(isOneOf(doc, t - 1, {u"two", u"three"}) && textIs(doc, t - 2, u"of"))
        && !(doc.tokens[t - 1].is(Capitalised) && isOneOf(doc, t, {u"said", u"told", u"added", u"warned", u"insisted"})
             && !isOneOf(doc, t - 1, {u"the", u"a", u"an", u"this", u"that", u"these", u"those", u"his", u"her", u"its",
                                      u"their", u"our"})))
        return 0;
    if (textIs(doc, t - 1, u"to") && !textIs(doc, t + 1, u"that"))
        return 0; // "to say", but "it is no exaggeration to say that ..." reports a statement
    // "had failed to show that": what was not shown is no statement.
    if (textIs(doc, t - 1, u"to") && isOneOf(doc, t - 2, {u"failed", u"unable", u"refused", u"failing"}))
        return 0;
    // "the app, called Wren, had": a name given, not words said.
    if (isOneOf(doc, t, {u"called", u"named", u"dubbed"}) && isComma(doc, t - 1) && t + 1 < doc.tokens.size()
        && doc.tokens[t + 1].is(Capitalised) && !isOneOf(doc, t + 1, {u"the", u"a", u"an"}))
        return 0;
    return 1;
}

bool Attribution::isThoughtOnly(const Document &doc, int t, int len) const
{
    return len == 1 && !(m_lexicon.flags(doc.tokens[t].word) & SpeechVerb);
}

bool Attribution::isAmbiguousCue(const Document &doc, int t) const
{
    return isOneOf(doc, t, {u"states", u"state", u"reports", u"report", u"post", u"posted",
                            u"notes", u"note", u"claims", u"claim", u"comments", u"comment",
                            u"calls", u"call", u"called", u"answer", u"ask", u"asks", u"asked",
                            u"promise", u"promised", u"describe", u"described", u"accused",
                            u"dismissed", u"urged", u"recalled", u"recalls", u"recalling", u"add", u"agree", u"agreed",
                            u"remember", u"responded", u"stress", u"reveal", u"revealed",
                            u"write", u"writes", u"wrote", u"written", u"point", u"points", u"pointed",
                            u"pointing", u"branded", u"branding", u"dubbed", u"dubbing", u"labelled", u"labelling",
                            u"labeled", u"labeling", u"promising", u"vowing", u"pledging", u"reminded", u"reminding",
                            u"questioned", u"questioning", u"heard", u"appeal", u"appeals",
                            u"demand", u"demands", u"demanded", u"demanding", // "demand answers", not "demanded to know"
                            u"joke", u"jokes"}); // "unfunny jokes that are told"
}

} // namespace Lede::Core::Extraction

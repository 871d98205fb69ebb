#pragma once

#include "extract/document.h"
#include "extract/lexicon.h"

#include <functional>
#include <vector>

namespace Lede::Core::Extraction {

/// Attributes quotes and finds reported speech.
///
/// - Direct quotes get their cue and speaker from the words after the closing mark
///   ("..." Brenner said / said Brenner / she said), else from before the opening mark
///   (Brenner said: "..."), else from the subject of a sentence that introduces them with a
///   colon or a dash (Brenner was blunt: "..."), else from the quote just before them in the
///   same or the previous paragraph (a speaker's quote continuing over sentences and
///   paragraphs).
/// - Indirect speech: a subject, a reporting verb and a clause ("Brenner told reporters that
///   the plan would fail"; "the plan will fail, Brenner said"; "according to X, ...").
/// - Partial quotes take the attribution of the reported speech they sit in, or of a cue in
///   their sentence; short ones with none are scare quotes.
/// - Pronoun speakers resolve to the latest person named before them.
/// - Unnamed speakers ("officials", "a senior official") become anonymous sources.
///
/// One file per job: attribution.cpp (index, order of the passes), attributioncues.cpp,
/// attributionspeakers.cpp (subjects, names after the cue, anonymous sources, pronouns),
/// directquotes.cpp, indirectspeech.cpp, partialquotes.cpp; attributionwords.h holds the
/// word classes they share.
class Attribution
{
public:
    explicit Attribution(const Lexicon &lexicon) : m_lexicon(lexicon) {}

    void run(Document &doc) const;

    /// Marks the names the text calls outlets ("the newspaper Asahi") and types them ORG.
    /// The extractor runs this before mentions are grouped, so that the groups get the type.
    void markDescribedOutlets(Document &doc) const;

private:
    void addDescribedOutletNames(Document &doc, const std::function<bool(int)> &describedBefore) const;

    struct Speaker {
        int mention = -1;
        Span span;
        bool anonymous = false;
        bool found() const { return !span.isEmpty(); }
    };
    /// A value per token. Reads outside the text give "none": the stage looks a token or two
    /// ahead of a clause, and a clause may end the text.
    template<typename T>
    class TokenMap
    {
    public:
        void assign(size_t count, T none)
        {
            m_values.assign(count, none);
            m_none = none;
        }
        T operator[](size_t token) const { return token < m_values.size() ? m_values[token] : m_none; }
        void set(size_t token, T value)
        {
            if (token < m_values.size())
                m_values[token] = value;
        }

    private:
        std::vector<T> m_values;
        T m_none{};
    };

    struct Index {
        TokenMap<int> mentionByLast;  // token -> mention ending there
        TokenMap<int> mentionByFirst; // token -> mention starting there
        TokenMap<int> sentenceOf;     // token -> sentence
        TokenMap<int> quoteOf;        // token -> direct quote containing it
        TokenMap<char> usedCue;       // token already serves as a cue
        TokenMap<char> inMarks;       // token inside quotation marks, of any kind of quote
    };

    /// Marks as outlets the names the text describes as one ("broadcaster ERR") or that end
    /// like one ("The Millbrook Courier").
    Index buildIndex(const Document &doc) const;
    int cueLength(const Document &doc, int t) const;
    bool isAmbiguousCue(const Document &doc, int t) const;
    bool isThoughtOnly(const Document &doc, int t, int len) const;
    Speaker nounPhraseBefore(const Document &doc, int cue, int limit) const;
    Speaker nounPhraseAfter(const Document &doc, int from, int limit) const;
    Speaker speakerBefore(const Document &doc, const Index &idx, int cue, int limit) const;
    /// "The family of ...": the person or group a sentence opens with, before "of".
    Speaker openingHeadOf(const Document &doc, const Sentence &s, int cue) const;
    /// "A federal judge on Wednesday barred ...": the person an article and a noun open the
    /// sentence with, before its verb. Not found otherwise.
    Speaker openingPerson(const Document &doc, const Sentence &s, int cue) const;
    /// Whether the denial verb at @p t denies a charge from @p k on: "denied any wrongdoing",
    /// "denies the allegations", "denied knowing"; not "was denied bail" or "denied entry".
    bool deniesCharge(const Document &doc, int t, int k, int end) const;
    /// The head of the sentence's subject where @p found, the speaker nearest the cue, is only
    /// a place at the end of what describes it: "The mayor of a small farming town in
    /// southwestern Idaho denied" is the mayor. Not found otherwise.
    Speaker headBeforePlace(const Document &doc, const Sentence &s, int cue, const Speaker &found) const;
    /// The comma that opens an appositive ending at @p close, past a town and its state.
    int commaBeforePlace(const Document &doc, const Index &idx, int comma, int close, int limit) const;
    Speaker speakerAfter(const Document &doc, const Index &idx, int from, int limit) const;
    /// The agent of a passive after "by": "condemned as “...” by campaigners".
    Speaker passiveAgent(const Document &doc, const Index &idx, int from, int limit) const;
    Speaker appositiveName(const Document &doc, const Index &idx, int open, int close) const;
    Speaker anonymousPhrase(const Document &doc, int head, int limit) const;
    bool unnamedHead(const Document &doc, int head, int limit) const;
    Speaker unnamedWithModifier(const Document &doc, int last, int limit, int cue) const;
    bool participleModifier(const Document &doc, int t, int cue) const;
    /// The name that opens sentence @p s, after up to three words of description ("Interior
    /// Minister Ivica Dačić hit back"), if it ends before @p before.
    Speaker sentenceSubject(const Document &doc, const Index &idx, const Sentence &s, int before) const;
    /// Where a short adverbial after a cue ends: "said on Monday", "said in a statement",
    /// "told reporters on Friday"; @p from itself when none starts there.
    int adverbialEnd(const Document &doc, const Index &idx, int from, int end) const;
    int placeEnd(const Document &doc, int from, int end) const;
    bool participleAfterComma(const Document &doc, int comma) const;
    /// The speaker of a direct quote opened after a colon or a dash with no reporting verb:
    /// the name, title or pronoun that opens the sentence before it.
    Speaker introducedBy(const Document &doc, const Index &idx, int open) const;
    /// The name, title or pronoun that opens the clause [first, end), if one does.
    Speaker subjectOpening(const Document &doc, const Index &idx, int first, int end) const;
    void attributeDirect(Document &doc, Index &idx) const;
    void findIndirect(Document &doc, Index &idx) const;
    /// "According to X, content." and "content, according to X.": the source (sp, and q's
    /// outlet) and where the content lies in the sentence.
    void attributeAccordingTo(const Document &doc, const Index &idx, const Sentence &s, int t, int sentenceEnd,
                              QuoteFound &q, Speaker &sp, int &contentFirst, int &contentLast) const;
    /// A quote that goes on from an earlier speaker goes on from the latest one, who may have
    /// spoken in indirect speech after the earlier quote.
    static void continueLatestSpeaker(Document &doc);
    void attributePartials(Document &doc, Index &idx) const;
    void resolvePronouns(Document &doc) const;
    bool isDefiniteDescription(const Document &doc, Span words) const;
    void resolveIt(const Document &doc, QuoteFound &q, const QuoteFound *before) const;
    int personWithTitle(const Document &doc, Span words) const;
    int organisationDescribed(const Document &doc, const QuoteFound &q, const QuoteFound *before,
                              int lastOrganisation) const;
    bool isDefiniteThing(const Document &doc, Span words) const;
    /// "that" opens a reported clause; after a verb of asking, "whether" and "if" do too.
    bool opensReport(const Document &doc, int j, bool question) const;
    int toldEnd(const Document &doc, const Index &idx, int from, int end) const;
    /// Where the one addressed by a directive starts ("urged the government to block"), or -1.
    int directiveObject(const Document &doc, int t, int len, int end) const;
    /// Where reported content that runs over token @p k ends, or -1 if it goes on there.
    int contentCutAt(const Document &doc, const Index &idx, int k, int end) const;
    static void setContentAndSpeaker(const Document &doc, QuoteFound &q, int first, int last, const Speaker &speaker);
    bool quotedAsSaying(const Document &doc, const Index &idx, const Sentence &s, int t, int end, QuoteFound &q) const;
    bool thatAfterObject(const Document &doc, int from, int end, bool question) const;
    /// "he"/"she": the one who spoke just before, unless a person was named since; else the
    /// latest person named whose given name does not tell the other gender.
    void resolvePronoun(const Document &doc, QuoteFound &q, const QuoteFound *before, int lastOrganisation,
                        const std::vector<NameGender> &genderOfGroup) const;

    const Lexicon &m_lexicon;
};

} // namespace Lede::Core::Extraction

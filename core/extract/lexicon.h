#pragma once

#include "extract/tokenizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace Lede::Core::Extraction {

/// Flags of a single lower-cased word, from the word lists.
enum WordFlag : quint32 {
    CommonWord = 1u << 0,   // never starts a name ("The", "However")
    FirstName = 1u << 1,
    OrgWord = 1u << 2,      // heads an organisation name ("Ministry")
    LocWord = 1u << 3,      // heads a place name ("River")
    SpeechVerb = 1u << 4,
    LoadedWord = 1u << 5,
    IntensifierWord = 1u << 6,
    HedgeWord = 1u << 7,
    AnonymousHead = 1u << 8,
    MonthWord = 1u << 9,
    WeekdayWord = 1u << 10,
    PronounWord = 1u << 11,  // he, she, they, ...
    NameConnector = 1u << 12, // of, for, and, de, von ... inside a name
    TitleWord = 1u << 13,     // a one-word title ("President")
    RelativeDateWord = 1u << 14, // yesterday, today, tomorrow
    DateUnitWord = 1u << 15,  // week, month, year, ...
    DateModifierWord = 1u << 16, // last, next, this, ...
    ThoughtVerb = 1u << 17,   // think, know, find, show: a cue only before a clause
    GpeWord = 1u << 18,       // heads a place with a government ("County"); no tagger feature
    OutletWord = 1u << 19,    // ends an outlet's name ("Courier", "Times"); no tagger feature
    PersonNoun = 1u << 20,    // describes one person ("teacher", "father"); no tagger feature
    GroupNoun = 1u << 21,     // a plural of a person noun ("economists", "protesters"): people
                              // left unnamed; no tagger feature
    CompanyWord = 1u << 22,   // ends a business's name ("Capital", "Securities"); no tagger feature
};

/// What a multi-word phrase of the lists is.
enum class PhraseKind : quint8 {
    Country,
    City,
    State,
    Region,
    Nationality,
    Organisation,
    Outlet,
    Title,
    SpeechCue,
    Hedge,
    Loaded,
    Intensifier,
    Anonymous,
    Boilerplate,
    WorldCity, // world-cities.txt: GeoNames towns, trusted only where the entity model found nothing
    Count
};

inline constexpr quint32 kindBit(PhraseKind kind) { return 1u << quint32(kind); }

/// The gender a given name tells, where it tells one ("Miriam", "Olaf"; not "Andrea").
enum class NameGender : quint8 { Unknown, Female, Male };

/// The bundled knowledge: word lists and gazetteers from resources/lexicons, loaded once and
/// read-only afterwards (so shared by all threads).
///
/// Words are interned case-insensitively into ids; tokens carry these ids, so that every later
/// lookup is an integer comparison instead of a string hash.
class Lexicon
{
public:
    struct Match {
        int length = 0; // tokens matched; 0 = no match
        PhraseKind kind = PhraseKind::Count;
        int canonical = -1; // index into canonicalNames() for alias groups, else -1
    };

    static const Lexicon &instance();

    const Tokenizer &tokenizer() const { return m_tokenizer; }
    /// Tokenizes and assigns word ids.
    QList<Token> tokenize(QStringView text) const;

    int wordId(QStringView word) const;
    quint32 flags(int wordId) const { return wordId < 0 ? 0u : m_words[size_t(wordId)].flags; }
    bool has(const Token &t, quint32 flag) const { return flags(t.word) & flag; }

    /// Longest phrase of one of the kinds in @p kindMask starting at tokens[at]. Phrases written
    /// in capitals in the lists ("AP", "US") only match tokens in capitals.
    Match longestMatch(const QList<Token> &tokens, int at, int end, quint32 kindMask) const;

    /// The one-word phrase of the given kinds that @p wordId is, if any ("Kenyan" -> Nationality).
    Match wordMatch(int wordId, quint32 kindMask) const;

    /// Canonical names of alias groups ("United States" for "U.S.").
    const QStringList &canonicalNames() const { return m_canonicalNames; }

    /// The gender of a given name from given-names-female.txt and given-names-male.txt; a name
    /// with accents the lists lack ("Lucía") is looked up without them.
    NameGender genderOf(QStringView givenName) const;

private:
    Lexicon();
    NameGender genderOfKey(quint64 foldedKey) const;
    struct Phrase { // as loaded
        std::vector<int> words;
        PhraseKind kind;
        int canonical;
        bool capsOnly;
    };
    struct PackedPhrase { // as looked up: its words in m_phraseWords
        quint32 words;
        quint16 length;
        PhraseKind kind;
        bool capsOnly;
        int canonical;
    };
    int intern(QStringView word);
    void loadWords(const QString &file, quint32 flag);
    void loadPhrases(const QString &file, PhraseKind kind);
    void addPhrase(const QString &text, PhraseKind kind, int canonical);
    /// Sorts and packs the loaded phrases into the lookup arrays below; sets the word flags
    /// that one-word phrases give.
    void packPhrases();
    int wordId(quint32 foldHash, QStringView word) const;
    static std::vector<quint64> loadNameKeys(const QString &file);

    QSet<QString> m_abbreviations;
    Tokenizer m_tokenizer;
    // Open-addressing table of interned words, probed by a case-folding hash, at most half
    // full. The hash is kept beside the id, so that probing past other words rarely reads their
    // text, and the folded text lies in one buffer (every token of every article asks: a
    // string of its own per word cost a cache miss per token).
    struct WordSlot {
        quint32 hash = 0;
        int id = -1;
        quint32 offset = 0; // of the folded word in m_text
        quint32 length = 0;
    };
    void growSlots();
    std::vector<WordSlot> m_slots;
    std::u16string m_text;
    int m_wordCount = 0;
    // Phrases by first word id, while loading (one vector per interned word, most empty).
    std::vector<std::vector<Phrase>> m_loading;
    // Then packed: the phrases of word id w are m_phrases[firstPhrase .. endPhrase) of its
    // WordInfo, an array index instead of a hash lookup, since every capitalised token and
    // every word that may be a cue asks; their words lie side by side in m_phraseWords, so
    // that scanning a long list ("San ...") reads memory in order instead of chasing a
    // pointer per phrase. Each list is sorted longest first (in list order among equal
    // lengths), so that the first phrase that matches is the longest.
    std::vector<PackedPhrase> m_phrases;
    std::vector<int> m_phraseWords;
    // What the stages ask of a word id, side by side, so that one cache miss answers them:
    // its flags, the kinds of its phrases (a token none of whose phrases is wanted is not
    // scanned) and where its phrases are.
    struct WordInfo {
        quint32 flags = 0;
        quint32 phraseKinds = 0;
        quint32 firstPhrase = 0;
        quint32 endPhrase = 0;
    };
    std::vector<WordInfo> m_words;
    QStringList m_canonicalNames;
    // Given names by gender, as sorted case-folded hashes: 12,000 names asked only when a
    // pronoun speaks, so kept out of the word table every token probes.
    std::vector<quint64> m_femaleNames;
    std::vector<quint64> m_maleNames;
};

} // namespace Lede::Core::Extraction

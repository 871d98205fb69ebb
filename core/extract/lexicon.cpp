#include "extract/lexicon.h"

#include <QFile>

#include <algorithm>

namespace Lede::Core::Extraction {

namespace {


inline char16_t fold(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    if (c == u'’')
        return u'\'';
    return QChar(c).toLower().unicode();
}

// FNV-1a over the case-folded characters: 32 bits for the word table, 64 for the name sets,
// which keep no text to tell two names with one hash apart.
template<typename Hash, Hash Offset, Hash Prime>
inline Hash fnvFolded(QStringView word)
{
    Hash h = Offset;
    for (QChar c : word) {
        h ^= fold(c.unicode());
        h *= Prime;
    }
    return h;
}

inline quint32 foldHash(QStringView word)
{
    return fnvFolded<quint32, 2166136261u, 16777619u>(word);
}

inline quint64 foldHash64(QStringView word)
{
    return fnvFolded<quint64, 14695981039346656037ull, 1099511628211ull>(word);
}

// @p folded is already case-folded (an interned word); only @p word is folded here.
bool foldEqual(std::u16string_view folded, QStringView word)
{
    if (folded.size() != size_t(word.size()))
        return false;
    for (size_t i = 0; i < folded.size(); ++i)
        if (folded[i] != fold(word[qsizetype(i)].unicode()))
            return false;
    return true;
}

QStringList readLines(const QString &file)
{
    QFile f(QStringLiteral(":/lexicons/") + file);
    QStringList lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines; // a missing list only weakens extraction; tests check that all load
    const QString all = QString::fromUtf8(f.readAll());
    for (QStringView line : QStringView(all).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            lines.append(line.toString());
    }
    return lines;
}

/// "economist" -> "economists", "witness" -> "witnesses", "fisherman" -> "fishermen",
/// "retiree" -> "retirees"; a word listed in the plural ("researchers") stays as it is.
QString pluralOf(const QString &noun)
{
    if (noun.endsWith(u"man"))
        return noun.chopped(3) + u"men";
    if (noun.endsWith(u"ss") || noun.endsWith(u"sh") || noun.endsWith(u"ch") || noun.endsWith(u'x'))
        return noun + u"es";
    if (noun.endsWith(u's'))
        return noun;
    if (noun.size() > 2 && noun.endsWith(u'y') && !QStringView(u"aeiou").contains(noun[noun.size() - 2]))
        return noun.chopped(1) + u"ies";
    return noun + u's';
}

const char *const kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                               "august", "september", "october", "november", "december",
                               "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.",
                               "oct.", "nov.", "dec."};
const char *const kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                 "saturday", "sunday"};
const char *const kPronouns[] = {"he", "she", "they", "i", "we", "it", "you"};
const char *const kConnectors[] = {"of", "for", "and", "the", "de", "del", "della", "der",
                                   "von", "van", "du", "la", "le", "da", "dos", "bin", "al",
                                   "&", "on"};
const char *const kRelativeDates[] = {"yesterday", "today", "tomorrow", "tonight"};
const char *const kDateUnits[] = {"week", "weeks", "month", "months", "year", "years",
                                  "decade", "decades", "century", "weekend", "day", "days",
                                  "summer", "winter", "spring", "autumn", "fall", "morning",
                                  "evening", "night", "afternoon", "quarter", "season", "fortnight",
                                  "fortnights"};
const char *const kDateModifiers[] = {"last", "next", "this", "previous", "coming", "past",
                                      "earlier", "later", "same", "following"};

// One-word entries of some lists also become word flags, for cheap single-token tests.
quint32 flagOfOneWordPhrase(PhraseKind kind)
{
    switch (kind) {
    case PhraseKind::SpeechCue: return SpeechVerb;
    case PhraseKind::Loaded: return LoadedWord;
    case PhraseKind::Intensifier: return IntensifierWord;
    case PhraseKind::Hedge: return HedgeWord;
    case PhraseKind::Anonymous: return AnonymousHead;
    case PhraseKind::Title: return TitleWord;
    default: return 0;
    }
}

} // namespace

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon; // thread-safe initialisation
    return lexicon;
}

Lexicon::Lexicon()
    : m_tokenizer(&m_abbreviations)
    , m_slots(size_t(1) << 12)
{
    for (const QString &a : readLines(QStringLiteral("abbreviations.txt")))
        m_abbreviations.insert(a.toLower());

    auto addWords = [this](const auto &list, quint32 flag) {
        for (const char *w : list)
            m_words[size_t(intern(QString::fromUtf8(w)))].flags |= flag;
    };
    addWords(kMonths, MonthWord);
    addWords(kWeekdays, WeekdayWord);
    addWords(kPronouns, PronounWord);
    addWords(kConnectors, NameConnector);
    addWords(kRelativeDates, RelativeDateWord);
    addWords(kDateUnits, DateUnitWord);
    addWords(kDateModifiers, DateModifierWord);

    loadWords(QStringLiteral("common-words.txt"), CommonWord);
    loadWords(QStringLiteral("first-names.txt"), FirstName);
    loadWords(QStringLiteral("org-words.txt"), OrgWord);
    loadWords(QStringLiteral("loc-words.txt"), LocWord);
    loadWords(QStringLiteral("gpe-words.txt"), GpeWord);
    loadWords(QStringLiteral("outlet-words.txt"), OutletWord);
    loadWords(QStringLiteral("company-words.txt"), CompanyWord);
    loadWords(QStringLiteral("person-nouns.txt"), PersonNoun);
    for (const QString &noun : readLines(QStringLiteral("person-nouns.txt")))
        m_words[size_t(intern(pluralOf(noun)))].flags |= GroupNoun;
    loadWords(QStringLiteral("group-nouns.txt"), GroupNoun);
    loadWords(QStringLiteral("thought-verbs.txt"), ThoughtVerb);

    loadPhrases(QStringLiteral("countries.txt"), PhraseKind::Country);
    const QStringList aliasGroups = readLines(QStringLiteral("country-aliases.txt"));
    for (const QString &line : aliasGroups) {
        const QStringList names = line.split(u'|');
        const int canonical = int(m_canonicalNames.size());
        m_canonicalNames.append(names.first());
        for (const QString &name : names)
            addPhrase(name, PhraseKind::Country, canonical);
    }
    loadPhrases(QStringLiteral("cities.txt"), PhraseKind::City);
    loadPhrases(QStringLiteral("states.txt"), PhraseKind::State);
    loadPhrases(QStringLiteral("regions.txt"), PhraseKind::Region);
    loadPhrases(QStringLiteral("nationalities.txt"), PhraseKind::Nationality);
    loadPhrases(QStringLiteral("organisations.txt"), PhraseKind::Organisation);
    loadPhrases(QStringLiteral("outlets.txt"), PhraseKind::Outlet);
    loadPhrases(QStringLiteral("titles.txt"), PhraseKind::Title);
    loadPhrases(QStringLiteral("speech-verbs.txt"), PhraseKind::SpeechCue);
    loadPhrases(QStringLiteral("hedges.txt"), PhraseKind::Hedge);
    loadPhrases(QStringLiteral("loaded.txt"), PhraseKind::Loaded);
    loadPhrases(QStringLiteral("intensifiers.txt"), PhraseKind::Intensifier);
    loadPhrases(QStringLiteral("anonymous.txt"), PhraseKind::Anonymous);
    loadPhrases(QStringLiteral("boilerplate.txt"), PhraseKind::Boilerplate);
    loadPhrases(QStringLiteral("world-cities.txt"), PhraseKind::WorldCity);
    m_femaleNames = loadNameKeys(QStringLiteral("given-names-female.txt"));
    m_maleNames = loadNameKeys(QStringLiteral("given-names-male.txt"));

    packPhrases();
}

void Lexicon::packPhrases()
{
    const size_t words = m_loading.size();
    for (size_t w = 0; w < words; ++w) {
        std::vector<Phrase> &phrases = m_loading[w];
        std::stable_sort(phrases.begin(), phrases.end(),
                         [](const Phrase &a, const Phrase &b) { return a.words.size() > b.words.size(); });
        WordInfo &info = m_words[w];
        info.firstPhrase = quint32(m_phrases.size());
        for (const Phrase &p : phrases) {
            info.phraseKinds |= kindBit(p.kind);
            m_phrases.push_back({quint32(m_phraseWords.size()), quint16(p.words.size()), p.kind, p.capsOnly,
                                 p.canonical});
            m_phraseWords.insert(m_phraseWords.end(), p.words.begin(), p.words.end());
            if (p.words.size() == 1)
                info.flags |= flagOfOneWordPhrase(p.kind);
        }
        info.endPhrase = quint32(m_phrases.size());
    }
    m_loading = {};
}

int Lexicon::intern(QStringView word)
{
    const quint32 hash = foldHash(word);
    const size_t mask = m_slots.size() - 1;
    size_t slot = hash & mask;
    for (; m_slots[slot].id >= 0; slot = (slot + 1) & mask) {
        const WordSlot &s = m_slots[slot];
        if (s.hash == hash && foldEqual(std::u16string_view(m_text).substr(s.offset, s.length), word))
            return s.id;
    }
    const int id = m_wordCount++;
    m_slots[slot] = {hash, id, quint32(m_text.size()), quint32(word.size())};
    for (QChar c : word)
        m_text.push_back(fold(c.unicode()));
    m_words.emplace_back();
    m_loading.emplace_back();
    if (size_t(m_wordCount) * 2 > m_slots.size())
        growSlots();
    return id;
}

void Lexicon::growSlots()
{
    std::vector<WordSlot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const WordSlot &s : old) {
        if (s.id < 0)
            continue;
        size_t slot = s.hash & mask;
        while (m_slots[slot].id >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = s;
    }
}

int Lexicon::wordId(QStringView word) const
{
    return wordId(foldHash(word), word);
}

int Lexicon::wordId(quint32 hash, QStringView word) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask; m_slots[slot].id >= 0; slot = (slot + 1) & mask) {
        const WordSlot &s = m_slots[slot];
        if (s.hash == hash && s.length == quint32(word.size())
            && foldEqual(std::u16string_view(m_text).substr(s.offset, s.length), word))
            return s.id;
    }
    return -1;
}

QList<Token> Lexicon::tokenize(QStringView text) const
{
    QList<Token> tokens = m_tokenizer.tokenize(text);
    // The table holds every gazetteer word and is larger than the caches, so most tokens'
    // slots are misses: hashing a few tokens ahead and asking for their slots early lets the
    // misses overlap instead of queueing one after another.
    constexpr qsizetype kAhead = 8;
    const size_t mask = m_slots.size() - 1;
    std::vector<quint32> hashes(size_t(tokens.size()));
    for (qsizetype i = 0; i < tokens.size(); ++i)
        hashes[size_t(i)] = foldHash(text.mid(tokens[i].start, tokens[i].end - tokens[i].start));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i + kAhead < tokens.size())
            __builtin_prefetch(&m_slots[hashes[size_t(i + kAhead)] & mask]);
        Token &t = tokens[i];
        t.word = wordId(hashes[size_t(i)], text.mid(t.start, t.end - t.start));
    }
    return tokens;
}

void Lexicon::loadWords(const QString &file, quint32 flag)
{
    for (const QString &w : readLines(file))
        m_words[size_t(intern(w))].flags |= flag;
}

std::vector<quint64> Lexicon::loadNameKeys(const QString &file)
{
    std::vector<quint64> keys;
    for (const QString &name : readLines(file))
        keys.push_back(foldHash64(name));
    std::sort(keys.begin(), keys.end());
    return keys;
}

NameGender Lexicon::genderOfKey(quint64 key) const
{
    if (std::binary_search(m_femaleNames.begin(), m_femaleNames.end(), key))
        return NameGender::Female;
    if (std::binary_search(m_maleNames.begin(), m_maleNames.end(), key))
        return NameGender::Male;
    return NameGender::Unknown;
}

NameGender Lexicon::genderOf(QStringView givenName) const
{
    const NameGender listed = genderOfKey(foldHash64(givenName));
    const bool ascii = std::all_of(givenName.begin(), givenName.end(), [](QChar c) { return c.unicode() < 128; });
    if (listed != NameGender::Unknown || ascii)
        return listed;
    // "Lucía" where the lists have "Lucia": the name without its accents.
    QString bare;
    for (const QChar c : givenName.toString().normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            bare.append(c);
    return bare.size() == givenName.size() && bare != givenName ? genderOfKey(foldHash64(bare)) : NameGender::Unknown;
}

void Lexicon::loadPhrases(const QString &file, PhraseKind kind)
{
    for (const QString &line : readLines(file))
        addPhrase(line, kind, -1);
}

void Lexicon::addPhrase(const QString &text, PhraseKind kind, int canonical)
{
    const QList<Token> tokens = m_tokenizer.tokenize(text);
    if (tokens.isEmpty())
        return;
    Phrase p;
    p.kind = kind;
    p.canonical = canonical;
    bool lower = false;
    for (QChar c : text)
        if (c.isLower())
            lower = true;
    p.capsOnly = !lower && text.size() <= 6;
    for (const Token &t : tokens)
        p.words.push_back(intern(QStringView(text).mid(t.start, t.end - t.start)));
    m_loading[size_t(p.words.front())].push_back(std::move(p));
}

Lexicon::Match Lexicon::longestMatch(const QList<Token> &tokens, int at, int end,
                                     quint32 kindMask) const
{
    if (at >= end || tokens[at].word < 0)
        return {};
    const WordInfo &first = m_words[size_t(tokens[at].word)];
    if (!(first.phraseKinds & kindMask))
        return {};
    for (quint32 i = first.firstPhrase; i < first.endPhrase; ++i) {
        const PackedPhrase &p = m_phrases[i];
        if (!(kindMask & kindBit(p.kind)) || at + p.length > end)
            continue;
        const int *words = m_phraseWords.data() + p.words;
        bool ok = true;
        for (int k = 0; k < p.length && ok; ++k) {
            const Token &t = tokens[at + k];
            ok = t.word == words[k] && (!p.capsOnly || t.is(NoLower));
        }
        if (ok)
            return {p.length, p.kind, p.canonical}; // the lists are sorted longest first
    }
    return {};
}

Lexicon::Match Lexicon::wordMatch(int wordId, quint32 kindMask) const
{
    if (wordId < 0 || !(m_words[size_t(wordId)].phraseKinds & kindMask))
        return {};
    const WordInfo &info = m_words[size_t(wordId)];
    for (quint32 i = info.firstPhrase; i < info.endPhrase; ++i) {
        const PackedPhrase &p = m_phrases[i];
        if (p.length == 1 && (kindMask & kindBit(p.kind)))
            return {1, p.kind, p.canonical};
    }
    return {};
}

} // namespace Lede::Core::Extraction

#include "claims/wordlist.h"

#include <QFile>

#include <algorithm>
#include <unordered_map>

namespace Lede::Core::Claims {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// Characters that stay inside a word when letters or digits stand on both sides.
bool isInnerChar(QChar c)
{
    return c == u'\'' || c == u'’' || c == u'-' || c == u'.' || c == u',';
}

/// The word in lower case with curly apostrophes folded; one allocation, and no Unicode
/// tables for the ASCII words that most texts consist of.
QString lowerWord(QStringView word)
{
    QString out(word.size(), Qt::Uninitialized);
    QChar *p = out.data();
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t c = word[k].unicode();
        if (c >= 128) {
            out = word.toString().toLower();
            out.replace(u'’', u'\'');
            return out;
        }
        p[k] = QChar((c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c);
    }
    return out;
}

/// Calls @p emit(start, end) for each word of @p text, positions relative to @p text.
template<typename Emit>
void forEachWord(QStringView text, Emit emit)
{
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n) {
            if (isWordChar(text[i])) {
                ++i;
                continue;
            }
            const QChar c = text[i];
            const bool joins = isInnerChar(c) && i + 1 < n && isWordChar(text[i + 1]);
            // A comma only joins digits ("80,000"), a period only letters or digits of an
            // abbreviation or a decimal ("U.S.", "3.5"); both would otherwise glue sentences.
            if (!joins || (c == u',' && !(text[i - 1].isDigit() && text[i + 1].isDigit())))
                break;
            if (c == u'.' && !(text[i - 1].isDigit() || (i - start == 1 && text[start].isUpper())
                                 || (i >= 2 && text[i - 2] == u'.')))
                break;
            ++i;
        }
        // Keep the final period of "U.S." so that abbreviations keep their shape.
        if (i < n && text[i] == u'.' && i - start >= 3 && text[i - 2] == u'.')
            ++i;
        emit(start, i);
    }
}

} // namespace

QList<Word> splitWords(QStringView text, int offset)
{
    QList<Word> words;
    words.reserve(text.size() / 5 + 1); // about one word per five characters of English
    forEachWord(text, [&](int start, int end) {
        QString lower = lowerWord(text.mid(start, end - start));
        const quint64 key = wordKey(lower);
        words.append({std::move(lower), {offset + start, offset + end}, key});
    });
    return words;
}

quint64 wordKey(QStringView lowerCaseText)
{
    quint64 h = 14695981039346656037ull; // FNV-1a
    for (QChar c : lowerCaseText) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h ? h : 1; // 0 marks an empty slot of the phrase tables
}

QString foldedForWords(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *p = out.data();
    for (qsizetype k = 0; k < text.size(); ++k) {
        const char16_t c = text[k].unicode();
        if (c < 128)
            p[k] = QChar((c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c);
        else
            p[k] = c == u'’' ? QChar(u'\'') : QChar(c).toLower();
    }
    return out;
}

QList<Word> splitWordsOf(QStringView text, int offset, const QString &folded)
{
    QList<Word> words;
    words.reserve(text.size() / 5 + 1);
    forEachWord(text, [&](int start, int end) {
        const QChar *chars = folded.constData() + offset + start;
        words.append({QString::fromRawData(chars, end - start), {offset + start, offset + end},
                      wordKey(QStringView(chars, end - start))});
    });
    return words;
}

PhraseList::PhraseList(const QStringList &entries)
{
    std::unordered_map<quint64, std::vector<std::vector<quint64>>> byFirstWord;
    for (const QString &entry : entries) {
        std::vector<quint64> phrase;
        for (const Word &w : splitWords(entry))
            phrase.push_back(w.key);
        if (phrase.empty())
            continue;
        auto &list = byFirstWord[phrase.front()];
        if (std::find(list.begin(), list.end(), phrase) == list.end())
            list.push_back(std::move(phrase));
    }
    size_t size = 16;
    while (size < byFirstWord.size() * 2)
        size <<= 1;
    m_groups.assign(size, Group());
    // In key order, so that the layout does not depend on the hash map's.
    std::vector<quint64> keys;
    for (const auto &[key, list] : byFirstWord)
        keys.push_back(key);
    std::sort(keys.begin(), keys.end());
    for (const quint64 key : keys) {
        auto &list = byFirstWord[key];
        // Longest phrases first, so that "because of" wins over "because".
        std::stable_sort(list.begin(), list.end(),
                         [](const std::vector<quint64> &a, const std::vector<quint64> &b) { return a.size() > b.size(); });
        size_t slot = size_t(key) & (size - 1);
        while (m_groups[slot].key != 0)
            slot = (slot + 1) & (size - 1);
        m_groups[slot] = {key, quint32(m_phrases.size()), quint32(list.size())};
        for (auto &phrase : list)
            m_phrases.push_back(std::move(phrase));
        m_firstWordFilter[(key >> 6) & 15] |= quint64(1) << (key & 63);
    }
}

std::pair<const std::vector<quint64> *, const std::vector<quint64> *> PhraseList::phrasesStartingWith(quint64 key) const
{
    if (m_groups.empty() || !mayStart(key))
        return {nullptr, nullptr};
    const size_t mask = m_groups.size() - 1;
    for (size_t slot = size_t(key) & mask; m_groups[slot].key != 0; slot = (slot + 1) & mask) {
        if (m_groups[slot].key == key) {
            const std::vector<quint64> *first = m_phrases.data() + m_groups[slot].first;
            return {first, first + m_groups[slot].count};
        }
    }
    return {nullptr, nullptr};
}

PhraseList PhraseList::fromResource(const QString &name)
{
    QFile file(QStringLiteral(":/claims/%1.txt").arg(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList entries;
    const QString all = QString::fromUtf8(file.readAll());
    for (const QString &line : all.split(u'\n')) {
        const QString entry = line.section(u'#', 0, 0).trimmed();
        if (!entry.isEmpty())
            entries.append(entry);
    }
    return PhraseList(entries);
}

int PhraseList::matchAt(const QList<Word> &words, int at) const
{
    const auto [begin, end] = phrasesStartingWith(words[at].key);
    for (auto phrase = begin; phrase != end; ++phrase) {
        if (at + qsizetype(phrase->size()) > words.size())
            continue;
        bool all = true;
        for (size_t k = 1; k < phrase->size() && all; ++k)
            all = words[at + qsizetype(k)].key == (*phrase)[k];
        if (all)
            return int(phrase->size());
    }
    return 0;
}

QList<Span> PhraseList::find(const QList<Word> &words) const
{
    QList<Span> found;
    for (int i = 0; i < words.size();) {
        const int length = matchAt(words, i);
        if (length == 0) {
            ++i;
            continue;
        }
        found.append({words[i].span.start, words[i + length - 1].span.end});
        i += length;
    }
    return found;
}

bool PhraseList::matchesStart(const QList<Word> &words) const
{
    return !words.isEmpty() && matchAt(words, 0) > 0;
}

bool PhraseList::containsKey(quint64 key) const
{
    const auto [begin, end] = phrasesStartingWith(key);
    return std::any_of(begin, end, [](const std::vector<quint64> &p) { return p.size() == 1; });
}

} // namespace Lede::Core::Claims

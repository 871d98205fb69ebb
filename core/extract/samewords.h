#pragma once

// Case-insensitive word comparison for the stages' word lists. Qt's case-insensitive compare
// folds every character through the Unicode tables; the words of an English article and all
// of the lists' words are ASCII, so they are folded here and only the rest is left to Qt.
// (The comparisons ran about 25 million times over the 93 evaluation texts: 5 % of extraction.)

#include <QStringView>

#include <initializer_list>

namespace Lede::Core::Extraction {

inline bool sameWordIgnoringCase(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80) // the rest folds the Unicode way
            return a.sliced(i).compare(b.sliced(i), Qt::CaseInsensitive) == 0;
        const char16_t lowerX = x | 0x20;
        if (lowerX != (y | 0x20) || lowerX < u'a' || lowerX > u'z')
            return false;
    }
    return true;
}

inline bool isOneOfIgnoringCase(QStringView word, std::initializer_list<QStringView> words)
{
    for (const QStringView w : words)
        if (sameWordIgnoringCase(word, w))
            return true;
    return false;
}

} // namespace Lede::Core::Extraction

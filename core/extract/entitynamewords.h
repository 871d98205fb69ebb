#pragma once

#include "extract/lexicon.h"

#include <QStringView>

#include <initializer_list>

/// Word tests and list kinds shared by the rule-based entity finder's files
/// (entityfinder.cpp, entitydescriptions.cpp).
namespace Lede::Core::Extraction::EntityNameWords {

inline constexpr quint32 kGazetteer = kindBit(PhraseKind::Country) | kindBit(PhraseKind::City)
    | kindBit(PhraseKind::State) | kindBit(PhraseKind::Region) | kindBit(PhraseKind::Nationality)
    | kindBit(PhraseKind::Organisation) | kindBit(PhraseKind::Outlet);
inline constexpr quint32 kPlaces = kindBit(PhraseKind::Country) | kindBit(PhraseKind::City)
    | kindBit(PhraseKind::State) | kindBit(PhraseKind::Region) | kindBit(PhraseKind::Nationality);

/// Whether @p w is one of @p words, case-sensitive ("St" is no "st").
inline bool isOneOf(QStringView w, std::initializer_list<QStringView> words)
{
    for (const QStringView x : words)
        if (w == x)
            return true;
    return false;
}

/// The value of up to four digits ("14", "2024"); -1 for anything else.
inline int numberValue(QStringView s)
{
    if (s.isEmpty() || s.size() > 4)
        return -1;
    int v = 0;
    for (QChar c : s) {
        if (!c.isDigit())
            return -1;
        v = v * 10 + c.digitValue();
    }
    return v;
}

} // namespace Lede::Core::Extraction::EntityNameWords

#pragma once

#include "exchange/importresult.h"
#include "model/article.h"

#include <QString>

#include <optional>

namespace Lede::Core {

/// Reads brat standoff (`.ann`, with the `.txt` it was made on) into annotations of an article.
///
/// Offsets are code points of the `.txt` as brat reads it (universal newlines). When that text
/// equals the article's (line breaks aside), offsets map exactly, CR LF included; otherwise
/// each span is looked for by its text. Lines that have no Lede form (normalisations, unknown
/// types, text fields that do not match the `.txt`) are reported with their line number.
/// The inverse of BratExporter; foreign files work too (types like "Person", events with
/// Speaker and Quote roles, Equiv groups without Lede's notes). Mapping: docs/formats.md.
class BratImporter
{
public:
    /// `sourceText` is the `.txt` beside the `.ann` (decoded), or nothing when there is none:
    /// the `.ann` is then taken to be about the article itself.
    static ImportResult import(const QString &ann, const std::optional<QString> &sourceText, const Article &article,
                               const QString &fileName);
};

} // namespace Lede::Core

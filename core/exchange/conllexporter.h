#pragma once

#include "exchange/exporter.h"

namespace Lede::Core {

/// CoNLL-2003-style IOB: `-DOCSTART- -X- -X- O`, then one token per line in four columns
/// (token, two placeholder columns for part of speech and chunk, BIO entity tag), a blank
/// line between sentences. Tokens and sentences come from SimpleTokenizer; the tags from the
/// entity mentions in force. Tokens never contain whitespace, so columns stay unambiguous.
class ConllExporter : public Exporter
{
public:
    QList<ExportedFile> write(const Article &article, const AnnotationSet &annotations) const override;
};

} // namespace Lede::Core

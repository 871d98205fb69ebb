#pragma once

#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/zoner.h"

#include <QString>

namespace Lede::Test {

/// Runs the first pipeline stages (tokens, paragraphs, sentences, zones) over @p text, which
/// must outlive the returned document; later stages are run by each test itself.
inline Core::Extraction::Document prepare(const QString &text)
{
    using namespace Core::Extraction;
    const Lexicon &lexicon = Lexicon::instance();
    Document doc;
    doc.text = text;
    doc.tokens = lexicon.tokenize(text);
    Zoner::split(doc);
    QList<int> starts;
    for (const Paragraph &p : std::as_const(doc.paragraphs))
        starts.append(p.span.start);
    doc.sentences = Tokenizer::sentences(text, doc.tokens, starts);
    Zoner(lexicon).classify(doc);
    return doc;
}

} // namespace Lede::Test

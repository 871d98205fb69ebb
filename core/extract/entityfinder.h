#pragma once

#include "extract/document.h"
#include "extract/lexicon.h"

namespace Lede::Core::Extraction {

/// Finds named mentions (PERSON, ORG, GPE, LOC, NORP) and dates in doc.tokens.
///
/// Capitalised words are chunked into names (with connectors such as "of" inside organisation
/// names), titles are cut off the front and kept as the mention's title, gazetteer names are
/// split from what follows them ("U.S. President Donald Trump" gives GPE "U.S." and PERSON
/// "Donald Trump"), and each name is typed by gazetteers, name heads ("Ministry", "River"),
/// given names and context. Names the first pass cannot type take the type of the same name
/// (or, for a single word, the surname of a person) found elsewhere in the text.
class EntityFinder
{
public:
    explicit EntityFinder(const Lexicon &lexicon) : m_lexicon(lexicon) {}

    void run(Document &doc) const;

private:
    struct Chunk {
        int first = 0;
        int last = 0;
        QString title;
        bool sentenceStart = false;
        bool weak = false; // in a title-case headline: kept only if confirmed elsewhere
    };

    int findDate(const Document &doc, int t, int end, Mention &out) const;
    int chunkEnd(const Document &doc, int t, int end) const;
    void handleChunk(const Document &doc, Chunk chunk, QList<Mention> &strong,
                     QList<Chunk> &pending) const;
    bool describedPerson(const Document &doc, const Chunk &chunk) const;
    /// Whether the two tokens from @p first are a given name of the gender lists and a
    /// surname, neither of them a word or a place of the lists ("Dolores Pratt").
    bool givenNameAndSurname(const Document &doc, int first) const;
    QString typeOf(const Document &doc, const Chunk &chunk, QString &rule) const;
    bool describedAsPerson(const Document &doc, int comma) const;
    bool describedAsOrganisation(const Document &doc, int comma) const;
    void resolvePending(const Document &doc, QList<Mention> &mentions,
                        const QList<Chunk> &pending) const;
    QString titleBefore(const Document &doc, int first, int sentenceFirst) const;

    const Lexicon &m_lexicon;
};

/// Entity type of a gazetteer kind ("GPE" for a country); empty for non-entity kinds.
QString entityTypeOf(PhraseKind kind);

/// Whether token @p t is a noun that describes a business or an organisation ("firm",
/// "carmaker", "lender", or a name head such as "ministry"): "the logistics firm Nordvik".
bool describesOrganisation(const Lexicon &lexicon, const Document &doc, int t);

/// Whether token @p t opens a town named for a saint: "Santa Rosalia", "San Isidro", "São Mateus".
bool opensSaintsTown(const Document &doc, int t);

/// The token of the first of two surnames in a person's name of three words, the short form
/// Spanish and Portuguese names are cited by ("Andrés Mompó Ribera" ... "Mompó"); -1 where the
/// name is not of that shape (a second given name, "John Paul Jones", or an initial).
int firstOfTwoSurnames(const Lexicon &lexicon, const Document &doc, const Mention &m);

/// Where a title that the chunker found at tokens [@p first, @p last) really starts: capitalised remits
/// joined by "and" belong to it ("Energy and Mines Minister", "Culture, Media and Sport
/// Secretary"), but a name before "and" does not ("Keir Starmer and Defence Secretary").
int titleStartWithRemits(const Lexicon &lexicon, const Document &doc, int first, int last);

} // namespace Lede::Core::Extraction

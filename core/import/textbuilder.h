#pragma once

#include "import/importedarticle.h"

#include <QString>
#include <QStringView>

namespace Lede::Core {

/// Zone labels of the structure importers find (the Zone layer's vocabulary).
namespace ZoneLabel {
inline constexpr auto Headline = "HEADLINE";
inline constexpr auto Standfirst = "STANDFIRST";
inline constexpr auto Dateline = "DATELINE";
inline constexpr auto Byline = "BYLINE";
inline constexpr auto Caption = "CAPTION";
inline constexpr auto Credit = "CREDIT";
inline constexpr auto Body = "BODY";
inline constexpr auto Blockquote = "BLOCKQUOTE";
inline constexpr auto Boilerplate = "BOILERPLATE";
} // namespace ZoneLabel

/// One paragraph of an importer's text. A paragraph can hold two zones: a caption that ends
/// with its photo credit ("Flooded streets in Valencia. Photo: Ana Ruiz/AP") is one line.
struct TextBlock {
    QString text;
    QString zone;
    qsizetype tailStart = -1; // where `tailZone` starts in `text`, or -1
    QString tailZone;
};

/// Builds an importer's text block by block, each block labelled with its zone.
///
/// Blocks are separated by a blank line, the way a plain-text article separates paragraphs,
/// so that the derived text reads (and extracts) like a text article. Inline text is appended
/// piece by piece with runs of white space collapsed to one space, as a browser renders it.
class TextBuilder
{
public:
    /// `rule` names the importer in each zone's origin ("import.html"); `version` is the
    /// importer's version ("html/1").
    TextBuilder(QString rule, QString version);

    /// Appends inline text to the current block, collapsing white space.
    void append(QStringView text);
    /// Appends text as it is, except that line ends become '\n' (for preformatted text).
    void appendVerbatim(QStringView text);
    /// A forced line break inside the current block (<br>, a Markdown hard break).
    void lineBreak();
    /// Ends the current block and labels it; an empty block is dropped.
    void endBlock(const QString &zone);
    /// Drops the text of the current block (a block of links, say, that turned out not to be
    /// part of the article).
    void discardBlock();
    /// Adds a finished block verbatim (ending the current one as BODY first).
    void addBlock(const TextBlock &block);
    /// Adds a whole block at once (ending the current one as BODY first).
    void addBlock(QStringView text, const QString &zone);

    bool blockIsEmpty() const;
    /// The text of the block being built so far.
    QStringView currentBlock() const;
    /// True when the text reached ImportLimits::MaximumTextLength and later text was dropped.
    bool truncated() const { return m_truncated; }

    QString text() const { return m_text; }
    ImportedText take();

private:
    void appendChar(QChar c);

    QString m_rule;
    QString m_version;
    QString m_text;
    QList<Annotation> m_zones;
    qsizetype m_blockStart = 0;
    bool m_pendingSpace = false;
    bool m_truncated = false;
};

/// A zone annotation with an id that depends only on its label and span, so that importing
/// the same file twice gives the same ids.
Annotation makeZone(const QString &label, Span span, const QString &rule, const QString &version);

} // namespace Lede::Core

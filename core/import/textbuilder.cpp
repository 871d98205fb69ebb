#include "import/textbuilder.h"

#include <QCryptographicHash>

namespace Lede::Core {

Annotation makeZone(const QString &label, Span span, const QString &rule, const QString &version)
{
    // "i" for imported, distinct from the extractor's "s" ids, over the same key shape.
    const QByteArray key = (QStringLiteral("zone|") + label + u'|' + QString::number(span.start) + u'|'
                            + QString::number(span.end))
                               .toUtf8();
    Annotation zone;
    zone.id = QLatin1Char('i')
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(10));
    zone.layer = Layer::Zone;
    zone.label = label;
    zone.span = span;
    zone.status = Status::Suggested;
    zone.origin = Origin{rule, version};
    return zone;
}

TextBuilder::TextBuilder(QString rule, QString version)
    : m_rule(std::move(rule)), m_version(std::move(version))
{
}

void TextBuilder::appendChar(QChar c)
{
    if (m_text.size() >= ImportLimits::MaximumTextLength) {
        m_truncated = true;
        return;
    }
    m_text.append(c);
}

void TextBuilder::append(QStringView text)
{
    for (QChar c : text) {
        // U+00A0 stays: it is a deliberate non-breaking space, not layout.
        if (c.isSpace() && c != QChar(0x00A0)) {
            m_pendingSpace = true;
            continue;
        }
        if (c.category() == QChar::Other_Control || c == QChar(0xFEFF))
            continue;
        if (m_pendingSpace && !blockIsEmpty() && m_text.back() != u'\n')
            appendChar(u' ');
        m_pendingSpace = false;
        appendChar(c);
    }
}

void TextBuilder::appendVerbatim(QStringView text)
{
    if (m_pendingSpace && !blockIsEmpty())
        appendChar(u' ');
    m_pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            appendChar(u'\n');
        } else if (c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control) {
            appendChar(c);
        }
    }
}

void TextBuilder::lineBreak()
{
    m_pendingSpace = false;
    if (!blockIsEmpty() && m_text.back() != u'\n')
        appendChar(u'\n');
}

bool TextBuilder::blockIsEmpty() const
{
    return m_text.size() <= m_blockStart;
}

QStringView TextBuilder::currentBlock() const
{
    return QStringView(m_text).mid(m_blockStart);
}

void TextBuilder::endBlock(const QString &zone)
{
    m_pendingSpace = false;
    while (!blockIsEmpty() && (m_text.back() == u'\n' || m_text.back() == u' '))
        m_text.chop(1);
    if (blockIsEmpty())
        return;
    m_zones.append(makeZone(zone, Span{int(m_blockStart), int(m_text.size())}, m_rule, m_version));
    m_text.append(QStringLiteral("\n\n"));
    m_blockStart = m_text.size();
}

void TextBuilder::discardBlock()
{
    m_pendingSpace = false;
    m_text.truncate(m_blockStart);
}

void TextBuilder::addBlock(const TextBlock &block)
{
    endBlock(QString::fromLatin1(ZoneLabel::Body));
    const qsizetype start = m_text.size();
    appendVerbatim(block.text);
    if (block.tailStart <= 0 || block.tailStart >= block.text.size() || m_text.size() != start + block.text.size()) {
        endBlock(block.zone);
        return;
    }
    // The head's zone ends before the white space that separates it from the tail.
    qsizetype headEnd = start + block.tailStart;
    while (headEnd > start && m_text[headEnd - 1].isSpace())
        --headEnd;
    if (headEnd > start)
        m_zones.append(makeZone(block.zone, Span{int(start), int(headEnd)}, m_rule, m_version));
    m_zones.append(makeZone(block.tailZone, Span{int(start + block.tailStart), int(m_text.size())}, m_rule, m_version));
    m_text.append(QStringLiteral("\n\n"));
    m_blockStart = m_text.size();
}

void TextBuilder::addBlock(QStringView text, const QString &zone)
{
    endBlock(QString::fromLatin1(ZoneLabel::Body));
    append(text);
    endBlock(zone);
}

ImportedText TextBuilder::take()
{
    endBlock(QString::fromLatin1(ZoneLabel::Body));
    // One line end after the last block, as a text file has.
    if (m_text.endsWith(QLatin1String("\n\n")))
        m_text.chop(1);
    m_blockStart = m_text.size();
    ImportedText out;
    out.text = std::move(m_text);
    out.zones = std::move(m_zones);
    m_text.clear();
    m_zones.clear();
    m_blockStart = 0;
    return out;
}

} // namespace Lede::Core

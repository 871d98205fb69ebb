#include "import/markdownimporter.h"

#include "import/htmlentities.h"
#include "import/textbuilder.h"

#include <md4c.h>

namespace Lede::Core {
namespace {

QString zone(const char *label)
{
    return QString::fromLatin1(label);
}

bool isCreditLine(QStringView text)
{
    for (const char *prefix : {"Photo:", "Photograph:", "Photo by", "Credit:", "Image:", "©", "(c)"})
        if (text.startsWith(QString::fromUtf8(prefix), Qt::CaseInsensitive))
            return true;
    return false;
}

bool isBylineText(QStringView text)
{
    return text.startsWith(QLatin1String("By "), Qt::CaseInsensitive) && text.count(u' ') <= 12;
}

/// md4c reports the document as a stream of block and span events; this turns them into
/// TextBuilder blocks and decides each block's zone when it ends.
class Converter
{
public:
    Converter() : m_out(QStringLiteral("import.markdown"), MarkdownImporter::version()) {}

    TextBuilder &out() { return m_out; }
    bool tooDeep() const { return m_tooDeep; }
    void noteFrontMatter(bool headline) { m_haveHeadline = headline; }

    int enterBlock(MD_BLOCKTYPE type)
    {
        if (++m_depth > ImportLimits::MaximumNesting) {
            m_tooDeep = true;
            return 1; // md4c stops parsing when a callback returns non-zero
        }
        switch (type) {
        case MD_BLOCK_QUOTE: ++m_quoteDepth; break;
        case MD_BLOCK_P:
        case MD_BLOCK_H:
            startParagraph();
            break;
        case MD_BLOCK_CODE: m_inCode = true; startParagraph(); break;
        case MD_BLOCK_TR: startParagraph(); m_firstCell = true; break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (!m_firstCell)
                m_out.append(u" | ");
            m_firstCell = false;
            break;
        default: break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        --m_depth;
        switch (type) {
        case MD_BLOCK_QUOTE: --m_quoteDepth; break;
        case MD_BLOCK_H: finishHeading(); break;
        case MD_BLOCK_P: finishParagraph(); break;
        case MD_BLOCK_CODE: m_inCode = false; finishBlock(zone(ZoneLabel::Body)); break;
        case MD_BLOCK_TR: finishBlock(zone(ZoneLabel::Body)); break;
        // A tight list item's text comes without a paragraph around it.
        case MD_BLOCK_LI: finishBlock(zone(m_quoteDepth > 0 ? ZoneLabel::Blockquote : ZoneLabel::Body)); break;
        default: break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_EM || type == MD_SPAN_STRONG)
            ++m_emphasis;
        else if (type == MD_SPAN_IMG)
            ++m_image;
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_EM || type == MD_SPAN_STRONG)
            --m_emphasis;
        else if (type == MD_SPAN_IMG)
            --m_image;
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
    {
        const QString piece = QString::fromUtf8(data, qsizetype(size));
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH:
            if (m_inCode)
                m_out.appendVerbatim(piece);
            else
                m_out.append(piece);
            noteText(piece);
            break;
        case MD_TEXT_ENTITY: {
            const QString decoded = decodeCharacterReference(piece);
            m_out.append(decoded);
            noteText(decoded);
            break;
        }
        case MD_TEXT_NULLCHAR: m_out.append(u"\uFFFD"); break;
        case MD_TEXT_BR: m_out.lineBreak(); break;
        case MD_TEXT_SOFTBR: m_out.append(u" "); break;
        case MD_TEXT_HTML: break; // raw HTML is markup, not text; it is never rendered
        }
        return 0;
    }

private:
    void startParagraph()
    {
        m_onlyEmphasis = true;
        m_onlyImage = true;
        m_anyText = false;
    }

    void noteText(const QString &piece)
    {
        if (piece.trimmed().isEmpty())
            return;
        m_anyText = true;
        if (m_emphasis == 0)
            m_onlyEmphasis = false;
        if (m_image == 0)
            m_onlyImage = false;
    }

    void finishBlock(const QString &label)
    {
        const bool had = !m_out.blockIsEmpty();
        m_out.endBlock(label);
        if (had) {
            m_lastWasImage = label == u"CAPTION" && m_onlyImage;
            if (label == u"BODY" || label == u"BLOCKQUOTE")
                m_bodyStarted = true;
        }
    }

    void finishHeading()
    {
        const bool headline = !m_haveHeadline && !m_bodyStarted && m_quoteDepth == 0;
        if (headline)
            m_haveHeadline = true;
        finishBlock(zone(headline ? ZoneLabel::Headline : ZoneLabel::Body));
    }

    void finishParagraph()
    {
        const QStringView text = m_out.currentBlock();
        const char *label = ZoneLabel::Body;
        if (m_quoteDepth > 0)
            label = ZoneLabel::Blockquote;
        else if (m_anyText && m_onlyImage)
            label = ZoneLabel::Caption;
        else if (m_lastWasImage && (isCreditLine(text) || m_onlyEmphasis))
            label = isCreditLine(text) ? ZoneLabel::Credit : ZoneLabel::Caption;
        else if (!m_bodyStarted && isBylineText(text))
            label = ZoneLabel::Byline;
        else if (!m_bodyStarted && m_haveHeadline && m_onlyEmphasis && m_anyText)
            label = ZoneLabel::Standfirst;
        const bool wasImage = m_lastWasImage;
        finishBlock(zone(label));
        // A caption and its credit may follow an image in either order.
        if (wasImage && (qstrcmp(label, ZoneLabel::Caption) == 0 || qstrcmp(label, ZoneLabel::Credit) == 0))
            m_lastWasImage = true;
    }

    TextBuilder m_out;
    int m_depth = 0;
    int m_quoteDepth = 0;
    int m_emphasis = 0;
    int m_image = 0;
    bool m_inCode = false;
    bool m_firstCell = true;
    bool m_onlyEmphasis = true;
    bool m_onlyImage = true;
    bool m_anyText = false;
    bool m_lastWasImage = false;
    bool m_haveHeadline = false;
    bool m_bodyStarted = false;
    bool m_tooDeep = false;
};

/// A YAML front-matter block ("---" lines around "key: value" lines) at the very start.
struct FrontMatter {
    QString title, author, date;
    qsizetype length = 0; // characters it takes, with its closing line
};

FrontMatter readFrontMatter(const QString &text)
{
    FrontMatter fm;
    if (!text.startsWith(QLatin1String("---\n")) && !text.startsWith(QLatin1String("---\r\n")))
        return fm;
    const qsizetype bodyStart = text.indexOf(u'\n') + 1;
    qsizetype end = text.indexOf(QLatin1String("\n---"), bodyStart - 1);
    if (end < 0 || end > 64 * 1024)
        return fm;
    const QString block = text.mid(bodyStart, end - bodyStart);
    qsizetype after = text.indexOf(u'\n', end + 1);
    fm.length = after < 0 ? text.size() : after + 1;
    for (const QString &line : block.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (key == u"title")
            fm.title = value;
        else if (key == u"author" || key == u"byline")
            fm.author = value;
        else if (key == u"date")
            fm.date = value;
    }
    return fm;
}

} // namespace

QString MarkdownImporter::version()
{
    return QStringLiteral("markdown/1");
}

Result<ImportedText> MarkdownImporter::import(const QString &markdown)
{
    Converter converter;
    const FrontMatter front = readFrontMatter(markdown);
    if (!front.title.isEmpty())
        converter.out().addBlock(front.title, zone(ZoneLabel::Headline));
    if (!front.author.isEmpty())
        converter.out().addBlock(front.author.startsWith(QLatin1String("By "), Qt::CaseInsensitive)
                                     ? front.author : QStringLiteral("By ") + front.author,
                                 zone(ZoneLabel::Byline));
    if (!front.date.isEmpty())
        converter.out().addBlock(front.date, zone(ZoneLabel::Dateline));
    converter.noteFrontMatter(!front.title.isEmpty());

    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = [](MD_BLOCKTYPE type, void *, void *self) {
        return static_cast<Converter *>(self)->enterBlock(type);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
        return static_cast<Converter *>(self)->leaveBlock(type);
    };
    parser.enter_span = [](MD_SPANTYPE type, void *, void *self) {
        return static_cast<Converter *>(self)->enterSpan(type);
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
        return static_cast<Converter *>(self)->leaveSpan(type);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
        return static_cast<Converter *>(self)->text(type, text, size);
    };
    const QByteArray utf8 = markdown.mid(front.length).toUtf8();
    const int status = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &converter);
    if (converter.tooDeep())
        return Error{QStringLiteral("the Markdown nests block quotes or lists more than %1 levels deep")
                         .arg(ImportLimits::MaximumNesting)};
    if (status != 0)
        return Error{QStringLiteral("the Markdown could not be read (md4c error %1)").arg(status)};
    if (converter.out().truncated())
        return Error{QStringLiteral("the Markdown gives more than %1 million characters of text")
                         .arg(ImportLimits::MaximumTextLength / (1024 * 1024))};
    return converter.out().take();
}

} // namespace Lede::Core

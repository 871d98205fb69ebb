// Emoji (outside the BMP, joined and modified), combining marks, CR LF and right-to-left
// scripts, in every format: offsets must be code points that other tools slice correctly.
#include "exchange/csvexporter.h"
#include "exchange/simpletokenizer.h"
#include "exchangehelpers.h"
#include "qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Lede::Core;
using namespace Lede::Test;

namespace {

ArticleDocument unicodeArticle()
{
    return openExchangeArticle(QStringLiteral("unicode-crlf.txt"));
}

/// A small RFC 4180 reader: quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

TEST(UnicodeExport, TheArticleHasWhatTheTestsNeed)
{
    const ArticleDocument doc = unicodeArticle();
    EXPECT_TRUE(doc.article.text.contains(QStringLiteral("\r\n")));
    EXPECT_TRUE(doc.article.text.contains(QString::fromUtf8("🏆")));
    EXPECT_TRUE(doc.article.text.contains(QStringLiteral("e\u0301")));
    EXPECT_TRUE(doc.article.text.contains(QString::fromUtf8("محمد")));
    EXPECT_TRUE(doc.article.text.contains(QString::fromUtf8("דוד")));
    EXPECT_GE(doc.annotations.size(), 15);
}

TEST(UnicodeExport, W3cPositionsAreCodePointsThatHoldTheQuote)
{
    const ArticleDocument doc = unicodeArticle();
    const QJsonObject root = QJsonDocument::fromJson(exportBytes(doc, QStringLiteral("w3c"))).object();
    const QJsonArray items = root[QStringLiteral("first")][QStringLiteral("items")].toArray();
    int checked = 0;
    for (const QJsonValue &item : items) {
        const QJsonArray selectors = item[QStringLiteral("target")][QStringLiteral("selector")].toArray();
        if (selectors.isEmpty())
            continue;
        const QString exact = selectors[0][QStringLiteral("exact")].toString();
        const int start = selectors[1][QStringLiteral("start")].toInt();
        const int end = selectors[1][QStringLiteral("end")].toInt();
        EXPECT_EQ(codePointSlice(doc.article.text, start, end), exact);
        ++checked;
    }
    EXPECT_EQ(checked, doc.annotations.size());
    // The trophy emoji is one code point: the quote after it starts one later than UTF-16 says.
    EXPECT_TRUE(QString::fromUtf8(exportBytes(doc, QStringLiteral("w3c"))).contains(QString::fromUtf8("“we won 🏆!”")));
}

TEST(UnicodeExport, BratTextHasLfOnlyAndEveryTextFieldMatchesIt)
{
    const ArticleDocument doc = unicodeArticle();
    const QString txt = QString::fromUtf8(exportBytes(doc, QStringLiteral("brat"), 1));
    EXPECT_FALSE(txt.contains(u'\r'));
    QString withoutCr = doc.article.text;
    withoutCr.remove(u'\r');
    EXPECT_EQ(txt, withoutCr);

    const QString ann = QString::fromUtf8(exportBytes(doc, QStringLiteral("brat"), 0));
    int textBounds = 0, multiFragment = 0;
    for (const QString &line : ann.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'T'))
            continue;
        ++textBounds;
        const QStringList fields = line.split(u'\t');
        ASSERT_EQ(fields.size(), 3) << line.toStdString();
        QStringList pieces;
        const QStringList fragments = fields[1].section(u' ', 1).split(u';');
        multiFragment += fragments.size() > 1;
        for (const QString &fragment : fragments) {
            const QStringList offsets = fragment.split(u' ');
            pieces.append(codePointSlice(txt, offsets[0].toInt(), offsets[1].toInt()));
        }
        // What brat checks when it loads the file.
        EXPECT_EQ(pieces.join(u' '), fields[2]) << line.toStdString();
    }
    EXPECT_EQ(textBounds, doc.annotations.size());
    EXPECT_EQ(multiFragment, 1) << "the zone over two lines is written as two fragments";
}

TEST(UnicodeExport, JsonlOffsetsSliceTheTextLikePython)
{
    const ArticleDocument doc = unicodeArticle();
    const QByteArray line = exportBytes(doc, QStringLiteral("jsonl"));
    ASSERT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(line.count('\n'), 1) << "one article, one line";
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QString text = o[QStringLiteral("text")].toString();
    EXPECT_EQ(text, doc.article.text);
    QStringList persons;
    for (const QJsonValue &label : o[QStringLiteral("label")].toArray()) {
        const QJsonArray l = label.toArray();
        if (l[2].toString() == u"PERSON")
            persons.append(codePointSlice(text, l[0].toInt(), l[1].toInt()));
    }
    EXPECT_EQ(persons, (QStringList{QString::fromUtf8("Anna Müller"), QStringLiteral("Jose\u0301 Marti\u0301nez"),
                                    QString::fromUtf8("Müller"), QString::fromUtf8("محمد عباس"),
                                    QString::fromUtf8("דוד כהן")}));
    for (const QJsonValue &span : o[QStringLiteral("spans")].toArray())
        EXPECT_FALSE(span.toArray()[2].toString().startsWith(QStringLiteral("loaded")))
            << "the rejected intensifier is not exported";
}

TEST(UnicodeExport, CsvRowsParseBackAndOffsetsHoldTheirText)
{
    const ArticleDocument doc = unicodeArticle();
    const QByteArray quotesBytes = exportBytes(doc, QStringLiteral("csv"), 0);
    ASSERT_TRUE(quotesBytes.startsWith("\xEF\xBB\xBF")) << "Excel needs the byte-order mark to read UTF-8";
    const QList<QStringList> quotes = parseCsv(QString::fromUtf8(quotesBytes.mid(3)));
    ASSERT_EQ(quotes.size(), 4); // header and three quotes
    EXPECT_EQ(quotes[0].mid(0, 7), (QStringList{QStringLiteral("speaker"), QStringLiteral("canonical speaker"),
                                                QStringLiteral("cue"), QStringLiteral("kind"), QStringLiteral("text"),
                                                QStringLiteral("start"), QStringLiteral("end")}));
    for (const QStringList &row : quotes.mid(1))
        EXPECT_EQ(codePointSlice(doc.article.text, row[5].toInt(), row[6].toInt()), row[4]);
    EXPECT_EQ(quotes[1][0], QString::fromUtf8("Anna Müller"));
    EXPECT_EQ(quotes[2][2], QString::fromUtf8("قال"));
    EXPECT_EQ(quotes[2][4], QString::fromUtf8("\"تاريخي\"")) << "quotes inside a field are doubled and read back";

    const QList<QStringList> entities = parseCsv(QString::fromUtf8(exportBytes(doc, QStringLiteral("csv"), 1).mid(3)));
    ASSERT_GE(entities.size(), 6);
    for (const QStringList &row : entities.mid(1))
        EXPECT_EQ(codePointSlice(doc.article.text, row[3].toInt(), row[4].toInt()), row[1]);
}

TEST(UnicodeExport, CsvQuotesFieldsWithCommasQuotesAndLineBreaks)
{
    EXPECT_EQ(Csv::record({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                           QStringLiteral("two\r\nlines")}),
              QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"));
}

TEST(UnicodeExport, CitronSpansSliceTheTextLikePython)
{
    const ArticleDocument doc = unicodeArticle();
    const QJsonObject root = QJsonDocument::fromJson(exportBytes(doc, QStringLiteral("citron"))).object();
    const QString text = root[QStringLiteral("text")].toString();
    const QJsonArray quotes = root[QStringLiteral("quotes")].toArray();
    ASSERT_EQ(quotes.size(), 3);
    auto check = [&](const QJsonValue &span) {
        const QJsonObject s = span.toObject();
        EXPECT_EQ(codePointSlice(text, s[QStringLiteral("start")].toInt(), s[QStringLiteral("end")].toInt()),
                  s[QStringLiteral("text")].toString());
    };
    for (const QJsonValue &q : quotes) {
        check(q[QStringLiteral("cue")]);
        for (const QJsonValue &s : q[QStringLiteral("sources")].toArray())
            check(s);
        for (const QJsonValue &c : q[QStringLiteral("contents")].toArray())
            check(c);
    }
    EXPECT_EQ(quotes[1][QStringLiteral("sources")][0][QStringLiteral("text")].toString(), QString::fromUtf8("محمد عباس"));
    const QJsonArray groups = root[QStringLiteral("coreference_groups")].toArray();
    ASSERT_EQ(groups.size(), 1) << "Anna Müller and Müller";
    EXPECT_EQ(groups[0].toArray().size(), 2);
}

TEST(UnicodeExport, ConllKeepsEveryCharacterAndTagsRightToLeftNames)
{
    const ArticleDocument doc = unicodeArticle();
    const QString conll = QString::fromUtf8(exportBytes(doc, QStringLiteral("conll")));
    EXPECT_TRUE(conll.startsWith(QStringLiteral("-DOCSTART- -X- -X- O\n\n")));
    QString tokens;
    QStringList tags;
    for (const QString &line : conll.split(u'\n').mid(2)) {
        if (line.isEmpty())
            continue;
        const QStringList columns = line.split(u' ');
        ASSERT_EQ(columns.size(), 4) << line.toStdString();
        tokens += columns[0];
        tags.append(columns[0] + u'/' + columns[3]);
    }
    QString compact = doc.article.text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_EQ(tokens, compact) << "tokens cover the text, emoji and combining marks included";
    EXPECT_TRUE(tags.contains(QString::fromUtf8("محمد/B-PERSON")));
    EXPECT_TRUE(tags.contains(QString::fromUtf8("عباس/I-PERSON")));
    EXPECT_TRUE(tags.contains(QString::fromUtf8("דוד/B-PERSON")));
    EXPECT_TRUE(tags.contains(QStringLiteral("Jose\u0301/B-PERSON"))) << "a combining accent stays in its token";
    EXPECT_TRUE(tags.contains(QString::fromUtf8("👩‍👩‍👧/O"))) << "a joined emoji is one token";
}

TEST(UnicodeExport, SentencesEndAtLineBreaksAndFullStops)
{
    const QString text = QStringLiteral("Mr. Smith left. He said “no.” Then\r\nit rained");
    QStringList sentences;
    for (const auto &sentence : SimpleTokenizer::sentences(text)) {
        QStringList words;
        for (const Span &t : sentence)
            words.append(text.mid(t.start, t.length()));
        sentences.append(words.join(u' '));
    }
    EXPECT_EQ(sentences, (QStringList{QStringLiteral("Mr . Smith left ."), QStringLiteral("He said “ no . ”"),
                                      QStringLiteral("Then"), QStringLiteral("it rained")}));
}

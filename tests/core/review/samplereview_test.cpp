// The figures of the review on the sample article, checked against counts made here
// independently: straight from the annotations, with a different word counter (a regular
// expression over a masked copy of the text) and no code shared with core/review.
#include "extract/extractor.h"
#include "model/annotationset.h"
#include "review/review.h"

#include <gtest/gtest.h>

#include "qtprinters.h"
#include "testpaths.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <vector>

using namespace Lede::Core;
using namespace Lede::Core::Review;

namespace {

int regexWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"(\S*[\p{L}\p{N}]\S*)"));
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

/// The text with every character outside `mask` blanked.
QString masked(const QString &text, const std::vector<bool> &mask)
{
    QString copy = text;
    for (qsizetype i = 0; i < copy.size(); ++i)
        if (!mask[size_t(i)])
            copy[i] = u' ';
    return copy;
}

void cover(std::vector<bool> &mask, Span span)
{
    for (int i = span.start; i < span.end; ++i)
        mask[size_t(i)] = true;
}

class SampleReview : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QFile file(Lede::Test::sourcePath(QStringLiteral("resources/samples/brenner-asylum.txt")));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        s_text = new QString(QString::fromUtf8(file.readAll()));
        const ExtractionResult result = Extractor{}.extract(*s_text);
        s_set = new AnnotationSet;
        for (const Entity &e : result.entities)
            s_set->addEntity(e);
        for (const Annotation &a : result.annotations)
            s_set->add(a);
    }
    static void TearDownTestSuite()
    {
        delete s_text;
        delete s_set;
    }

    static QList<Annotation> ofLayer(Layer layer)
    {
        QList<Annotation> out;
        for (const Annotation &a : s_set->annotations())
            if (a.layer == layer && a.status != Status::Rejected && !a.orphanedQuote)
                out.append(a);
        return out;
    }
    static bool isSpeech(const Annotation &a)
    {
        return a.layer == Layer::Quote && a.label != QLatin1String("SCARE");
    }
    /// The speaker key of a quote, worked out by hand from the links.
    static QString speakerKey(const Annotation &quote)
    {
        const Annotation *target = s_set->find(quote.links.value(QStringLiteral("speaker")));
        if (!target)
            return QStringLiteral("unattributed");
        QString entity = target->links.value(QStringLiteral("entity"));
        if (entity.isEmpty())
            if (const Annotation *outlet = s_set->find(target->links.value(QStringLiteral("outlet"))))
                entity = outlet->links.value(QStringLiteral("entity"));
        if (!entity.isEmpty())
            return QStringLiteral("entity:") + entity;
        return QStringLiteral("text:") + s_text->mid(target->span.start, target->span.length()).simplified().toLower();
    }
    std::vector<bool> editorialMask() const
    {
        std::vector<bool> mask(size_t(s_text->size()), false);
        for (const Annotation &zone : ofLayer(Layer::Zone))
            if (QStringList{"HEADLINE", "STANDFIRST", "BODY", "CAPTION"}.contains(zone.label))
                cover(mask, zone.span);
        return mask;
    }

    static QString *s_text;
    static AnnotationSet *s_set;
};

QString *SampleReview::s_text = nullptr;
AnnotationSet *SampleReview::s_set = nullptr;

} // namespace

TEST_F(SampleReview, SummaryMatchesAHandCount)
{
    const Summary s = reviewArticle(*s_set, *s_text).summary;
    const std::vector<bool> editorial = editorialMask();
    std::vector<bool> quoted(editorial.size(), false);
    int direct = 0, partial = 0, indirect = 0;
    QSet<QString> speakers;
    for (const Annotation &q : ofLayer(Layer::Quote)) {
        if (!isSpeech(q))
            continue;
        cover(quoted, q.span);
        direct += q.label == QLatin1String("DIRECT");
        partial += q.label == QLatin1String("PARTIAL");
        indirect += q.label == QLatin1String("INDIRECT");
        if (speakerKey(q) != QLatin1String("unattributed"))
            speakers.insert(speakerKey(q));
    }
    std::vector<bool> quotedEditorial(editorial.size());
    for (size_t i = 0; i < editorial.size(); ++i)
        quotedEditorial[i] = editorial[i] && quoted[i];

    // The sample must exercise every figure, or this test proves nothing.
    ASSERT_GT(direct, 0);
    ASSERT_GT(indirect, 0);
    ASSERT_GT(ofLayer(Layer::Hedge).size(), 0);
    ASSERT_GT(ofLayer(Layer::Loaded).size(), 0);

    EXPECT_EQ(s.articleWords, regexWords(masked(*s_text, editorial)));
    EXPECT_EQ(s.quotedWords, regexWords(masked(*s_text, quotedEditorial)));
    EXPECT_EQ(s.direct, direct);
    EXPECT_EQ(s.partial, partial);
    EXPECT_EQ(s.indirect, indirect);
    EXPECT_EQ(s.quotes, direct + partial + indirect);
    EXPECT_EQ(s.speakers, speakers.size());
    EXPECT_EQ(s.hedges, ofLayer(Layer::Hedge).size());

    int author = 0, inQuotes = 0;
    for (const Annotation &l : ofLayer(Layer::Loaded))
        (l.attributes.value(QStringLiteral("voice")) == QLatin1String("quoted") ? inQuotes : author) += 1;
    EXPECT_EQ(s.loadedAuthor, author);
    EXPECT_EQ(s.loadedQuoted, inQuotes);

    QSet<QString> outlets, anonymous;
    for (const Annotation &src : ofLayer(Layer::Source)) {
        if (src.label == QLatin1String("OUTLET"))
            outlets.insert(src.links.value(QStringLiteral("entity")));
        else
            anonymous.insert(s_text->mid(src.span.start, src.span.length()).simplified().toLower());
    }
    EXPECT_EQ(s.outlets, outlets.size());
    EXPECT_EQ(s.anonymousSources, anonymous.size());
}

TEST_F(SampleReview, EverySpeakerRowMatchesAHandCount)
{
    const VoiceStats voices = computeVoices(*s_set, *s_text);
    const std::vector<bool> editorial = editorialMask();
    struct Expected {
        int quotes = 0, direct = 0, partial = 0, indirect = 0;
        std::vector<bool> mask;
    };
    QHash<QString, Expected> expected;
    for (const Annotation &q : ofLayer(Layer::Quote)) {
        if (!isSpeech(q))
            continue;
        Expected &e = expected[speakerKey(q)];
        if (e.mask.empty())
            e.mask.assign(editorial.size(), false);
        ++e.quotes;
        e.direct += q.label == QLatin1String("DIRECT");
        e.partial += q.label == QLatin1String("PARTIAL");
        e.indirect += q.label == QLatin1String("INDIRECT");
        cover(e.mask, q.span);
    }
    ASSERT_EQ(voices.speakers.size(), expected.size());
    int totalWords = 0;
    double totalShare = 0.0;
    for (const SpeakerStats &row : voices.speakers) {
        SCOPED_TRACE(row.name.toStdString());
        ASSERT_TRUE(expected.contains(row.key));
        Expected &e = expected[row.key];
        for (size_t i = 0; i < e.mask.size(); ++i)
            e.mask[i] = e.mask[i] && editorial[i];
        EXPECT_EQ(row.quotes, e.quotes);
        EXPECT_EQ(row.direct, e.direct);
        EXPECT_EQ(row.partial, e.partial);
        EXPECT_EQ(row.indirect, e.indirect);
        EXPECT_EQ(row.words, regexWords(masked(*s_text, e.mask)));
        totalWords += row.words;
        totalShare += row.share;
    }
    EXPECT_EQ(voices.totalWords, totalWords);
    EXPECT_NEAR(totalShare, 1.0, 1e-9);
}

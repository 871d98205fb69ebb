#include "anchor/fuzzysearch.h"
#include "anchor/reanchorer.h"
#include "io/articledocument.h"
#include "io/sidecarformat.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace Lede::Core;

namespace {

const QString kOriginal = QStringLiteral(
    "Brenner defends asylum overhaul\n\n"
    "Interior Minister Olaf Brenner on Tuesday defended the plan. "
    "“We are not closing the door,” Brenner said. “We are putting a lock on it that works.”\n\n"
    "Opposition leader Miriam Okafor called it a political stunt. "
    "“This is a regime of suspicion,” she said.\n\n"
    "Aid groups said the plan would fail.");

struct Fixture {
    SidecarData sidecar;
    QMap<QString, QString> textOf; // id -> annotated text in the original
};

/// A sidecar of the original article with one annotation per given phrase (first occurrence
/// after `from`).
Fixture annotate(const QString &text, const QList<std::pair<QString, int>> &phrases)
{
    AnnotationSet set;
    int n = 0;
    Fixture f;
    for (const auto &[phrase, from] : phrases) {
        const int at = int(text.indexOf(phrase, from));
        Q_ASSERT(at >= 0);
        Annotation a;
        a.id = QStringLiteral("a%1").arg(++n);
        a.layer = Layer::Entity;
        a.label = QStringLiteral("PERSON");
        a.span = {at, at + int(phrase.size())};
        set.add(a);
        f.textOf.insert(a.id, phrase);
    }
    f.sidecar = *parseSidecar(writeSidecar(Article{text, QStringLiteral("a.txt")}, set), QStringLiteral("a"));
    return f;
}

QString textAt(const QString &text, const AnnotationSet &set, const QString &id)
{
    const Annotation *a = set.find(id);
    return a ? text.mid(a->span.start, a->span.length()) : QStringLiteral("<missing>");
}

AnchoredAnnotations reanchor(const QString &newText, const SidecarData &sidecar)
{
    return anchorSidecar(Article{newText, QStringLiteral("a.txt")}, sidecar);
}

} // namespace

TEST(FuzzySearch, EditDistanceAndSimilarity)
{
    EXPECT_EQ(editDistance(u"kitten", u"sitting"), 3);
    EXPECT_EQ(editDistance(u"", u"abc"), 3);
    EXPECT_DOUBLE_EQ(similarity(u"", u""), 1.0);
    EXPECT_DOUBLE_EQ(similarity(u"abcd", u"abce"), 0.75);
}

TEST(FuzzySearch, FindsTheClosestSubstring)
{
    const QString text = QStringLiteral("the quick brown fox jumps over the lazy dog");
    const auto match = findApproximate(text, {0, int(text.size())}, u"quack brown", 2, 0);
    ASSERT_TRUE(match.has_value());
    EXPECT_EQ(text.mid(match->span.start, match->span.length()), QStringLiteral("quick brown"));
    EXPECT_EQ(match->distance, 1);
    EXPECT_FALSE(findApproximate(text, {0, int(text.size())}, u"elephant", 2, 0).has_value());
}

TEST(Reanchor, UnchangedArticleKeepsEveryPosition)
{
    const Fixture f = annotate(kOriginal, {{QStringLiteral("Olaf Brenner"), 0}, {QStringLiteral("Okafor"), 0}});
    const AnchoredAnnotations out = reanchor(kOriginal + QStringLiteral("\n"), f.sidecar);
    EXPECT_EQ(out.report.unchanged, 2);
    EXPECT_EQ(out.report.orphaned, 0);
}

TEST(Reanchor, TextInsertedBeforeInsideAndAfter)
{
    const Fixture f = annotate(kOriginal, {{QStringLiteral("Olaf Brenner on Tuesday defended the plan"), 0},
                                           {QStringLiteral("Miriam Okafor"), 0},
                                           {QStringLiteral("Aid groups"), 0}});
    QString edited = kOriginal;
    edited.insert(edited.indexOf(QStringLiteral("Aid groups")) + 10, QStringLiteral(" and churches")); // after a3's text
    edited.insert(edited.indexOf(QStringLiteral("on Tuesday")), QStringLiteral("late ")); // inside a1
    edited.insert(0, QStringLiteral("UPDATED 14:02\n\n")); // before everything
    const AnchoredAnnotations out = reanchor(edited, f.sidecar);
    EXPECT_EQ(out.report.orphaned, 0);
    EXPECT_EQ(textAt(edited, out.annotations, QStringLiteral("a1")), QStringLiteral("Olaf Brenner late on Tuesday defended the plan"));
    EXPECT_EQ(textAt(edited, out.annotations, QStringLiteral("a2")), QStringLiteral("Miriam Okafor"));
    EXPECT_EQ(textAt(edited, out.annotations, QStringLiteral("a3")), QStringLiteral("Aid groups"));
    EXPECT_EQ(out.report.fuzzy, 1);
    EXPECT_EQ(out.report.moved, 2);
}

TEST(Reanchor, WordChangedInsideAQuote)
{
    const QString quote = QStringLiteral("“We are putting a lock on it that works.”");
    const Fixture f = annotate(kOriginal, {{quote, 0}});
    QString edited = kOriginal;
    edited.replace(QStringLiteral("a lock"), QStringLiteral("a bolt"));
    const AnchoredAnnotations out = reanchor(edited, f.sidecar);
    EXPECT_EQ(out.report.fuzzy, 1);
    EXPECT_EQ(textAt(edited, out.annotations, QStringLiteral("a1")), QStringLiteral("“We are putting a bolt on it that works.”"));
}

TEST(Reanchor, DeletedParagraphOrphansItsAnnotationsOnly)
{
    const Fixture f = annotate(kOriginal, {{QStringLiteral("regime of suspicion"), 0},
                                           {QStringLiteral("Miriam Okafor"), 0},
                                           {QStringLiteral("Aid groups"), 0},
                                           {QStringLiteral("Olaf Brenner"), 0}});
    QString edited = kOriginal;
    const int from = int(edited.indexOf(QStringLiteral("Opposition leader")));
    const int to = int(edited.indexOf(QStringLiteral("Aid groups")));
    edited.remove(from, to - from);
    const AnchoredAnnotations out = reanchor(edited, f.sidecar);
    EXPECT_EQ(out.report.orphaned, 2);
    EXPECT_TRUE(out.report.orphanIds.contains(QStringLiteral("a1")));
    EXPECT_TRUE(out.report.orphanIds.contains(QStringLiteral("a2")));
    const Annotation *orphan = out.annotations.find(QStringLiteral("a1"));
    ASSERT_NE(orphan, nullptr);
    ASSERT_TRUE(orphan->isOrphan());
    EXPECT_EQ(orphan->orphanedQuote->exact, QStringLiteral("regime of suspicion"));
    EXPECT_EQ(textAt(edited, out.annotations, QStringLiteral("a3")), QStringLiteral("Aid groups"));
    EXPECT_EQ(textAt(edited, out.annotations, QStringLiteral("a4")), QStringLiteral("Olaf Brenner"));

    // The orphan survives a save and a load of the edited article.
    const Article article{edited, QStringLiteral("a.txt")};
    const auto again = parseSidecar(writeSidecar(article, out.annotations), QStringLiteral("a"));
    ASSERT_TRUE(again.ok());
    const AnchoredAnnotations reloaded = anchorSidecar(article, *again);
    EXPECT_TRUE(reloaded.annotations.find(QStringLiteral("a1"))->isOrphan());
    EXPECT_EQ(reloaded.report.orphaned, 2);
}

TEST(Reanchor, AShortMentionInADeletedParagraphIsNotMovedToAnotherMention)
{
    // "Okafor" of the deleted paragraph must not land on the other "Okafor" of the article.
    const QString text = kOriginal + QStringLiteral("\n\nOkafor argued that the courts would strike it down.");
    const Fixture f = annotate(text, {{QStringLiteral("Okafor"), int(text.indexOf(QStringLiteral("Okafor argued")))}});
    QString edited = text;
    edited.chop(int(edited.size() - edited.indexOf(QStringLiteral("\n\nOkafor argued"))));
    const AnchoredAnnotations out = reanchor(edited, f.sidecar);
    EXPECT_EQ(out.report.orphaned, 1);
}

TEST(Reanchor, ContextPicksTheRightCopyOfADuplicatedPassage)
{
    // The second "Brenner said" is annotated; the edit duplicates the first paragraph's quote
    // ahead of it, so the quote text occurs three times.
    const Fixture f = annotate(kOriginal, {{QStringLiteral("“This is a regime of suspicion,” she said"), 0}});
    QString edited = kOriginal;
    const QString dup = QStringLiteral("Earlier: “This is a regime of suspicion,” she said on radio.\n\n");
    edited.insert(edited.indexOf(QStringLiteral("Interior")), dup);
    edited.append(QStringLiteral("\n\nRecap: “This is a regime of suspicion,” she said once more."));
    const AnchoredAnnotations out = reanchor(edited, f.sidecar);
    const Annotation *a = out.annotations.find(QStringLiteral("a1"));
    ASSERT_NE(a, nullptr);
    EXPECT_FALSE(a->isOrphan());
    // The right copy is preceded by "called it a political stunt. ".
    EXPECT_TRUE(edited.left(a->span.start).endsWith(QStringLiteral("political stunt. ")));
}

TEST(Reanchor, ConversionBetweenCrlfAndLf)
{
    const Fixture f = annotate(kOriginal, {{QStringLiteral("Olaf Brenner"), 0},
                                           {QStringLiteral("“This is a regime of suspicion,”"), 0},
                                           {QStringLiteral("Aid groups said the plan would fail."), 0}});
    QString crlf = kOriginal;
    crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    const AnchoredAnnotations toCrlf = reanchor(crlf, f.sidecar);
    EXPECT_EQ(toCrlf.report.orphaned, 0);
    for (const QString &id : f.textOf.keys())
        EXPECT_EQ(textAt(crlf, toCrlf.annotations, id), f.textOf[id]);

    // And back: from a sidecar written for the CRLF text to LF.
    const SidecarData crlfSidecar = *parseSidecar(writeSidecar(Article{crlf, QStringLiteral("a.txt")}, toCrlf.annotations), QStringLiteral("a"));
    const AnchoredAnnotations toLf = reanchor(kOriginal, crlfSidecar);
    EXPECT_EQ(toLf.report.orphaned, 0);
    for (const QString &id : f.textOf.keys())
        EXPECT_EQ(textAt(kOriginal, toLf.annotations, id), f.textOf[id]);
}

TEST(Reanchor, QuotesSpanningMultilineTextWithCrlf)
{
    // A quote containing a line break: the CR must become part of it after conversion.
    const Fixture f = annotate(kOriginal, {{QStringLiteral("the plan. “We are"), 0}});
    QString crlf = kOriginal;
    crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    const AnchoredAnnotations out = reanchor(crlf, f.sidecar);
    EXPECT_EQ(textAt(crlf, out.annotations, QStringLiteral("a1")), QStringLiteral("the plan. “We are"));
}

TEST(Reanchor, LongPassagesAreMatchedByTheirEnds)
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Paragraph %1 tells of the plan and its critics in some detail. ").arg(i);
    const QString passage = text.mid(500, 1500);
    const Fixture f = annotate(text, {{passage, 0}});
    QString edited = text;
    edited.replace(1000, 9, QStringLiteral("CHANGED!!"));
    edited.insert(0, QStringLiteral("Intro. "));
    const AnchoredAnnotations out = reanchor(edited, f.sidecar);
    const Annotation *a = out.annotations.find(QStringLiteral("a1"));
    ASSERT_NE(a, nullptr);
    EXPECT_FALSE(a->isOrphan());
    EXPECT_EQ(a->span, (Span{507, 2007}));
}

#include "io/articledocument.h"
#include "io/sidecarformat.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Lede::Core;

namespace {

const QByteArray kPage =
    "<html><body><nav>Home | World</nav><article><h1>Bridge closed after crack found</h1>"
    "<p class='byline'>By Lena Vogt</p>"
    "<p>The city closed the Elbe bridge on Monday after inspectors found a crack in a main girder.</p>"
    "<p>Traffic is being diverted through the old town, the transport office said.</p>"
    "</article></body></html>";

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QList<Annotation> zonesOf(const AnnotationSet &set)
{
    QList<Annotation> out;
    for (const Annotation &a : set.sorted())
        if (a.layer == Layer::Zone)
            out.append(a);
    return out;
}

} // namespace

TEST(ImportedDocument, OpensWithStructureZonesAndStoresTheDerivedText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bridge.html"));
    write(path, kPage);

    auto opened = ArticleDocument::open(path);
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    EXPECT_EQ(opened->format, QStringLiteral("html"));
    EXPECT_FALSE(opened->article.text.contains(QStringLiteral("Home")));
    ASSERT_EQ(zonesOf(opened->annotations).size(), 4);
    EXPECT_EQ(zonesOf(opened->annotations).first().label, QStringLiteral("HEADLINE"));

    // The extractor's suggestions arrive, with the structure's zones in place of its guesses.
    opened->suggestIfNew(Extractor());
    const QList<Annotation> zones = zonesOf(opened->annotations);
    ASSERT_EQ(zones.size(), 4);
    for (const Annotation &zone : zones)
        EXPECT_EQ(zone.origin.rule, QStringLiteral("import.html"));
    ASSERT_TRUE(opened->save().ok());

    QFile sidecar(opened->sidecarPath());
    ASSERT_TRUE(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject source = QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("source")).toObject();
    EXPECT_EQ(source.value(QStringLiteral("format")).toString(), QStringLiteral("html"));
    EXPECT_EQ(source.value(QStringLiteral("importer")).toString(), QStringLiteral("html/1"));
    EXPECT_EQ(source.value(QStringLiteral("text")).toString(), opened->article.text);

    auto reopened = ArticleDocument::open(path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->hadSidecar);
    EXPECT_FALSE(reopened->reanchored);
    EXPECT_EQ(reopened->annotations, opened->annotations);
}

TEST(ImportedDocument, TheSidecarsZonesWinOverTheImporters)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bridge.html"));
    write(path, kPage);
    auto opened = ArticleDocument::open(path);
    ASSERT_TRUE(opened.ok());
    // The analyst decides the headline is the only zone worth keeping, and retypes it.
    AnnotationSet mine;
    Annotation headline = zonesOf(opened->annotations).first();
    headline.label = QStringLiteral("STANDFIRST");
    headline.status = Status::Added;
    headline.origin = {};
    mine.add(headline);
    opened->annotations = mine;
    ASSERT_TRUE(opened->save().ok());

    auto reopened = ArticleDocument::open(path);
    ASSERT_TRUE(reopened.ok());
    ASSERT_EQ(zonesOf(reopened->annotations).size(), 1);
    EXPECT_EQ(zonesOf(reopened->annotations).first().label, QStringLiteral("STANDFIRST"));
}

TEST(ImportedDocument, AReimportThatDiffersIsReanchored)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bridge.html"));
    write(path, kPage);
    auto opened = ArticleDocument::open(path);
    ASSERT_TRUE(opened.ok());
    Annotation mention;
    mention.layer = Layer::Entity;
    mention.label = QStringLiteral("GPE");
    const int at = int(opened->article.text.indexOf(QStringLiteral("Elbe")));
    mention.span = Span{at, at + 4};
    mention.status = Status::Added;
    const QString id = opened->annotations.add(mention);
    ASSERT_TRUE(opened->save().ok());

    // The page changes (as a later importer's text would): a paragraph appears above.
    QByteArray changed = kPage;
    changed.replace("<p>The city", "<p>Update: the bridge may reopen in May, officials now say.</p><p>The city");
    write(path, changed);
    auto reopened = ArticleDocument::open(path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->reanchored);
    const Annotation *moved = reopened->annotations.find(id);
    ASSERT_NE(moved, nullptr);
    EXPECT_FALSE(moved->isOrphan());
    EXPECT_EQ(reopened->article.text.mid(moved->span.start, moved->span.length()), QStringLiteral("Elbe"));
}

TEST(SidecarSource, RoundTripsAndIsValidated)
{
    const Article article{QStringLiteral("Headline\n\nBody.\n"), QStringLiteral("a.html")};
    const SidecarSource source{QStringLiteral("html"), QStringLiteral("html/1"), article.text};
    const QByteArray bytes = writeSidecar(article, AnnotationSet(), source);
    const auto parsed = parseSidecar(bytes, QStringLiteral("a.html.lede.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.errorMessage().toStdString();
    ASSERT_TRUE(parsed->source.has_value());
    EXPECT_EQ(*parsed->source, source);

    // Plain text has no source, and old sidecars without one still read.
    EXPECT_FALSE(QJsonDocument::fromJson(writeSidecar(article, AnnotationSet())).object().contains(QStringLiteral("source")));
    EXPECT_FALSE(parseSidecar(writeSidecar(article, AnnotationSet()), QStringLiteral("x"))->source.has_value());

    QJsonObject tampered = QJsonDocument::fromJson(bytes).object();
    QJsonObject s = tampered.value(QStringLiteral("source")).toObject();
    s.insert(QStringLiteral("text"), QStringLiteral("Another text"));
    tampered.insert(QStringLiteral("source"), s);
    const auto bad = parseSidecar(QJsonDocument(tampered).toJson(), QStringLiteral("x"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("$.source.text")));
}

TEST(ChosenEncoding, TheSidecarRemembersItAndLaterOpeningsUseIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("zagreb.txt"));
    // Croatian in ISO-8859-2: too short for any detector to tell from its Western neighbours.
    const QString text = QStringLiteral("Šef stranke rekao je da će ožujak biti težak.\n");
    // Š, ć and ž are 0xA9, 0xE6 and 0xBE in ISO-8859-2.
    const QByteArray bytes = "\xa9" "ef stranke rekao je da \xe6" "e o\xbe" "ujak biti te\xbe" "ak.\n";
    write(path, bytes);

    auto chosen = ArticleDocument::open(path, ImportOptions{QStringLiteral("ISO-8859-2"), {}});
    ASSERT_TRUE(chosen.ok()) << chosen.errorMessage().toStdString();
    EXPECT_EQ(chosen->article.text, text);
    EXPECT_EQ(chosen->chosenEncoding, QStringLiteral("ISO-8859-2"));
    ASSERT_TRUE(chosen->save().ok());
    const QJsonObject saved = QJsonDocument::fromJson([&] {
                                  QFile f(chosen->sidecarPath());
                                  f.open(QIODevice::ReadOnly);
                                  return f.readAll();
                              }()).object();
    EXPECT_EQ(saved.value(QStringLiteral("article")).toObject().value(QStringLiteral("encoding")).toString(),
              QStringLiteral("ISO-8859-2"));

    // Opened again without options, the remembered encoding applies.
    auto again = ArticleDocument::open(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->article.text, text);
    EXPECT_EQ(again->chosenEncoding, QStringLiteral("ISO-8859-2"));
    EXPECT_FALSE(again->reanchored);

    // Asked to guess afresh, it ignores the sidecar's choice.
    ImportOptions guess;
    guess.rememberedEncoding = false;
    auto guessed = ArticleDocument::open(path, guess);
    ASSERT_TRUE(guessed.ok());
    EXPECT_TRUE(guessed->chosenEncoding.isEmpty());
    EXPECT_FALSE(guessed->sidecarBytes().contains("\"encoding\""));
}

TEST(ChosenEncoding, AnEmptyNameIsRefused)
{
    const Article article{QStringLiteral("Text.\n"), QStringLiteral("a.txt")};
    QJsonObject root = QJsonDocument::fromJson(writeSidecar(article, AnnotationSet(), std::nullopt, QStringLiteral("KOI8-R"))).object();
    EXPECT_EQ(parseSidecar(QJsonDocument(root).toJson(), QStringLiteral("x"))->chosenEncoding, QStringLiteral("KOI8-R"));
    QJsonObject a = root.value(QStringLiteral("article")).toObject();
    a.insert(QStringLiteral("encoding"), QString());
    root.insert(QStringLiteral("article"), a);
    const auto bad = parseSidecar(QJsonDocument(root).toJson(), QStringLiteral("x"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("$.article.encoding"))) << bad.errorMessage().toStdString();
}

#include "io/articledocument.h"
#include "io/sidecarfile.h"
#include "io/sidecarformat.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Lede::Core;

namespace {

// "😀 Olaf Brenner said: “We are not closing the door.”" — the emoji shifts code points.
const QString kText = QString::fromUtf8("\xF0\x9F\x98\x80 Olaf Brenner said: “We are not closing the door.”\r\nBrenner left.");

AnnotationSet sampleSet()
{
    AnnotationSet set;
    const QString entity = set.addEntity(Entity{QStringLiteral("E1"), QStringLiteral("Olaf Brenner"), QStringLiteral("PERSON"),
                                                {QStringLiteral("Brenner")}, {}});
    Annotation person;
    person.id = QStringLiteral("m1");
    person.layer = Layer::Entity;
    person.label = QStringLiteral("PERSON");
    person.span = {int(kText.indexOf(QStringLiteral("Olaf"))), int(kText.indexOf(QStringLiteral(" said")))};
    person.origin = Origin{QStringLiteral("entity.gazetteer"), QStringLiteral("1")};
    person.links.insert(QString::fromLatin1(LinkRole::Entity), entity);
    set.add(person);

    Annotation quote;
    quote.id = QStringLiteral("q1");
    quote.layer = Layer::Quote;
    quote.label = QStringLiteral("DIRECT");
    quote.status = Status::Accepted;
    quote.span = {int(kText.indexOf(u'“')), int(kText.indexOf(u'”')) + 1};
    quote.origin = Origin{QStringLiteral("quote.direct"), QStringLiteral("1")};
    quote.links.insert(QString::fromLatin1(LinkRole::Speaker), QStringLiteral("m1"));
    quote.attributes.insert(QString::fromLatin1(AttributeKey::Voice), QStringLiteral("quoted"));
    quote.attributes.insert(QString::fromLatin1(AttributeKey::Note), QStringLiteral("checked ✓"));
    set.add(quote);

    Annotation rejected;
    rejected.id = QStringLiteral("r1");
    rejected.layer = Layer::Entity;
    rejected.label = QStringLiteral("ORG");
    rejected.status = Status::Rejected;
    rejected.span = {int(kText.lastIndexOf(QStringLiteral("Brenner"))), int(kText.lastIndexOf(QStringLiteral(" left")))};
    rejected.origin = Origin{QStringLiteral("entity.shape"), QStringLiteral("1")};
    set.add(rejected);

    Annotation added;
    added.id = QStringLiteral("h1");
    added.layer = Layer::Loaded;
    added.label = QStringLiteral("LOADED");
    added.status = Status::Added;
    added.span = {int(kText.indexOf(QStringLiteral("closing"))), int(kText.indexOf(QStringLiteral(" the door")))};
    set.add(added);
    return set;
}

Article sampleArticle()
{
    return Article{kText, QStringLiteral("/tmp/brenner.txt")};
}

QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(writeSidecar(sampleArticle(), sampleSet())).object();
}

QString parseError(const QJsonObject &root)
{
    const auto parsed = parseSidecar(QJsonDocument(root).toJson(), QStringLiteral("x.lede.json"));
    return parsed.ok() ? QString() : parsed.errorMessage();
}

} // namespace

TEST(SidecarFormat, WritesTheFixedFieldNamesInCodePoints)
{
    const QJsonObject root = sampleJson();
    EXPECT_EQ(root[QStringLiteral("format")].toString(), QStringLiteral("lede-sidecar"));
    EXPECT_EQ(root[QStringLiteral("version")].toInt(), 1);
    const QJsonObject article = root[QStringLiteral("article")].toObject();
    EXPECT_EQ(article[QStringLiteral("file")].toString(), QStringLiteral("brenner.txt"));
    EXPECT_EQ(article[QStringLiteral("length")].toInt(), kText.size() - 1); // one surrogate pair
    EXPECT_EQ(article[QStringLiteral("fingerprint")].toString(), QStringLiteral("sha256:") + fingerprintOf(kText));

    const QJsonArray annotations = root[QStringLiteral("annotations")].toArray();
    ASSERT_EQ(annotations.size(), 4);
    const QJsonObject person = annotations[0].toObject();
    EXPECT_EQ(person[QStringLiteral("id")].toString(), QStringLiteral("m1"));
    EXPECT_EQ(person[QStringLiteral("layer")].toString(), QStringLiteral("entity"));
    EXPECT_EQ(person[QStringLiteral("label")].toString(), QStringLiteral("PERSON"));
    EXPECT_EQ(person[QStringLiteral("status")].toString(), QStringLiteral("suggested"));
    // "😀 " is two code points but three UTF-16 units.
    EXPECT_EQ(person[QStringLiteral("start")].toInt(), 2);
    EXPECT_EQ(person[QStringLiteral("end")].toInt(), 14);
    const QJsonObject quote = person[QStringLiteral("quote")].toObject();
    EXPECT_EQ(quote[QStringLiteral("exact")].toString(), QStringLiteral("Olaf Brenner"));
    EXPECT_EQ(quote[QStringLiteral("prefix")].toString(), QString::fromUtf8("\xF0\x9F\x98\x80 "));
    EXPECT_EQ(quote[QStringLiteral("suffix")].toString().size(), 32);
}

TEST(SidecarFormat, RoundTripsEverything)
{
    const Article article = sampleArticle();
    const AnnotationSet set = sampleSet();
    const auto parsed = parseSidecar(writeSidecar(article, set), QStringLiteral("x"));
    ASSERT_TRUE(parsed.ok()) << parsed.errorMessage().toStdString();
    const AnchoredAnnotations anchored = anchorSidecar(article, *parsed);
    EXPECT_EQ(anchored.report.unchanged, 4);
    EXPECT_EQ(anchored.annotations.entities(), set.entities());
    for (const Annotation &a : set.annotations()) {
        const Annotation *back = anchored.annotations.find(a.id);
        ASSERT_NE(back, nullptr) << a.id.toStdString();
        EXPECT_EQ(*back, a) << a.id.toStdString();
    }
}

TEST(SidecarFormat, SameAnnotationsGiveIdenticalBytes)
{
    const AnnotationSet set = sampleSet();
    AnnotationSet reversed;
    for (const Entity &e : set.entities())
        reversed.addEntity(e);
    for (qsizetype i = set.annotations().size() - 1; i >= 0; --i)
        reversed.add(set.annotations()[i]);
    EXPECT_EQ(writeSidecar(sampleArticle(), set), writeSidecar(sampleArticle(), reversed));
}

TEST(SidecarFormat, OrphansKeepTheirLastText)
{
    AnnotationSet set = sampleSet();
    Annotation orphan = *set.find(QStringLiteral("h1"));
    orphan.orphanedQuote = TextQuote{QStringLiteral("gone words"), QStringLiteral("before "), QStringLiteral(" after")};
    set.replace(orphan);
    const auto parsed = parseSidecar(writeSidecar(sampleArticle(), set), QStringLiteral("x"));
    ASSERT_TRUE(parsed.ok());
    const AnchoredAnnotations anchored = anchorSidecar(sampleArticle(), *parsed);
    EXPECT_EQ(anchored.report.orphaned, 1);
    EXPECT_EQ(anchored.annotations.find(QStringLiteral("h1"))->orphanedQuote, orphan.orphanedQuote);
}

TEST(SidecarFormat, SyntaxErrorsNameLineAndColumn)
{
    const auto parsed = parseSidecar(QByteArray("{\n  \"format\": \"lede-sidecar\",\n  \"version\" 1\n}"), QStringLiteral("a.lede.json"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.errorMessage().startsWith(QStringLiteral("a.lede.json: line 3, column"))) << parsed.errorMessage().toStdString();
}

TEST(SidecarFormat, NewerVersionIsRefusedWithAReason)
{
    QJsonObject root = sampleJson();
    root[QStringLiteral("version")] = 2;
    const QString error = parseError(root);
    EXPECT_TRUE(error.contains(QStringLiteral("newer Lede"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("version 2")));
}

TEST(SidecarFormat, EveryProblemIsNamedByItsPath)
{
    struct Case {
        const char *what;
        std::function<void(QJsonObject &)> corrupt;
        const char *expected;
    };
    auto annotation = [](QJsonObject &root, int i, const QString &key, const QJsonValue &value) {
        QJsonArray list = root[QStringLiteral("annotations")].toArray();
        QJsonObject a = list[i].toObject();
        if (value.isUndefined())
            a.remove(key);
        else
            a[key] = value;
        list[i] = a;
        root[QStringLiteral("annotations")] = list;
    };
    const std::vector<Case> cases{
        {"wrong format", [](QJsonObject &r) { r[QStringLiteral("format")] = QStringLiteral("other"); }, "$.format: is 'other'"},
        {"no version", [](QJsonObject &r) { r.remove(QStringLiteral("version")); }, "$.version: is missing"},
        {"no article", [](QJsonObject &r) { r.remove(QStringLiteral("article")); }, "$.article: is missing"},
        {"annotations not array", [](QJsonObject &r) { r[QStringLiteral("annotations")] = 3; }, "$.annotations: must be an array"},
        {"start text", [&](QJsonObject &r) { annotation(r, 1, QStringLiteral("start"), QStringLiteral("12")); }, "$.annotations[1].start: must be a whole number"},
        {"negative end", [&](QJsonObject &r) { annotation(r, 0, QStringLiteral("end"), -1); }, "$.annotations[0].end: must be a whole number"},
        {"end before start", [&](QJsonObject &r) { annotation(r, 0, QStringLiteral("end"), 1); }, "$.annotations[0].end: must not be before start"},
        {"past the end", [&](QJsonObject &r) { annotation(r, 0, QStringLiteral("end"), 5000); }, "$.annotations[0].end: 5000 is past the end"},
        {"unknown layer", [&](QJsonObject &r) { annotation(r, 2, QStringLiteral("layer"), QStringLiteral("colour")); }, "$.annotations[2].layer: unknown layer 'colour'"},
        {"unknown status", [&](QJsonObject &r) { annotation(r, 2, QStringLiteral("status"), QStringLiteral("maybe")); }, "$.annotations[2].status: unknown status 'maybe'"},
        {"no quote", [&](QJsonObject &r) { annotation(r, 3, QStringLiteral("quote"), QJsonValue::Undefined); }, "$.annotations[3].quote: is missing"},
        {"empty id", [&](QJsonObject &r) { annotation(r, 3, QStringLiteral("id"), QString()); }, "$.annotations[3].id: must not be empty"},
        {"duplicate id", [&](QJsonObject &r) { annotation(r, 3, QStringLiteral("id"), QStringLiteral("m1")); }, "$.annotations[3].id: 'm1' is used twice"},
        {"dangling link", [&](QJsonObject &r) { annotation(r, 1, QStringLiteral("links"), QJsonObject{{QStringLiteral("speaker"), QStringLiteral("zz")}}); }, "$.annotations[1].links.speaker: no annotation has the id 'zz'"},
        {"link to unknown entity", [&](QJsonObject &r) { annotation(r, 0, QStringLiteral("links"), QJsonObject{{QStringLiteral("entity"), QStringLiteral("E9")}}); }, "$.annotations[0].links.entity: no entity has the id 'E9'"},
        {"bad origin", [&](QJsonObject &r) { annotation(r, 0, QStringLiteral("origin"), QJsonObject{{QStringLiteral("by"), QStringLiteral("robot")}}); }, "$.annotations[0].origin.by: must be 'extractor' or 'analyst'"},
        {"attribute not text", [&](QJsonObject &r) { annotation(r, 1, QStringLiteral("attributes"), QJsonObject{{QStringLiteral("note"), 5}}); }, "$.annotations[1].attributes.note: must be a string"},
        {"entity aliases", [](QJsonObject &r) {
             QJsonArray e = r[QStringLiteral("entities")].toArray();
             QJsonObject o = e[0].toObject();
             o[QStringLiteral("aliases")] = QJsonArray{1};
             e[0] = o;
             r[QStringLiteral("entities")] = e;
         }, "$.entities[0].aliases[0]: must be a string"},
    };
    for (const Case &c : cases) {
        QJsonObject root = sampleJson();
        c.corrupt(root);
        const QString error = parseError(root);
        EXPECT_TRUE(error.startsWith(QStringLiteral("x.lede.json: ")) && error.contains(QString::fromUtf8(c.expected)))
            << c.what << ": got «" << error.toStdString() << "»";
    }
}

TEST(SidecarFile, MissingFileIsNoSidecar)
{
    QTemporaryDir dir;
    const auto read = SidecarFile::read(dir.filePath(QStringLiteral("none.lede.json")));
    ASSERT_TRUE(read.ok());
    EXPECT_FALSE(read->has_value());
}

TEST(SidecarFile, SaveKeepsABackupOfThePreviousVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt.lede.json"));
    AnnotationSet set = sampleSet();
    const QByteArray first = writeSidecar(sampleArticle(), set);
    ASSERT_TRUE(SidecarFile::write(path, first).ok());
    EXPECT_FALSE(QFile::exists(SidecarFile::backupPathFor(path)));
    set.remove(QStringLiteral("h1"));
    const QByteArray second = writeSidecar(sampleArticle(), set);
    ASSERT_TRUE(SidecarFile::write(path, second).ok());
    QFile backup(SidecarFile::backupPathFor(path));
    ASSERT_TRUE(backup.open(QIODevice::ReadOnly));
    EXPECT_EQ(backup.readAll(), first);
    QFile current(path);
    ASSERT_TRUE(current.open(QIODevice::ReadOnly));
    EXPECT_EQ(current.readAll(), second);
}

TEST(SidecarFile, NeverOverwritesWhatItCouldNotRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt.lede.json"));
    const QList<QByteArray> unreadable{
        QByteArray("{ this is not json"),
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("lede-sidecar")}, {QStringLiteral("version"), 7}}).toJson(),
        QByteArray("[]"),
    };
    for (const QByteArray &bytes : unreadable) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const auto saved = SidecarFile::write(path, writeSidecar(sampleArticle(), sampleSet()));
        EXPECT_FALSE(saved.ok());
        EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("does not overwrite"))) << saved.errorMessage().toStdString();
        QFile check(path);
        ASSERT_TRUE(check.open(QIODevice::ReadOnly));
        EXPECT_EQ(check.readAll(), bytes);
    }
}

TEST(ArticleDocument, OpensWithSidecarAndRefusesToSaveOverACorruptOne)
{
    QTemporaryDir dir;
    const QString articlePath = dir.filePath(QStringLiteral("brenner.txt"));
    QFile article(articlePath);
    ASSERT_TRUE(article.open(QIODevice::WriteOnly));
    article.write(kText.toUtf8());
    article.close();

    auto opened = ArticleDocument::open(articlePath);
    ASSERT_TRUE(opened.ok());
    EXPECT_FALSE(opened->hadSidecar);
    opened->annotations = sampleSet();
    ASSERT_TRUE(opened->save().ok());

    auto reopened = ArticleDocument::open(articlePath);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->hadSidecar);
    EXPECT_FALSE(reopened->reanchored);
    EXPECT_EQ(reopened->annotations.size(), 4);

    QFile sidecar(reopened->sidecarPath());
    ASSERT_TRUE(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
    sidecar.write("{\"format\": \"lede-sidecar\", \"version\": 1, \"article\": 3}");
    sidecar.close();
    auto corrupt = ArticleDocument::open(articlePath);
    ASSERT_TRUE(corrupt.ok());
    EXPECT_TRUE(corrupt->sidecarProblem.contains(QStringLiteral("$.article: must be an object")));
    corrupt->annotations = sampleSet();
    EXPECT_FALSE(corrupt->save().ok());
}

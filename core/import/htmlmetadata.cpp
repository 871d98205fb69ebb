#include "import/htmlmetadata.h"

#include "import/htmldom.h"
#include "import/importedarticle.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lede::Core::Html {
namespace {

// Larger JSON-LD blocks are not article metadata worth the parse.
constexpr qsizetype kMaximumJsonLd = 2 * 1024 * 1024;

bool isArticleType(const QJsonValue &type)
{
    auto matches = [](const QString &t) {
        return t.endsWith(QLatin1String("Article")) || t == u"BlogPosting" || t == u"Report"
            || t == u"LiveBlogPosting";
    };
    if (type.isString())
        return matches(type.toString());
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(), [&](const QJsonValue &t) { return matches(t.toString()); });
}

QString names(const QJsonValue &value, int depth = 0)
{
    if (depth > 3)
        return {};
    if (value.isString())
        return value.toString().simplified();
    if (value.isObject())
        return value.toObject().value(QStringLiteral("name")).toString().simplified();
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (const QString n = names(v, depth + 1); !n.isEmpty())
            out.append(n);
    if (out.size() <= 1)
        return out.join(QString());
    const QString last = out.takeLast();
    return out.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

/// The first article object in a JSON-LD value: itself, an element of an array, or a node of
/// an "@graph".
QJsonObject findArticle(const QJsonValue &value, int depth = 0)
{
    if (depth > 4)
        return {};
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (QJsonObject found = findArticle(v, depth + 1); !found.isEmpty())
                return found;
        return {};
    }
    const QJsonObject o = value.toObject();
    if (isArticleType(o.value(QStringLiteral("@type"))))
        return o;
    if (o.contains(QStringLiteral("@graph")))
        return findArticle(o.value(QStringLiteral("@graph")), depth + 1);
    return {};
}

struct Collector {
    PageMetadata jsonLd, openGraph, meta;
    QString title;

    void visit(const GumboNode *node, int depth)
    {
        if (node->type == GUMBO_NODE_DOCUMENT) {
            for (unsigned i = 0; i < node->v.document.children.length; ++i)
                visit(static_cast<const GumboNode *>(node->v.document.children.data[i]), depth + 1);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || depth > ImportLimits::MaximumNesting)
            return;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT) {
            if (attribute(node, "type").trimmed().toLower() == u"application/ld+json")
                readJsonLd(node);
            return;
        }
        if (tag == GUMBO_TAG_META)
            readMeta(node);
        else if (tag == GUMBO_TAG_TITLE && title.isEmpty())
            title = textContent(node);
        const GumboVector *kids = children(node);
        for (unsigned i = 0; i < kids->length; ++i)
            visit(static_cast<const GumboNode *>(kids->data[i]), depth + 1);
    }

    void readJsonLd(const GumboNode *script)
    {
        if (!jsonLd.headline.isEmpty() || script->v.element.children.length == 0)
            return;
        const auto *text = static_cast<const GumboNode *>(script->v.element.children.data[0]);
        if (text->type != GUMBO_NODE_TEXT && text->type != GUMBO_NODE_CDATA && text->type != GUMBO_NODE_WHITESPACE)
            return;
        const QByteArray json(text->v.text.text);
        if (json.size() > kMaximumJsonLd)
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const QJsonObject article = findArticle(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        if (article.isEmpty())
            return;
        jsonLd.headline = article.value(QStringLiteral("headline")).toString().simplified();
        if (jsonLd.headline.isEmpty())
            jsonLd.headline = article.value(QStringLiteral("name")).toString().simplified();
        jsonLd.author = names(article.value(QStringLiteral("author")));
        jsonLd.published = article.value(QStringLiteral("datePublished")).toString().trimmed();
        jsonLd.description = article.value(QStringLiteral("description")).toString().simplified();
        jsonLd.articleBody = article.value(QStringLiteral("articleBody")).toString();
    }

    void readMeta(const GumboNode *node)
    {
        const QString key = (attribute(node, "property").isNull() ? attribute(node, "name")
                                                                  : attribute(node, "property")).trimmed().toLower();
        const QString content = attribute(node, "content").simplified();
        if (key.isEmpty() || content.isEmpty())
            return;
        auto set = [&](QString &field) {
            if (field.isEmpty())
                field = content;
        };
        if (key == u"og:title")
            set(openGraph.headline);
        else if (key == u"og:description")
            set(openGraph.description);
        else if (key == u"article:published_time")
            set(openGraph.published);
        else if (key == u"article:author" && !content.startsWith(QLatin1String("http")))
            set(openGraph.author);
        else if (key == u"author" || key == u"byl" || key == u"dc.creator" || key == u"sailthru.author")
            set(meta.author);
        else if (key == u"date" || key == u"pubdate" || key == u"dc.date" || key == u"publish-date"
                 || key == u"article.published" || key == u"sailthru.date")
            set(meta.published);
        else if (key == u"description")
            set(meta.description);
    }
};

QString first(std::initializer_list<QString> values)
{
    for (const QString &v : values)
        if (!v.isEmpty())
            return v;
    return {};
}

} // namespace

QString PageMetadata::publishedDate() const
{
    const QDateTime when = QDateTime::fromString(published, Qt::ISODate);
    if (when.isValid())
        return when.date().toString(Qt::ISODate);
    const QDate day = QDate::fromString(published.left(10), Qt::ISODate);
    return day.isValid() ? day.toString(Qt::ISODate) : published;
}

PageMetadata readMetadata(const GumboNode *root)
{
    Collector c;
    c.visit(root, 0);
    PageMetadata out;
    out.headline = first({c.jsonLd.headline, c.openGraph.headline});
    out.title = c.title;
    out.author = first({c.jsonLd.author, c.openGraph.author, c.meta.author});
    out.published = first({c.jsonLd.published, c.openGraph.published, c.meta.published});
    out.description = first({c.jsonLd.description, c.openGraph.description, c.meta.description});
    out.articleBody = c.jsonLd.articleBody;
    return out;
}

} // namespace Lede::Core::Html

#include "exchange/w3cimporter.h"

#include "exchange/importassembler.h"
#include "exchange/vocabulary.h"
#include "exchange/w3cexporter.h"
#include "text/codepointmap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lede::Core {
namespace {

QJsonArray asArray(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return QJsonArray{v};
}

QString idOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    return o.value(QStringLiteral("id")).toString(o.value(QStringLiteral("@id")).toString());
}

QString typeOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("type")).toString(o.value(QStringLiteral("@type")).toString());
}

class Reader
{
public:
    Reader(const Article &article, const QString &fileName)
        : m_article(article)
        , m_map(article.text)
        , m_assembler(article)
        , m_fileName(fileName)
    {
    }

    Result<ImportResult> read(const QJsonDocument &doc)
    {
        QJsonArray items;
        QString itemsPath = QStringLiteral("items");
        if (doc.isArray()) {
            items = doc.array();
            itemsPath = QStringLiteral("$");
        } else {
            const QJsonObject root = doc.object();
            const QString type = typeOf(root);
            if (type == u"AnnotationCollection") {
                items = root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
                itemsPath = QStringLiteral("first.items");
            } else if (type == u"AnnotationPage") {
                items = root.value(QStringLiteral("items")).toArray();
            } else if (type == u"Annotation") {
                items = QJsonArray{root};
                itemsPath = QStringLiteral("$");
            }
            readEntities(root.value(QStringLiteral("lede:entities")).toArray());
        }
        if (items.isEmpty())
            return Error{QStringLiteral("%1: holds no Web Annotations (expected an AnnotationCollection, an "
                                        "AnnotationPage, an Annotation or an array of them)").arg(m_fileName)};
        QList<qsizetype> links;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items[i].toObject();
            m_where = QStringLiteral("%1: %2[%3]").arg(m_fileName, itemsPath).arg(i);
            if (asArray(item.value(QStringLiteral("motivation"))).contains(QStringLiteral("linking")))
                links.append(i);
            else
                readSpan(item);
        }
        for (qsizetype i : links) {
            m_where = QStringLiteral("%1: %2[%3]").arg(m_fileName, itemsPath).arg(i);
            readLink(items[i].toObject());
        }
        return m_assembler.finish();
    }

private:
    void problem(const QString &message) { m_assembler.problem(m_where, message); }

    void readEntities(const QJsonArray &entities)
    {
        for (const QJsonValue &v : entities) {
            const QJsonObject o = v.toObject();
            Entity e;
            e.id = idFromLedeUrn(idOf(o));
            if (e.id.isEmpty())
                e.id = idOf(o);
            e.name = o.value(QStringLiteral("name")).toString();
            e.type = o.value(QStringLiteral("type")).toString();
            for (const QJsonValue &alias : o.value(QStringLiteral("aliases")).toArray())
                e.aliases.append(alias.toString());
            for (const QJsonValue &title : o.value(QStringLiteral("titles")).toArray())
                e.titles.append(title.toString());
            if (!e.id.isEmpty() && !m_assembler.hasEntity(e.id))
                m_assembler.addEntity(e);
        }
    }

    /// The selectors of a target, with the position in UTF-16 units of the article.
    bool readTarget(const QJsonValue &target, Span *expected, TextQuote *quote)
    {
        bool havePosition = false, haveQuote = false;
        for (const QJsonValue &t : asArray(target)) {
            for (const QJsonValue &s : asArray(t.toObject().value(QStringLiteral("selector")))) {
                const QJsonObject selector = s.toObject();
                const QString type = typeOf(selector);
                if (type == u"TextPositionSelector") {
                    const int start = selector.value(QStringLiteral("start")).toInt(-1);
                    const int end = selector.value(QStringLiteral("end")).toInt(-1);
                    if (start < 0 || end < start) {
                        problem(QStringLiteral("TextPositionSelector start %1, end %2 is not a range; ignored").arg(start).arg(end));
                        continue;
                    }
                    *expected = Span{m_map.toUtf16(std::min(start, m_map.codePointLength())),
                                     m_map.toUtf16(std::min(end, m_map.codePointLength()))};
                    havePosition = true;
                } else if (type == u"TextQuoteSelector") {
                    quote->exact = selector.value(QStringLiteral("exact")).toString();
                    quote->prefix = selector.value(QStringLiteral("prefix")).toString();
                    quote->suffix = selector.value(QStringLiteral("suffix")).toString();
                    haveQuote = true;
                }
            }
        }
        if (!havePosition && !haveQuote) {
            problem(QStringLiteral("the target has neither a TextPositionSelector nor a TextQuoteSelector; skipped"));
            return false;
        }
        if (!haveQuote) {
            // Offsets alone: trust them.
            quote->exact = m_article.text.mid(expected->start, expected->length());
        } else if (!havePosition) {
            *expected = Span{0, 0};
        }
        return true;
    }

    void readSpan(const QJsonObject &item)
    {
        Annotation a;
        a.status = Status::Added;
        QString layerBody, tag;
        for (const QJsonValue &v : asArray(item.value(QStringLiteral("body")))) {
            const QJsonObject body = v.toObject();
            const QString purpose = body.value(QStringLiteral("purpose")).toString();
            const QString value = v.isString() ? v.toString() : body.value(QStringLiteral("value")).toString();
            if (purpose == u"classifying" && layerFromName(value))
                layerBody = value;
            else if (purpose == u"tagging" || (purpose.isEmpty() && typeOf(body) == u"TextualBody" && tag.isEmpty()))
                tag = value;
            else if (purpose == u"assessing" && statusFromName(value))
                a.status = *statusFromName(value);
            else if (purpose == u"identifying" && !idFromLedeUrn(idOf(v)).isEmpty())
                a.links.insert(QString::fromLatin1(LinkRole::Entity), idFromLedeUrn(idOf(v)));
            else if (purpose == u"commenting" || purpose == u"describing")
                a.attributes.insert(QString::fromLatin1(AttributeKey::Note), value);
            else
                problem(QStringLiteral("a body with purpose '%1' has no Lede form; ignored").arg(purpose));
        }
        if (layerBody.isEmpty()) {
            const auto layer = layerForLabel(tag);
            if (!layer) {
                problem(tag.isEmpty() ? QStringLiteral("no tagging body names a label; skipped")
                                      : QStringLiteral("the tag '%1' is not one of Lede's labels; skipped").arg(tag));
                return;
            }
            a.layer = *layer;
            a.label = normalisedLabel(tag);
        } else {
            a.layer = *layerFromName(layerBody);
            a.label = tag;
            if (a.label.isEmpty()) {
                problem(QStringLiteral("no tagging body names a label; skipped"));
                return;
            }
        }

        Span expected;
        TextQuote quote;
        if (!readTarget(item.value(QStringLiteral("target")), &expected, &quote))
            return;
        if (!m_assembler.place(expected, quote, &a.span, m_where))
            return;

        const QString iri = idOf(item);
        a.id = idFromLedeUrn(iri);
        const QJsonObject origin = item.value(QStringLiteral("lede:origin")).toObject();
        if (origin.value(QStringLiteral("by")).toString() == u"extractor") {
            a.origin.rule = origin.value(QStringLiteral("rule")).toString();
            a.origin.version = origin.value(QStringLiteral("version")).toString();
        }
        const QJsonObject attributes = item.value(QStringLiteral("lede:attributes")).toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            a.attributes.insert(it.key(), it.value().toString());
        m_assembler.addAnnotation(iri.isEmpty() ? m_where : iri, a);
    }

    void readLink(const QJsonObject &item)
    {
        const QString from = idOf(asArray(item.value(QStringLiteral("target"))).first());
        const QString to = idOf(asArray(item.value(QStringLiteral("body"))).first());
        QString role = item.value(QStringLiteral("lede:role")).toString();
        if (role.isEmpty())
            role = QString::fromLatin1(LinkRole::Speaker); // the link a quote most often has
        if (!m_assembler.hasKey(from) || !m_assembler.hasKey(to)) {
            problem(QStringLiteral("the link joins '%1' and '%2', which are not both imported spans; skipped").arg(from, to));
            return;
        }
        m_assembler.addLink(from, role, to, m_where);
    }

    const Article &m_article;
    CodePointMap m_map;
    ImportAssembler m_assembler;
    QString m_fileName;
    QString m_where;
};

} // namespace

Result<ImportResult> W3cImporter::import(const QByteArray &json, const Article &article, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QStringLiteral("%1: not valid JSON at byte %2 (%3)").arg(fileName).arg(error.offset).arg(error.errorString())};
    return Reader(article, fileName).read(doc);
}

} // namespace Lede::Core

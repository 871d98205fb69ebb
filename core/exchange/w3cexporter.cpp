#include "exchange/w3cexporter.h"

#include "exchange/exportview.h"
#include "exchange/vocabulary.h"
#include "io/sidecarformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Lede::Core {
namespace {

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("value"), value}};
}

QJsonObject originObject(const Origin &origin)
{
    if (origin.byAnalyst())
        return QJsonObject{{QStringLiteral("by"), QStringLiteral("analyst")}};
    return QJsonObject{{QStringLiteral("by"), QStringLiteral("extractor")},
                       {QStringLiteral("rule"), origin.rule},
                       {QStringLiteral("version"), origin.version}};
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

class Writer
{
public:
    Writer(const Article &article, const AnnotationSet &annotations)
        : m_view(article, annotations)
        , m_fingerprint(article.fingerprint())
    {
    }

    QByteArray write() const
    {
        QJsonArray items;
        for (const Annotation &a : m_view.placed())
            items.append(spanAnnotation(a));
        for (const Annotation &a : m_view.placed())
            for (auto it = a.links.cbegin(); it != a.links.cend(); ++it)
                if (it.key() != QLatin1String(LinkRole::Entity) && m_view.placedById(it.value()))
                    items.append(linkAnnotation(a, it.key(), it.value()));

        QList<Entity> entities = m_view.annotations().entities();
        std::sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) { return a.id < b.id; });
        QJsonArray entityArray;
        for (const Entity &e : entities)
            entityArray.append(QJsonObject{{QStringLiteral("id"), urn(e.id)},
                                           {QStringLiteral("name"), e.name},
                                           {QStringLiteral("type"), e.type},
                                           {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
                                           {QStringLiteral("titles"), QJsonArray::fromStringList(e.titles)}});

        const QJsonObject context{{QStringLiteral("lede"), QString::fromLatin1(W3c::LedeNamespace)}};
        const QJsonObject root{
            {QStringLiteral("@context"), QJsonArray{QString::fromLatin1(W3c::Context), context}},
            {QStringLiteral("id"), ledeUrn(m_fingerprint, QStringLiteral("annotations"))},
            {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
            {QStringLiteral("label"), m_view.documentName()},
            {QStringLiteral("total"), int(items.size())},
            {QStringLiteral("lede:fingerprint"), QString(QStringLiteral("sha256:") + m_fingerprint)},
            {QStringLiteral("lede:entities"), entityArray},
            {QStringLiteral("first"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                         {QStringLiteral("startIndex"), 0},
                         {QStringLiteral("items"), items}}},
        };
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

private:
    QString urn(const QString &id) const { return ledeUrn(m_fingerprint, id); }

    QJsonObject spanAnnotation(const Annotation &a) const
    {
        QJsonArray body{textualBody(QStringLiteral("classifying"), layerName(a.layer)),
                        textualBody(QStringLiteral("tagging"), a.label),
                        textualBody(QStringLiteral("assessing"), statusName(a.status))};
        if (const QString entity = a.link(QString::fromLatin1(LinkRole::Entity)); !entity.isEmpty())
            body.append(QJsonObject{{QStringLiteral("id"), urn(entity)},
                                    {QStringLiteral("purpose"), QStringLiteral("identifying")}});
        if (const QString note = a.attribute(QString::fromLatin1(AttributeKey::Note)); !note.isEmpty())
            body.append(textualBody(QStringLiteral("commenting"), note));

        const TextQuote quote = quoteOf(m_view.text(), a.span);
        const QJsonArray selectors{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                        {QStringLiteral("exact"), quote.exact},
                        {QStringLiteral("prefix"), quote.prefix},
                        {QStringLiteral("suffix"), quote.suffix}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                        {QStringLiteral("start"), m_view.start(a)},
                        {QStringLiteral("end"), m_view.end(a)}}};

        QJsonObject o{{QStringLiteral("id"), urn(a.id)},
                      {QStringLiteral("type"), QStringLiteral("Annotation")},
                      {QStringLiteral("motivation"), a.layer == Layer::Entity ? QStringLiteral("identifying")
                                                                              : QStringLiteral("classifying")},
                      {QStringLiteral("body"), body},
                      {QStringLiteral("target"),
                       QJsonObject{{QStringLiteral("source"), m_view.documentName()},
                                   {QStringLiteral("selector"), selectors}}},
                      {QStringLiteral("lede:origin"), originObject(a.origin)}};
        if (!a.origin.byAnalyst())
            o.insert(QStringLiteral("creator"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Software")},
                                 {QStringLiteral("name"), QStringLiteral("Lede extractor %1").arg(a.origin.version)}});
        if (!a.attributes.isEmpty())
            o.insert(QStringLiteral("lede:attributes"), stringMap(a.attributes));
        return o;
    }

    QJsonObject linkAnnotation(const Annotation &from, const QString &role, const QString &to) const
    {
        return QJsonObject{{QStringLiteral("id"), urn(from.id + u'/' + role)},
                           {QStringLiteral("type"), QStringLiteral("Annotation")},
                           {QStringLiteral("motivation"), QStringLiteral("linking")},
                           {QStringLiteral("lede:role"), role},
                           {QStringLiteral("body"), urn(to)},
                           {QStringLiteral("target"), urn(from.id)}};
    }

    ExportView m_view;
    QString m_fingerprint;
};

} // namespace

QList<ExportedFile> W3cExporter::write(const Article &article, const AnnotationSet &annotations) const
{
    return {ExportedFile{QStringLiteral(".jsonld"), Writer(article, annotations).write()}};
}

} // namespace Lede::Core

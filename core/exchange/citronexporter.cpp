#include "exchange/citronexporter.h"

#include "exchange/exportview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Lede::Core {
namespace {

QJsonObject spanObject(const ExportView &view, const Annotation &a)
{
    return QJsonObject{{QStringLiteral("start"), view.start(a)},
                       {QStringLiteral("end"), view.end(a)},
                       {QStringLiteral("text"), view.textOf(a)}};
}

struct CitronQuote {
    QString id;
    QString speakerId;
    QJsonObject cue;
    QJsonArray sources;
    QJsonArray contents;
    QList<Span> contentSpans;
};

} // namespace

QList<ExportedFile> CitronExporter::write(const Article &article, const AnnotationSet &annotations) const
{
    const ExportView view(article, annotations);
    QList<CitronQuote> quotes;
    for (const Annotation &q : view.active(Layer::Quote)) {
        const Annotation *cue = view.linked(q, QString::fromLatin1(LinkRole::Cue));
        const Annotation *speaker = view.linked(q, QString::fromLatin1(LinkRole::Speaker));
        if (cue && cue->isActive()) {
            CitronQuote c;
            c.id = q.id;
            c.speakerId = speaker ? speaker->id : QString();
            c.cue = spanObject(view, *cue);
            if (speaker && speaker->isActive())
                c.sources.append(spanObject(view, *speaker));
            c.contents.append(spanObject(view, q));
            c.contentSpans.append(q.span);
            quotes.append(c);
            continue;
        }
        if (!speaker)
            continue;
        for (auto it = quotes.rbegin(); it != quotes.rend(); ++it) {
            if (it->speakerId != speaker->id)
                continue;
            const bool nested = std::any_of(it->contentSpans.cbegin(), it->contentSpans.cend(),
                                             [&](Span s) { return s.contains(q.span); });
            if (!nested) {
                it->contents.append(spanObject(view, q));
                it->contentSpans.append(q.span);
            }
            break;
        }
    }

    QJsonArray quoteArray;
    for (const CitronQuote &c : quotes)
        quoteArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("cue"), c.cue},
                                      {QStringLiteral("sources"), c.sources},
                                      {QStringLiteral("contents"), c.contents}});

    QJsonArray groups;
    QList<QString> seen;
    for (const Annotation &m : view.active(Layer::Entity)) {
        const Entity *e = view.entityOf(m);
        if (!e || seen.contains(e->id))
            continue;
        seen.append(e->id);
        QJsonArray group;
        for (const Annotation &other : view.active(Layer::Entity))
            if (other.link(QString::fromLatin1(LinkRole::Entity)) == e->id)
                group.append(spanObject(view, other));
        if (group.size() >= 2)
            groups.append(group);
    }

    const QJsonObject root{{QStringLiteral("text"), article.text},
                           {QStringLiteral("quotes"), quoteArray},
                           {QStringLiteral("coreference_groups"), groups}};
    return {ExportedFile{QStringLiteral(".citron.json"), QJsonDocument(root).toJson(QJsonDocument::Indented)}};
}

} // namespace Lede::Core

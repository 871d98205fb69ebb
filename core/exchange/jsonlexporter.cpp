#include "exchange/jsonlexporter.h"

#include "exchange/exportview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lede::Core {

QList<ExportedFile> JsonlExporter::write(const Article &article, const AnnotationSet &annotations) const
{
    const ExportView view(article, annotations);
    QJsonArray labels, spans;
    for (const Annotation &a : view.active()) {
        if (a.layer == Layer::Zone)
            continue;
        if (a.layer == Layer::Entity)
            labels.append(QJsonArray{view.start(a), view.end(a), QJsonValue(a.label)});
        else
            spans.append(QJsonArray{view.start(a), view.end(a), QJsonValue(layerName(a.layer) + u':' + a.label)});
    }
    const QJsonObject line{{QStringLiteral("id"), view.documentName()},
                           {QStringLiteral("text"), article.text},
                           {QStringLiteral("label"), labels},
                           {QStringLiteral("spans"), spans}};
    return {ExportedFile{QStringLiteral(".jsonl"), QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n'}};
}

} // namespace Lede::Core

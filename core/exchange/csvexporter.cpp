#include "exchange/csvexporter.h"

#include "exchange/exportview.h"

namespace Lede::Core {

namespace Csv {

QString record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
                                 || field.contains(u'\r');
        if (!needsQuotes) {
            quoted.append(field);
            continue;
        }
        QString doubled = field;
        doubled.replace(u'"', QStringLiteral("\"\""));
        quoted.append(u'"' + doubled + u'"');
    }
    return quoted.join(u',') + QStringLiteral("\r\n");
}

} // namespace Csv

namespace {

QByteArray withBom(const QString &table)
{
    return QByteArray("\xEF\xBB\xBF") + table.toUtf8();
}

} // namespace

QList<ExportedFile> CsvExporter::write(const Article &article, const AnnotationSet &annotations) const
{
    const ExportView view(article, annotations);

    QString quotes = Csv::record({QStringLiteral("speaker"), QStringLiteral("canonical speaker"), QStringLiteral("cue"),
                                  QStringLiteral("kind"), QStringLiteral("text"), QStringLiteral("start"),
                                  QStringLiteral("end"), QStringLiteral("status"), QStringLiteral("id")});
    for (const Annotation &q : view.active(Layer::Quote)) {
        const Annotation *speaker = view.linked(q, QString::fromLatin1(LinkRole::Speaker));
        const Annotation *cue = view.linked(q, QString::fromLatin1(LinkRole::Cue));
        const Entity *canonical = speaker ? view.entityOf(*speaker) : nullptr;
        quotes += Csv::record({speaker ? view.textOf(*speaker) : QString(), canonical ? canonical->name : QString(),
                               cue ? view.textOf(*cue) : QString(), q.label, view.textOf(q),
                               QString::number(view.start(q)), QString::number(view.end(q)), statusName(q.status),
                               q.id});
    }

    QString entities = Csv::record({QStringLiteral("type"), QStringLiteral("text"), QStringLiteral("canonical name"),
                                    QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("status"),
                                    QStringLiteral("id"), QStringLiteral("entity id")});
    for (const Annotation &m : view.active(Layer::Entity)) {
        const Entity *canonical = view.entityOf(m);
        entities += Csv::record({m.label, view.textOf(m), canonical ? canonical->name : QString(),
                                 QString::number(view.start(m)), QString::number(view.end(m)), statusName(m.status),
                                 m.id, canonical ? canonical->id : QString()});
    }
    return {ExportedFile{QStringLiteral(".quotes.csv"), withBom(quotes)},
            ExportedFile{QStringLiteral(".entities.csv"), withBom(entities)}};
}

} // namespace Lede::Core

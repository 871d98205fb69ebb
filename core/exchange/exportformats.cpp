#include "exchange/exportformats.h"

#include "exchange/bratexporter.h"
#include "exchange/citronexporter.h"
#include "exchange/conllexporter.h"
#include "exchange/csvexporter.h"
#include "exchange/jsonlexporter.h"
#include "exchange/w3cexporter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Lede::Core {

const QList<ExportFormat> &exportFormats()
{
    // Exporters hold no state, so one instance of each serves every export and every thread.
    static const W3cExporter w3c;
    static const BratExporter brat;
    static const ConllExporter conll;
    static const JsonlExporter jsonl;
    static const CsvExporter csv;
    static const CitronExporter citron;
    static const QList<ExportFormat> formats{
        {QStringLiteral("w3c"), QStringLiteral("W3C Web Annotation (JSON-LD)"), QStringLiteral("jsonld"),
         {QStringLiteral(".jsonld")}, &w3c},
        {QStringLiteral("brat"), QStringLiteral("brat standoff (.ann + .txt)"), QStringLiteral("ann"),
         {QStringLiteral(".ann"), QStringLiteral(".txt")}, &brat},
        {QStringLiteral("conll"), QStringLiteral("CoNLL-2003 IOB entities"), QStringLiteral("conll"),
         {QStringLiteral(".conll")}, &conll},
        {QStringLiteral("jsonl"), QStringLiteral("JSONL for doccano and spaCy"), QStringLiteral("jsonl"),
         {QStringLiteral(".jsonl")}, &jsonl},
        {QStringLiteral("csv"), QStringLiteral("CSV tables of quotes and entities"), QStringLiteral("csv"),
         {QStringLiteral(".quotes.csv"), QStringLiteral(".entities.csv")}, &csv},
        {QStringLiteral("citron"), QStringLiteral("Citron quote JSON"), QStringLiteral("json"),
         {QStringLiteral(".citron.json")}, &citron},
    };
    return formats;
}

const ExportFormat *findExportFormat(const QString &id)
{
    for (const ExportFormat &format : exportFormats())
        if (format.id == id)
            return &format;
    return nullptr;
}

QStringList exportPaths(const ExportFormat &format, const QString &path)
{
    if (!format.isMultiFile())
        return {path};
    QString base = path;
    if (base.endsWith(format.suffixes.first()))
        base.chop(format.suffixes.first().size());
    else if (base.endsWith(u'.' + format.extension))
        base.chop(format.extension.size() + 1);
    QStringList out;
    for (const QString &suffix : format.suffixes)
        out.append(base + suffix);
    return out;
}

Result<Done> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString())};
    return Done{};
}

Result<Done> exportDocument(const ArticleDocument &document, const QString &format, const QString &path)
{
    const ExportFormat *found = findExportFormat(format);
    if (!found) {
        QStringList ids;
        for (const ExportFormat &f : exportFormats())
            ids.append(f.id);
        return Error{QStringLiteral("unknown export format '%1' (one of: %2)").arg(format, ids.join(QStringLiteral(", ")))};
    }
    const QStringList paths = exportPaths(*found, path);
    const QString article = QFileInfo(document.article.sourcePath).absoluteFilePath();
    for (const QString &p : paths)
        if (!document.article.sourcePath.isEmpty() && QFileInfo(p).absoluteFilePath() == article)
            return Error{QStringLiteral("%1: that is the article itself; choose another name for the export").arg(p)};

    const QList<ExportedFile> files = found->exporter->write(document.article, document.annotations);
    for (qsizetype i = 0; i < files.size() && i < paths.size(); ++i)
        if (auto written = writeFileAtomically(paths[i], files[i].bytes); !written)
            return written.error();
    return Done{};
}

} // namespace Lede::Core

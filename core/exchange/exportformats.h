#pragma once

#include "exchange/exporter.h"
#include "io/articledocument.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lede::Core {

/// One format Lede exports to, as the command line and File → Export present it.
struct ExportFormat {
    QString id;         // what `lede export --format` takes, e.g. "brat"
    QString name;       // for menus and file dialogs, e.g. "brat standoff (.ann + .txt)"
    QString extension;  // of the main file, without dot, for file dialog filters: "ann"
    QStringList suffixes; // every file written, main first: {".ann", ".txt"}
    const Exporter *exporter = nullptr;

    bool isMultiFile() const { return suffixes.size() > 1; }
    /// A file dialog filter, e.g. "brat standoff (.ann + .txt) (*.ann)".
    QString fileDialogFilter() const { return QStringLiteral("%1 (*.%2)").arg(name, extension); }
};

/// Every export format, in menu order.
const QList<ExportFormat> &exportFormats();
const ExportFormat *findExportFormat(const QString &id);

/// The paths an export to `path` writes: for a multi-file format `path` names the main file
/// (its suffix is optional) and the others go beside it with their own suffixes.
QStringList exportPaths(const ExportFormat &format, const QString &path);

/// Exports a document's annotations to `path` (File → Export): writes every file of the format
/// atomically. Refuses to overwrite the article itself (brat's `.txt` beside a `.txt`
/// article could), and reports unknown formats and unwritable files in words a user can act on.
Result<Done> exportDocument(const ArticleDocument &document, const QString &format, const QString &path);

/// Writes bytes to a file atomically (QSaveFile), with a message naming the file on failure.
Result<Done> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Lede::Core

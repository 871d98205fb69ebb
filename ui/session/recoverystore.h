#pragma once

#include "io/articledocument.h"
#include "result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Lede::Ui {

/// Recovery files: the unsaved annotations of an article, written in the sidecar format to
/// the application's data folder (QStandardPaths::AppDataLocation/recovery), never beside the
/// article. One file per article path; it is removed when the work is saved or discarded.
class RecoveryStore
{
public:
    /// The folder defaults to AppDataLocation/recovery (test mode in tests).
    explicit RecoveryStore(QString folder = {});

    QString pathFor(const QString &articlePath) const;
    Core::Result<Core::Done> write(const Core::ArticleDocument &document) const;
    /// When the recovery file of an article was written, if there is one.
    std::optional<QDateTime> pendingFor(const QString &articlePath) const;
    /// The recovered annotations placed in the article's current text.
    Core::Result<Core::AnnotationSet> read(const Core::Article &article) const;
    void discard(const QString &articlePath) const;

private:
    QString m_folder;
};

} // namespace Lede::Ui

#pragma once

#include "io/articledocument.h"

#include <QMainWindow>

#include <optional>

namespace Lede::Ui {

class ArticleView;

/// The composition root of the workbench: creates the panes, connects them, lays them out.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Opens an article with its sidecar; returns false (after telling the user) on failure.
    bool openArticle(const QString &path);
    bool save();

    const std::optional<Core::ArticleDocument> &document() const { return m_document; }

private:
    void chooseAndOpen();
    void updateStatus();

    Core::Extractor m_extractor;
    ArticleView *m_view;
    std::optional<Core::ArticleDocument> m_document;
};

} // namespace Lede::Ui

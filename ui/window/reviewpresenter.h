#pragma once

#include <QObject>

namespace Lede::Ui {

class ArticleStrip;
class ArticleView;
class CorrectionController;
class DocumentSession;
class ReviewPane;
class ReviewRunner;

/// Keeps the review pane and the article strip in step with the open document (through a
/// ReviewRunner, off the GUI thread), and turns their clicks into selections in the editor.
/// Owns no widget: the window creates and lays them out.
class ReviewPresenter : public QObject
{
    Q_OBJECT
public:
    ReviewPresenter(DocumentSession *session, CorrectionController *controller, ArticleView *view,
                    ReviewPane *pane, ArticleStrip *strip, QObject *parent = nullptr);

    /// Computes the reviews; tests wait on it (ReviewRunner::waitUntilIdle()).
    ReviewRunner *runner() const { return m_runner; }

private:
    void showDocument();
    void select(const QStringList &ids);
    void setSide(const QString &speakerKey, const QString &side);

    DocumentSession *m_session;
    CorrectionController *m_controller;
    ArticleView *m_view;
    ReviewPane *m_pane;
    ArticleStrip *m_strip;
    ReviewRunner *m_runner;
    QString m_reviewedPath;
};

} // namespace Lede::Ui

// Shows the review pane beside the sample article with its article strip, as the workbench
// lays them out, for screenshots in docs/. Optional argument: the tab to show (0-3).
#include "extract/extractor.h"
#include "review/articlestrip.h"
#include "review/review.h"
#include "review/reviewpane.h"

#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>

using namespace Lede;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QFile file(QStringLiteral(LEDE_SOURCE_DIR "/resources/samples/brenner-asylum.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QString text = QString::fromUtf8(file.readAll());
    const Core::ExtractionResult result = Core::Extractor{}.extract(text);
    Core::AnnotationSet set;
    for (const Core::Entity &e : result.entities)
        set.addEntity(e);
    for (const Core::Annotation &a : result.annotations)
        set.add(a);
    // Sides as an analyst might give them, to show the side shares.
    const Core::Review::VoiceStats voices = Core::Review::computeVoices(set, text);
    for (const Core::Review::SpeakerStats &s : voices.speakers) {
        QString side;
        if (s.name.contains(QLatin1String("Brenner")) || s.name.contains(QLatin1String("official")))
            side = QStringLiteral("government");
        else if (s.name.contains(QLatin1String("Okafor")) || s.name.contains(QLatin1String("ritics")))
            side = QStringLiteral("opposition");
        else if (s.name.contains(QLatin1String("Lindqvist")))
            side = QStringLiteral("advocacy");
        if (!side.isEmpty())
            Core::Review::setSpeakerSide(set, text, s.key, side);
    }

    QWidget window;
    window.setWindowTitle(QStringLiteral("Lede: review"));
    auto *splitter = new QSplitter(&window);
    auto *editorBox = new QWidget(splitter);
    auto *editorLayout = new QHBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    auto *editor = new QPlainTextEdit(text, editorBox);
    editor->setReadOnly(true);
    auto *strip = new Ui::ArticleStrip(editorBox);
    const Core::Review::ArticleReview review = Core::Review::reviewArticle(set, text);
    strip->setMarks(Core::Review::stripMarks(set, review.voices), int(text.size()));
    editorLayout->addWidget(editor);
    editorLayout->addWidget(strip);
    auto *pane = new Ui::ReviewPane(splitter);
    if (argc > 1)
        pane->tabs()->setCurrentIndex(QString::fromLocal8Bit(argv[1]).toInt());
    pane->showReview(review);
    splitter->setSizes({520, 680});
    auto *layout = new QHBoxLayout(&window);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

#pragma once

// Shared by the UI tests: a Notifier that records instead of showing message boxes, sample
// articles in temporary folders, and reading back what the highlighter drew.

#include "commands/correctioncontroller.h"
#include "editor/articleview.h"
#include "review/reviewrunner.h"
#include "session/documentsession.h"
#include "testpaths.h"
#include "window/documentflow.h"
#include "window/mainwindow.h"
#include "window/notifier.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

namespace Lede::Test {

/// Records every message and question; answers questions from a queue (default: `fallback`)
/// and requests for a path or a line of text from `replies` (default: empty, as if the user
/// backed out).
class RecordingNotifier : public Ui::Notifier
{
public:
    struct Log {
        QStringList warnings;
        QStringList questions;
        QList<Answer> answers;
        Answer fallback = Answer::No;
        QStringList prompts;
        QStringList replies;
    };
    explicit RecordingNotifier(std::shared_ptr<Log> log) : m_log(std::move(log)) {}

    void warn(const QString &title, const QString &message) override { m_log->warnings.append(title + QStringLiteral(": ") + message); }
    Answer ask(const QString &title, const QString &, bool) override
    {
        m_log->questions.append(title);
        return m_log->answers.isEmpty() ? m_log->fallback : m_log->answers.takeFirst();
    }
    QString askOpenPath(const QString &title, const QString &) override { return reply(title); }
    QString askSavePath(const QString &title, const QString &, const QString &) override { return reply(title); }
    QString askDirectory(const QString &title, const QString &) override { return reply(title); }
    QString askText(const QString &title, const QString &) override { return reply(title); }

private:
    QString reply(const QString &title)
    {
        m_log->prompts.append(title);
        return m_log->replies.isEmpty() ? QString() : m_log->replies.takeFirst();
    }

    std::shared_ptr<Log> m_log;
};

inline QString sampleText()
{
    QFile file(sourcePath(QStringLiteral("resources/samples/brenner-asylum.txt")));
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

/// Writes an article into the folder and returns its path.
inline QString writeArticle(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text.toUtf8());
    return path;
}

inline QString copySample(const QTemporaryDir &dir)
{
    return writeArticle(dir, QStringLiteral("sample.txt"), sampleText());
}

/// The character format the highlighter gave the text at a document position.
inline QTextCharFormat formatAt(QPlainTextEdit *view, int position)
{
    const QTextBlock block = view->document()->findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (range.start <= offset && offset < range.start + range.length)
            return range.format;
    return {};
}

/// A shown, active main window with a recording notifier.
struct Workbench {
    std::shared_ptr<RecordingNotifier::Log> log = std::make_shared<RecordingNotifier::Log>();
    std::unique_ptr<Ui::MainWindow> window;

    /// `keepSettings` keeps what an earlier window stored (theme, layout, recent files).
    explicit Workbench(bool keepSettings = false)
    {
        if (!keepSettings)
            QSettings().clear();
        window = std::make_unique<Ui::MainWindow>();
        window->setNotifier(std::make_unique<RecordingNotifier>(log));
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    ~Workbench()
    {
        // Close without questions: tests leave documents unsaved on purpose.
        log->fallback = Ui::Notifier::Answer::No;
        if (window)
            window->close();
    }

    Ui::ArticleView *view() const { return window->articleView(); }
    Ui::DocumentSession *session() const { return window->session(); }
    const Core::AnnotationSet &annotations() const { return session()->annotations(); }

    /// Opens an article and waits for its first suggestions when it has no sidecar.
    bool open(const QString &path)
    {
        if (!window->openArticle(path))
            return false;
        const bool done = QTest::qWaitFor(
            [this] { return !window->flow()->extraction()->isRunning() && !annotations().isEmpty(); }, 20000);
        waitForReview();
        view()->setFocus();
        QApplication::processEvents();
        return done;
    }

    /// Waits until the review pane and article strip show the current annotations: they are
    /// recounted off the GUI thread after each edit.
    void waitForReview() const { window->findChild<Ui::ReviewRunner *>()->waitUntilIdle(); }

    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(view(), Qt::Key(key), modifiers);
    }

    /// The first annotation of a layer and label starting at or after an article offset.
    const Core::Annotation *find(Core::Layer layer, const QString &label, int from = 0) const
    {
        const Core::Annotation *best = nullptr;
        for (const Core::Annotation &a : annotations().annotations())
            if (a.layer == layer && a.label == label && a.span.start >= from && (!best || a.span.start < best->span.start))
                best = &a;
        return best;
    }
    const Core::Annotation *current() const { return annotations().find(window->controller()->currentId()); }
};

} // namespace Lede::Test

// A timed run, not a test: how long from creating the window until an article is shown with
// every suggestion highlighted, for the 5 KB sample and for a 1 MB article made of it, and
// how long one correction takes to repaint.
//
//   QT_QPA_PLATFORM=offscreen lede_ui_timing [ARTICLE]
#include "commands/correctioncontroller.h"
#include "editor/annotationhighlighter.h"
#include "editor/articleview.h"
#include "session/documentsession.h"
#include "session/extractionrunner.h"
#include "window/documentflow.h"
#include "window/mainwindow.h"
#include "window/notifier.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

class SilentNotifier : public Lede::Ui::Notifier
{
public:
    void warn(const QString &, const QString &message) override { std::fprintf(stderr, "warning: %s\n", qPrintable(message)); }
    Answer ask(const QString &, const QString &, bool) override { return Answer::No; }
    // A timed run never asks for files: as if the user backed out of every dialog.
    QString askOpenPath(const QString &, const QString &) override { return {}; }
    QString askSavePath(const QString &, const QString &, const QString &) override { return {}; }
    QString askDirectory(const QString &, const QString &) override { return {}; }
    QString askText(const QString &, const QString &) override { return {}; }
};

long peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

/// Runs the event loop as the application does until @p done: QTest::qWaitFor() sleeps 10 ms
/// between rounds of events, which would stretch the background pass to twice its length.
bool waitUntil(const std::function<bool()> &done)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

void timeArticle(const QString &path, QTextStream &out)
{
    QElapsedTimer clock;
    clock.start();
    Lede::Ui::MainWindow window;
    window.setNotifier(std::make_unique<SilentNotifier>());
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    const qint64 shown = clock.elapsed();
    // Connected after the window's own handlers: these run once the view has highlighted.
    // A long article gets its opening's suggestions first, then the whole article's.
    qint64 firstShown = 0;
    qint64 wholeArrived = 0;
    qint64 wholeShown = 0;
    QObject::connect(window.session(), &Lede::Ui::DocumentSession::aboutToReset, &window, [&] { wholeArrived = clock.elapsed(); });
    int resets = 0;
    QObject::connect(window.session(), &Lede::Ui::DocumentSession::reset, &window, [&] {
        if (window.session()->hasDocument() && !window.session()->annotations().isEmpty()) {
            ++resets;
            wholeShown = clock.elapsed();
            firstShown = firstShown ? firstShown : wholeShown;
        }
    });
    window.openArticle(path);
    const qint64 text = clock.elapsed();
    // A long article's opening arrives first, then the whole article: two resets, else one.
    const int resetsExpected = Lede::Ui::ExtractionRunner::previewLength(window.session()->text()) < window.session()->text().size() ? 2 : 1;
    (void)waitUntil([&] { return resets >= resetsExpected; });
    (void)waitUntil([&] { return !window.articleView()->highlighter()->isHighlighting(); });
    QApplication::processEvents();
    const qint64 highlighted = clock.elapsed();

    QElapsedTimer edit;
    window.controller()->goToNext();
    edit.start();
    window.controller()->acceptCurrent();
    window.articleView()->viewport()->repaint();
    const qint64 correction = edit.nsecsElapsed() / 1000;

    out << QFileInfo(path).fileName() << ": " << QFileInfo(path).size() / 1024 << " KB, "
        << window.session()->annotations().size() << " annotations\n"
        << "  window shown          " << shown << " ms\n"
        << "  text shown            " << text - shown << " ms after the window\n"
        << "  screen highlighted    " << firstShown - shown << " ms after the window (a long article's opening first)\n"
        << "  whole article in      " << wholeArrived - shown << " ms after the window (extraction on the worker)\n"
        << "  screen up to date     " << wholeShown - shown << " ms after the window (pages scrolled to are highlighted before they are drawn)\n"
        << "  every block done      " << highlighted - shown << " ms after the window (the background pass)\n"
        << "  one correction        " << correction / 1000.0 << " ms to apply and repaint\n"
        << "  peak memory so far    " << peakMemoryKb() / 1024 << " MB\n";
    out.flush();
    window.session()->close();
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString sample = argc > 1 ? QString::fromLocal8Bit(argv[1])
                              : QStringLiteral(LEDE_SOURCE_DIR "/resources/samples/brenner-asylum.txt");
    QFile in(sample);
    in.open(QIODevice::ReadOnly);
    const QByteArray bytes = in.readAll();
    const QString small = dir.filePath(QStringLiteral("small.txt"));
    {
        QFile f(small);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
    }
    const QString large = dir.filePath(QStringLiteral("large.txt"));
    {
        QFile f(large);
        f.open(QIODevice::WriteOnly);
        while (f.size() < 1024 * 1024)
            f.write(bytes + "\n\n");
    }
    timeArticle(small, out);
    timeArticle(large, out);
    return 0;
}

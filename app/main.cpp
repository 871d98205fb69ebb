#include "commands/cli.h"
#include "pagedownloader.h"
#include "pdfimporter.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

namespace {

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // PDF and downloading live outside lede_core (they need Qt Gui and Qt Network).
    Lede::Pdf::registerImporter();
    Lede::Net::registerDownloader();
    const Lede::Core::CommandLineOutcome outcome = Lede::Core::runCommandLine(arguments, out, err);
    if (!outcome.startGui)
        return outcome.exitCode;

    if (!haveDisplay()) {
        // A machine without a screen (a server, a fresh container): show what Lede finds
        // instead of failing to open a window.
        if (outcome.articleForGui.isEmpty()) {
            err << "lede: no display to open the window on; try 'lede extract ARTICLE'\n";
            return Lede::Core::ExitCode::Usage;
        }
        err << "lede: no display; printing what Lede finds in " << outcome.articleForGui << '\n';
        err.flush();
        return Lede::Core::runCommandLine({QStringLiteral("extract"), outcome.articleForGui}, out, err).exitCode;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lede"));
    QApplication::setOrganizationName(QStringLiteral("Lede"));
    QApplication::setApplicationVersion(QStringLiteral(LEDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lede.Lede"));

    Lede::Ui::MainWindow window;
    window.show();
    if (!outcome.articleForGui.isEmpty())
        window.openArticle(outcome.articleForGui);
    return app.exec();
}

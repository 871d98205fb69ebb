// The main of every Lede test executable: creates the Qt application object first (widgets
// tests need a QApplication; core tests a QCoreApplication), and puts QStandardPaths in test
// mode so that no test reads or writes the user's real configuration. Each test process also
// gets a home folder of its own: CTest runs tests in parallel, and one test clearing the
// settings, recent files or autosaves must not pull them from under another.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef LEDE_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    // Widget tests draw offscreen unless told otherwise, also when CTest lists them at build
    // time without the test environment.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QTemporaryDir home(QDir::tempPath() + QStringLiteral("/lede-test-home-XXXXXX"));
    if (home.isValid())
        qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// The main of every Lede test executable: creates the Qt application object first (widgets
// tests need a QApplication; core tests a QCoreApplication), and puts QStandardPaths in test
// mode so that no test reads or writes the user's real configuration.
#include <gtest/gtest.h>

#include <QStandardPaths>

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
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

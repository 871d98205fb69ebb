#include "io/sidecarfile.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace Lede::Core;

// Kills a process that saves continuously at random moments, many times: each time, the
// sidecar and its backup must both be whole files that load.
TEST(AtomicSave, KillingTheWriterNeverLeavesATornFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("article.txt.lede.json"));
    QRandomGenerator random(7);
    int killedWhileWriting = 0;
    for (int round = 0; round < 40; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(LEDE_SAVE_WRITER), {path});
        ASSERT_TRUE(writer.waitForStarted());
        ASSERT_TRUE(writer.waitForReadyRead(10000));
        QThread::msleep(1 + random.bounded(60));
        ::kill(pid_t(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished());
        ++killedWhileWriting;

        for (const QString &file : {path, SidecarFile::backupPathFor(path)}) {
            const auto read = SidecarFile::read(file);
            ASSERT_TRUE(read.ok()) << "round " << round << ": " << read.errorMessage().toStdString();
        }
    }
    EXPECT_EQ(killedWhileWriting, 40);
    const auto final = SidecarFile::read(path);
    ASSERT_TRUE(final.ok());
    ASSERT_TRUE(final->has_value());
    EXPECT_EQ((*final)->annotations.size(), 3000);
}

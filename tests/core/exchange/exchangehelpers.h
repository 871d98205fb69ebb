#pragma once

#include "commands/cli.h"
#include "exchange/exportformats.h"
#include "io/articledocument.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace Lede::Test {

/// The articles of tests/data/exchange/, each with the sidecar committed beside it.
inline QStringList exchangeArticles()
{
    return {QStringLiteral("brenner.txt"), QStringLiteral("unicode-crlf.txt")};
}

inline QString exchangeData(const QString &name)
{
    return sourcePath(QStringLiteral("tests/data/exchange/") + name);
}

inline Core::ArticleDocument openExchangeArticle(const QString &name)
{
    auto opened = Core::ArticleDocument::open(exchangeData(name));
    EXPECT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    EXPECT_TRUE(opened->hadSidecar) << name.toStdString() << " needs its committed sidecar";
    EXPECT_TRUE(opened->sidecarProblem.isEmpty()) << opened->sidecarProblem.toStdString();
    return std::move(opened).value();
}

inline QByteArray exportBytes(const Core::ArticleDocument &doc, const QString &format, int file = 0)
{
    const Core::ExportFormat *f = Core::findExportFormat(format);
    EXPECT_NE(f, nullptr);
    return f->exporter->write(doc.article, doc.annotations).value(file).bytes;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    file.write(bytes);
}

/// The substring of `text` between code point offsets, as a Python or JavaScript tool reads it.
inline QString codePointSlice(const QString &text, int start, int end)
{
    const QList<uint> ucs4 = text.toUcs4();
    EXPECT_LE(end, ucs4.size());
    EXPECT_LE(start, end);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

struct LedeRun {
    int exitCode;
    QString out;
    QString err;
};

inline LedeRun lede(const QStringList &arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const Core::CommandLineOutcome outcome = Core::runCommandLine(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return LedeRun{outcome.exitCode, out, err};
}

} // namespace Lede::Test

// lede_extract_dump ARTICLE: prints what the extractor finds, in the reference-file format
// of tests/data/extract/ (see tests/data/extract/regenerate.sh).

#include "annotationprinter.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: lede_extract_dump ARTICLE\n");
        return 2;
    }
    QFile f(QString::fromLocal8Bit(argv[1]));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", argv[1], qPrintable(f.errorString()));
        return 1;
    }
    const QString text = QString::fromUtf8(f.readAll());
    const Lede::Core::Extractor extractor;
    std::fputs(Lede::Test::printExtraction(text, extractor.extract(text)).toUtf8().constData(), stdout);
    return 0;
}

// A process that saves a sidecar over and over, alternating between two large versions, until
// it is killed. atomicsave_test kills it at random moments and checks what is left on disk.
#include "io/sidecarfile.h"
#include "io/sidecarformat.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Lede::Core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    QString text;
    for (int i = 0; i < 4000; ++i)
        text += QStringLiteral("Sentence %1 says something about Brenner. ").arg(i);
    const Article article{text, QStringLiteral("article.txt")};
    QList<QByteArray> versions;
    for (int v = 0; v < 2; ++v) {
        AnnotationSet set;
        for (int i = 0; i < 3000; ++i) {
            Annotation a;
            a.id = QStringLiteral("a%1").arg(i);
            a.layer = Layer::Entity;
            a.label = v == 0 ? QStringLiteral("PERSON") : QStringLiteral("ORG");
            a.span = {i * 40, i * 40 + 8};
            set.add(a);
        }
        versions.append(writeSidecar(article, set));
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    for (int round = 0;; ++round)
        SidecarFile::write(path, versions[round % 2]);
}

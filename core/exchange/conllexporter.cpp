#include "exchange/conllexporter.h"

#include "exchange/exportview.h"
#include "exchange/simpletokenizer.h"

namespace Lede::Core {

QList<ExportedFile> ConllExporter::write(const Article &article, const AnnotationSet &annotations) const
{
    const ExportView view(article, annotations);
    const QList<Annotation> mentions = view.active(Layer::Entity);
    QString out = QStringLiteral("-DOCSTART- -X- -X- O\n");

    // Mentions are in document order (longer first at the same start), so one forward pass
    // gives each token the first mention that covers it; nested mentions lose to their outer one.
    qsizetype next = 0;
    const Annotation *current = nullptr;
    for (const SimpleTokenizer::Sentence &sentence : SimpleTokenizer::sentences(article.text)) {
        out += u'\n';
        for (const Span &token : sentence) {
            while (next < mentions.size() && mentions[next].span.end <= token.start)
                ++next;
            const Annotation *mention = nullptr;
            for (qsizetype k = next; k < mentions.size() && mentions[k].span.start < token.end; ++k) {
                if (mentions[k].span.overlaps(token)) {
                    mention = &mentions[k];
                    break;
                }
            }
            QString tag = QStringLiteral("O");
            if (mention)
                tag = (mention == current ? QStringLiteral("I-") : QStringLiteral("B-")) + mention->label;
            current = mention;
            out += view.textOf(token) + QStringLiteral(" -X- _ ") + tag + u'\n';
        }
    }
    return {ExportedFile{QStringLiteral(".conll"), out.toUtf8()}};
}

} // namespace Lede::Core

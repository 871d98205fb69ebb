// Measures the claim stage against the labels of tests/data/claims/: own sentences
// (own-tuning.txt, own-heldout.txt) and GUM news documents (gum-labels.tsv, offsets into
// ../shared/eval/gum/news/). Prints claim precision, recall and F1, and holder, holder-kind,
// backing and kind accuracy over the matched claims, for the tuning and the held-out labels.
//
// Usage: lede_claims_eval [--split held-out|tuning|all] [--set own|gum] [--errors]
//        lede_claims_eval --explain FILE   (every sentence of FILE with its score and features,
//                                           the quotes the extractor found, and the claims)

#include "claimscoring.h"
#include "labelset.h"

#include "claims/claimfinder.h"
#include "extract/extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Lede;

namespace {

struct Options {
    QString split = QStringLiteral("all");
    QString set;
    QString explain;
    bool errors = false;
};

QString excerpt(const QString &text, Core::Span s, int width = 100)
{
    QString t = text.mid(s.start, s.length()).simplified();
    return t.size() > width ? t.left(width - 3) + QStringLiteral("...") : t;
}

int explain(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const Core::ExtractionResult found = Core::Extractor{}.extract(text);
    const Core::ClaimFinder finder;
    QHash<QString, const Core::Annotation *> byId;
    for (const Core::Annotation &a : found.annotations)
        byId.insert(a.id, &a);
    for (const Core::Annotation &a : found.annotations) {
        if (a.layer != Core::Layer::Quote && a.layer != Core::Layer::Source && a.layer != Core::Layer::Hedge)
            continue;
        const Core::Annotation *speaker = byId.value(a.link(QStringLiteral("speaker")));
        std::printf("%-6s %-9s %5d-%-5d speaker=%s %s\n", qPrintable(Core::layerName(a.layer)), qPrintable(a.label),
                    a.span.start, a.span.end, speaker ? qPrintable(excerpt(text, speaker->span, 40)) : "-",
                    qPrintable(excerpt(text, a.span, 70)));
    }
    QHash<int, const Core::Annotation *> claimAt;
    const QList<Core::Annotation> claims = finder.find(text, found);
    for (const Core::Annotation &c : claims)
        claimAt.insert(c.span.start, &c);
    for (const Core::ScoredSentence &s : finder.score(text, found)) {
        QStringList on;
        for (int i = 0; i < Core::Claims::kFeatureCount; ++i)
            if (s.features[size_t(i)] > 0)
                on.append(Core::Claims::featureName(Core::Claims::Feature(i)));
        std::printf("\n%5d-%-5d %s\n    %s\n", s.span.start, s.span.end, qPrintable(excerpt(text, s.span)),
                    s.skipped.isEmpty() ? qPrintable(QStringLiteral("%1 [%2]").arg(s.score, 0, 'f', 2).arg(on.join(u' ')))
                                        : qPrintable(s.skipped));
        if (const Core::Annotation *c = claimAt.value(s.span.start))
            std::printf("    => %s holder=%s (%s) backing=%s %s\n", qPrintable(c->label),
                        qPrintable(c->attribute(QStringLiteral("holder"))),
                        qPrintable(c->attribute(QStringLiteral("holderKind"))),
                        qPrintable(c->attribute(QStringLiteral("backing"))),
                        qPrintable(c->attribute(QStringLiteral("flag"))));
    }
    return 0;
}

void printRow(const char *title, const Test::ClaimScores &s)
{
    std::printf("%-22s %4d %4d %4d  P %.3f  R %.3f  F1 %.3f | holder %.3f  kind-of-holder %.3f  "
                "backing %.3f  kind %.3f | flags %d/%d/%d\n",
                title, s.truePositives, s.falsePositives, s.falseNegatives, s.precision(), s.recall(),
                s.f1(), s.holderAccuracy(), s.holderKindAccuracy(), s.backingAccuracy(), s.kindAccuracy(),
                s.flagTrue, s.flagFalse, s.flagMissed);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--split" && i + 1 < args.size())
            options.split = args[++i];
        else if (args[i] == u"--set" && i + 1 < args.size())
            options.set = args[++i];
        else if (args[i] == u"--explain" && i + 1 < args.size())
            options.explain = args[++i];
        else if (args[i] == u"--errors")
            options.errors = true;
        else {
            std::fprintf(stderr, "usage: lede_claims_eval [--split held-out|tuning|all] [--set own|gum] [--errors]\n"
                                 "       lede_claims_eval --explain FILE\n");
            return 2;
        }
    }
    if (!options.explain.isEmpty())
        return explain(options.explain);
    const QDir data(QStringLiteral(LEDE_SOURCE_DIR "/tests/data/claims"));
    QString error;
    QList<Test::LabelledText> texts;
    if (options.set.isEmpty() || options.set == u"own") {
        texts += Test::readOwnSentences(data.filePath(QStringLiteral("own-tuning.txt")), QStringLiteral("tuning"), &error);
        texts += Test::readOwnSentences(data.filePath(QStringLiteral("own-heldout.txt")), QStringLiteral("held-out"), &error);
    }
    if (error.isEmpty() && (options.set.isEmpty() || options.set == u"gum"))
        texts += Test::readGumLabels(data.filePath(QStringLiteral("gum-labels.tsv")),
                                     QStringLiteral(LEDE_EVAL_DIR "/gum/news"), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    const Core::Extractor extractor;
    const Core::ClaimFinder finder;
    Test::ClaimScores ownTuning, ownHeld, gumTuning, gumHeld;
    for (const Test::LabelledText &t : std::as_const(texts)) {
        if (options.split != u"all" && t.split != options.split)
            continue;
        const Test::ClaimScores s = Test::scoreClaims(t, finder.find(t.text, extractor.extract(t.text)));
        const bool gum = t.name.startsWith(QLatin1String("GUM_"));
        const bool held = t.split == u"held-out";
        (gum ? (held ? gumHeld : gumTuning) : (held ? ownHeld : ownTuning)).add(s);
    }
    std::printf("%-22s %4s %4s %4s  (flags: right/spurious/missed unbacked accusations)\n", "labels", "tp", "fp", "fn");
    Test::ClaimScores tuning = ownTuning, held = ownHeld;
    tuning.add(gumTuning);
    held.add(gumHeld);
    printRow("own sentences, tuning", ownTuning);
    printRow("GUM news, tuning", gumTuning);
    printRow("all tuning", tuning);
    printRow("own sentences, held", ownHeld);
    printRow("GUM news, held-out", gumHeld);
    printRow("all held-out", held);
    if (options.errors) {
        Test::ClaimScores all = tuning;
        all.add(held);
        for (const QString &e : std::as_const(all.errors))
            std::printf("  %s\n", qPrintable(e));
    }
    return 0;
}

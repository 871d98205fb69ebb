// Full extraction throughput on one thread. The corpus is built at run time from the texts of
// the shared evaluation data (../shared/eval/gum/, never copied into the repository), or from
// the bundled sample article repeated when that folder is absent.

#include "extract/extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

namespace {

/// The bundled sample article; empty when it is missing from the resources.
QString sampleArticle()
{
    QFile f(QStringLiteral(":/samples/brenner-asylum.txt"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList corpus()
{
    static const QStringList texts = [] {
        QStringList out;
        for (const QString &folder : {QStringLiteral("news"), QStringLiteral("other")}) {
            const QDir d(QStringLiteral(LEDE_EVAL_DIR "/gum/") + folder);
            for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                QFile f(d.filePath(name));
                if (f.open(QIODevice::ReadOnly))
                    out.append(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("text")).toString());
            }
        }
        if (out.isEmpty()) {
            const QString sample = sampleArticle();
            for (int i = 0; i < 50 && !sample.isEmpty(); ++i)
                out.append(sample);
        }
        return out;
    }();
    return texts;
}

void BM_ExtractCorpus(benchmark::State &state)
{
    const Lede::Core::Extractor extractor;
    const QStringList texts = corpus();
    qint64 bytes = 0;
    for (const QString &t : texts)
        bytes += t.toUtf8().size();
    for (auto _ : state) {
        for (const QString &t : texts)
            benchmark::DoNotOptimize(extractor.extract(t));
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["documents"] = double(texts.size());
}
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond);

void BM_ExtractSample(benchmark::State &state)
{
    const Lede::Core::Extractor extractor;
    const QString text = sampleArticle();
    if (text.isEmpty()) {
        state.SkipWithError("sample article missing from resources");
        return;
    }
    const qint64 bytes = text.toUtf8().size();
    for (auto _ : state)
        benchmark::DoNotOptimize(extractor.extract(text));
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ExtractSample)->Unit(benchmark::kMicrosecond);

// The workbench's long-article case: the sample repeated to 1 MB, about 46,000 annotations.
void BM_ExtractLongArticle(benchmark::State &state)
{
    const Lede::Core::Extractor extractor;
    const QString sample = sampleArticle();
    if (sample.isEmpty()) {
        state.SkipWithError("sample article missing from resources");
        return;
    }
    QString text;
    while (text.size() < (1 << 20))
        text += sample + QStringLiteral("\n\n");
    const qint64 bytes = text.toUtf8().size();
    for (auto _ : state)
        benchmark::DoNotOptimize(extractor.extract(text));
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ExtractLongArticle)->Unit(benchmark::kMillisecond);

void BM_ExtractUnpunctuatedParagraph(benchmark::State &state)
{
    const Lede::Core::Extractor extractor;
    QString text;
    while (text.size() < state.range(0))
        text += QStringLiteral("Olaf Brenner said the plan would fail and ");
    for (auto _ : state)
        benchmark::DoNotOptimize(extractor.extract(text));
    state.SetBytesProcessed(state.iterations() * text.size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ExtractUnpunctuatedParagraph)
    ->RangeMultiplier(2)->Range(1 << 16, 1 << 23)->Complexity()->Unit(benchmark::kMillisecond);

// Quotation marks of every kind, straight and curly, with short words between them: the
// pairing stack and the quote stages must stay linear in the number of marks.
void BM_ExtractQuotationMarks(benchmark::State &state)
{
    const Lede::Core::Extractor extractor;
    QString text;
    while (text.size() < state.range(0) * 4)
        text += QStringLiteral("\"a “b” ‘c’ d' «e» \"");
    for (auto _ : state)
        benchmark::DoNotOptimize(extractor.extract(text));
    state.SetBytesProcessed(state.iterations() * text.size());
    state.SetComplexityN(state.range(0));
    state.counters["marks"] = double(text.count(u'"') + text.count(u'“') + text.count(u'”') + text.count(u'‘')
                                     + text.count(u'’') + text.count(u'\'') + text.count(u'«') + text.count(u'»'));
}
BENCHMARK(BM_ExtractQuotationMarks)->Arg(25000)->Arg(50000)->Complexity()->Unit(benchmark::kMillisecond);

// Paragraphs that open a quote and never close it, each continuing into the next.
void BM_ExtractUnbalancedQuotes(benchmark::State &state)
{
    const Lede::Core::Extractor extractor;
    QString text;
    while (text.size() < state.range(0))
        text += QStringLiteral("“Brenner said the plan would fail, officials said.\n\n");
    for (auto _ : state)
        benchmark::DoNotOptimize(extractor.extract(text));
    state.SetBytesProcessed(state.iterations() * text.size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ExtractUnbalancedQuotes)->Arg(1 << 19)->Arg(1 << 20)->Complexity()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the lexicons are Qt resources
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

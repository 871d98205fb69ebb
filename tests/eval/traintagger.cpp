// Trains the entity tagger of core/extract/ (an averaged structured perceptron over the hashed
// features of EntityFeatures, Viterbi-decoded) on the GUM documents of ../shared/eval/gum/
// that are NOT held out (held out: index in name order 3 modulo 4, in news/ and in other/),
// and writes resources/models/entity-tagger.txt. See resources/models/README.md.
//
// Usage: lede_train_tagger [--epochs N] [--min-weight W] [--out FILE] [--dev] [EVAL_DIR]
//
// --dev trains on the tuning documents whose index is not 2 modulo 4 and reports entity F1
// per epoch on those that are (how the epochs and pruning were chosen, without ever looking
// at the held-out documents); it writes that model only with --out, for
// `lede_extract_eval --split dev --model FILE`, which scores the whole pipeline around it.

#include "extract/document.h"
#include "extract/entityfinder.h"
#include "extract/entitymodel.h"
#include "extract/entitytagger.h"
#include "extract/lexicon.h"
#include "extract/zoner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <unordered_map>

using namespace Lede::Core::Extraction;

namespace {

constexpr int K = Bio::kTags;

struct TrainingDoc {
    bool dev = false;
    QString text;
    Document doc;
    std::vector<int> gold;                         // BIO tag per token
    std::vector<std::pair<int, int>> runs;         // candidate runs
    std::vector<std::vector<quint64>> features;    // per token of the runs (others empty)
};

std::vector<int> utf16Offsets(const QString &text)
{
    std::vector<int> map;
    for (int i = 0; i < text.size(); ++i) {
        map.push_back(i);
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            ++i;
    }
    map.push_back(int(text.size()));
    return map;
}

/// Loads a document and runs the pipeline up to the rule-based entities.
bool load(const QString &path, TrainingDoc &out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    out.text = json.value(QStringLiteral("text")).toString();
    const Lexicon &lexicon = Lexicon::instance();
    Document &doc = out.doc;
    doc.text = out.text;
    doc.tokens = lexicon.tokenize(out.text);
    Zoner::split(doc);
    QList<int> starts;
    for (const Paragraph &p : std::as_const(doc.paragraphs))
        starts.append(p.span.start);
    doc.sentences = Tokenizer::sentences(doc.text, doc.tokens, starts);
    Zoner(lexicon).classify(doc);
    EntityFinder(lexicon).run(doc);

    // Gold BIO tags: outermost names win; a name that cuts a token in two is left out.
    struct Gold { int start, end, type; };
    std::vector<Gold> gold;
    const std::vector<int> map = utf16Offsets(out.text);
    for (const QJsonValue &v : json.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject e = v.toObject();
        const int type = Bio::typeIndex(e.value(QStringLiteral("type")).toString());
        const int s = e.value(QStringLiteral("start")).toInt(-1), en = e.value(QStringLiteral("end")).toInt(-1);
        if (type >= 0 && s >= 0 && en > s && size_t(en) < map.size())
            gold.push_back({map[size_t(s)], map[size_t(en)], type});
    }
    std::sort(gold.begin(), gold.end(), [](const Gold &a, const Gold &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    out.gold.assign(size_t(doc.tokens.size()), 0);
    for (const Gold &g : gold) {
        const int first = doc.tokenAt(g.start);
        int last = first;
        while (last < doc.tokens.size() && doc.tokens[last].end <= g.end)
            ++last;
        if (last == first || doc.tokens[first].start != g.start || doc.tokens[last - 1].end != g.end)
            continue;
        bool free = true;
        for (int k = first; k < last; ++k)
            free = free && out.gold[size_t(k)] == 0;
        if (!free)
            continue;
        for (int k = first; k < last; ++k)
            out.gold[size_t(k)] = k == first ? Bio::beginTag(g.type) : Bio::insideTag(g.type);
    }
    return true;
}

/// Names [first, last, type] of a BIO sequence, leaving out NORP and OTHER (not scored).
std::vector<std::array<int, 3>> names(const std::vector<int> &tags, int offset)
{
    std::vector<std::array<int, 3>> out;
    for (int i = 0; i < int(tags.size());) {
        const int type = Bio::typeOfTag(tags[size_t(i)]);
        int e = i + 1;
        while (type >= 0 && e < int(tags.size()) && tags[size_t(e)] == Bio::insideTag(type))
            ++e;
        if (type >= 0 && type != Bio::kOther && type != 4)
            out.push_back({offset + i, offset + e, type});
        i = e;
    }
    return out;
}

/// Weights with the lazy averaging of the averaged perceptron: avg = w - u / c.
struct Weights {
    std::unordered_map<quint64, EntityModel::Row> w, u;
    std::vector<float> tw = std::vector<float>(K * K, 0.f), tu = std::vector<float>(K * K, 0.f);
    float c = 1;

    void update(quint64 f, int tag, float delta)
    {
        w[f][size_t(tag)] += delta;
        u[f][size_t(tag)] += c * delta;
    }
    void updateTransition(int p, int t, float delta)
    {
        tw[size_t(p * K + t)] += delta;
        tu[size_t(p * K + t)] += c * delta;
    }
    /// The averaged weights, those below @p minWeight pruned.
    Weights averaged(float minWeight) const
    {
        Weights a;
        for (const auto &[f, row] : w) {
            const EntityModel::Row &acc = u.at(f);
            EntityModel::Row avg{};
            bool any = false;
            for (int t = 0; t < K; ++t) {
                const float v = row[size_t(t)] - acc[size_t(t)] / c;
                avg[size_t(t)] = std::fabs(v) >= minWeight ? v : 0.f;
                any = any || avg[size_t(t)] != 0.f;
            }
            if (any)
                a.w.emplace(f, avg);
        }
        for (int i = 0; i < K * K; ++i)
            a.tw[size_t(i)] = tw[size_t(i)] - tu[size_t(i)] / c;
        return a;
    }
    void score(const std::vector<quint64> &features, float *out) const
    {
        std::fill(out, out + K, 0.f);
        for (quint64 f : features) {
            const auto it = w.find(f);
            if (it != w.end())
                for (int t = 0; t < K; ++t)
                    out[t] += it->second[size_t(t)];
        }
    }
};

/// Exact entity F1 of @p weights on the dev documents.
double devF1(const std::vector<TrainingDoc> &docs, const Weights &weights)
{
    int gold = 0, predicted = 0, right = 0;
    std::vector<float> emission;
    for (const TrainingDoc &td : docs) {
        if (!td.dev)
            continue;
        std::vector<int> tags(td.gold.size(), 0);
        for (const auto &[first, last] : td.runs) {
            const int n = last - first;
            emission.resize(size_t(n) * K);
            for (int i = 0; i < n; ++i)
                weights.score(td.features[size_t(first + i)], emission.data() + size_t(i) * K);
            viterbi(emission.data(), n, weights.tw.data(), tags.data() + first);
        }
        const auto g = names(td.gold, 0);
        const auto p = names(tags, 0);
        gold += int(g.size());
        predicted += int(p.size());
        for (const auto &x : p)
            right += std::find(g.begin(), g.end(), x) != g.end() ? 1 : 0;
    }
    return gold + predicted ? 2.0 * right / (gold + predicted) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the lexicons are Qt resources
    QString dir = QStringLiteral(LEDE_EVAL_DIR "/gum");
    QString outPath = QStringLiteral(LEDE_MODEL_OUT);
    bool outGiven = false;
    int epochs = 8; // the shipped model's settings, chosen with --dev
    float minWeight = 0.1f;
    bool dev = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--epochs" && i + 1 < args.size())
            epochs = args[++i].toInt();
        else if (args[i] == u"--min-weight" && i + 1 < args.size())
            minWeight = args[++i].toFloat();
        else if (args[i] == u"--dev")
            dev = true;
        else if (args[i] == u"--out" && i + 1 < args.size())
            outPath = args[++i], outGiven = true;
        else
            dir = args[i];
    }

    std::vector<TrainingDoc> docs;
    for (const QString &folder : {QStringLiteral("news"), QStringLiteral("other")}) {
        const QDir d(dir + u'/' + folder);
        const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (int i = 0; i < files.size(); ++i) {
            if (i % 4 == 3)
                continue; // held out: never trained on
            docs.emplace_back();
            docs.back().dev = dev && i % 4 == 2;
            if (!load(d.filePath(files[i]), docs.back())) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(d.filePath(files[i])));
                return 1;
            }
            docs.back().doc.text = docs.back().text; // the view must follow the moved string
        }
    }
    if (docs.empty()) {
        std::fprintf(stderr, "no training documents under %s\n", qPrintable(dir));
        return 1;
    }
    // Re-point every document's view at its own (now stable) string.
    for (TrainingDoc &td : docs)
        td.doc.text = td.text;

    // Lower-case words seen inside names at least twice may be part of one.
    std::map<quint64, int> lowerCount;
    for (const TrainingDoc &td : docs)
        for (int t = 0; t < td.doc.tokens.size() && !td.dev; ++t)
            if (td.gold[size_t(t)] && !EntityFeatures::capitalisedOrNumber(td.doc.tokens[t]))
                ++lowerCount[EntityFeatures::wordKey(td.doc.textOf(td.doc.tokens[t]))];
    std::vector<quint64> lowerKeys;
    for (const auto &[k, n] : lowerCount)
        if (n >= 2)
            lowerKeys.push_back(k);
    EntityModel shape;
    shape.setLowerWords(lowerKeys);

    const EntityFeatures featurizer(Lexicon::instance());
    int tokens = 0, unreachable = 0;
    for (TrainingDoc &td : docs) {
        const FeatureContext ctx = featurizer.context(td.doc);
        td.runs = EntityTagger::candidateRuns(td.doc, shape);
        td.features.assign(size_t(td.doc.tokens.size()), {});
        std::vector<char> inRun(size_t(td.doc.tokens.size()), 0);
        for (const auto &[first, last] : td.runs) {
            for (int t = first; t < last; ++t) {
                featurizer.features(td.doc, ctx, t, td.features[size_t(t)]);
                inRun[size_t(t)] = 1;
            }
            // A run may cut a gold name: its first token then begins the name.
            if (Bio::isInside(td.gold[size_t(first)]))
                td.gold[size_t(first)] -= 1;
        }
        for (size_t t = 0; t < inRun.size(); ++t) {
            tokens += 1;
            if (!inRun[t] && td.gold[t]) {
                ++unreachable;
                td.gold[t] = 0;
            }
        }
    }
    std::printf("%zu training documents, %d tokens, %zu lower-case name words, %d gold tokens outside candidates\n",
                docs.size(), tokens, lowerKeys.size(), unreachable);

    Weights weights;
    std::mt19937 random(20261127);
    std::vector<size_t> order(docs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<float> emission;
    std::vector<int> predicted;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        int errors = 0, total = 0;
        for (size_t di : order) {
            const TrainingDoc &td = docs[di];
            if (td.dev)
                continue;
            for (const auto &[first, last] : td.runs) {
                const int n = last - first;
                emission.resize(size_t(n) * K);
                predicted.resize(size_t(n));
                for (int i = 0; i < n; ++i)
                    weights.score(td.features[size_t(first + i)], emission.data() + size_t(i) * K);
                viterbi(emission.data(), n, weights.tw.data(), predicted.data());
                total += n;
                for (int i = 0; i <= n; ++i) {
                    const int g = i < n ? td.gold[size_t(first + i)] : 0;
                    const int p = i < n ? predicted[size_t(i)] : 0;
                    const int gPrev = i > 0 ? td.gold[size_t(first + i - 1)] : 0;
                    const int pPrev = i > 0 ? predicted[size_t(i - 1)] : 0;
                    if (g != p && i < n) {
                        ++errors;
                        for (quint64 f : td.features[size_t(first + i)]) {
                            weights.update(f, g, 1.f);
                            weights.update(f, p, -1.f);
                        }
                    }
                    if (g != p || gPrev != pPrev) {
                        weights.updateTransition(gPrev, g, 1.f);
                        weights.updateTransition(pPrev, p, -1.f);
                    }
                }
                weights.c += 1;
            }
        }
        std::printf("epoch %d: %d of %d candidate tokens wrong", epoch + 1, errors, total);
        if (dev)
            std::printf("; dev exact F1 %.3f", devF1(docs, weights.averaged(minWeight)));
        std::printf("\n");
        std::fflush(stdout);
    }

    if (dev && !outGiven)
        return 0; // a model that never saw the dev documents is written only where asked
    // Averaged weights, small ones pruned to keep the shipped file small.
    const Weights final = weights.averaged(minWeight);
    std::unordered_map<quint64, EntityModel::Row> rows(final.w.begin(), final.w.end());
    const std::vector<float> &transitions = final.tw;
    const QByteArray model = EntityModel::write(lowerKeys, transitions, rows);
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(model) != model.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(outPath));
        return 1;
    }
    std::printf("wrote %s: %zu features, %lld bytes\n", qPrintable(outPath), rows.size(),
                static_cast<long long>(model.size()));
    return 0;
}

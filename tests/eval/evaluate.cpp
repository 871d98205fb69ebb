// Measures the extractor against the human annotations of ../shared/eval/gum/ (GUM corpus,
// CC BY; see that folder's README). Prints entity, quote and mention-group scores for news/
// and other/, separately for the held-out documents (never used for tuning) and the rest.
//
// Held-out rule: in each folder, the documents whose index in name order is 3 modulo 4.
//
// Usage: lede_extract_eval [--split held-out|tuning|dev|all] [--model FILE] [--folder news|other]
//                          [--errors] [--doc SUBSTRING] [EVAL_DIR]
//
// --split dev scores the tuning documents whose index is 2 modulo 4; with --model the model
// `lede_train_tagger --dev --out FILE` trained without them, so that rules around the tagger
// can be judged on text the tagger has not seen, without looking at held-out documents.

#include "evalscores.h"

#include "extract/entitymodel.h"
#include "extract/entitytagger.h"
#include "extract/extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Lede;
using Lede::Eval::Counts;
using Lede::Eval::Item;

namespace {

const QStringList kEntityTypes = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"),
                                  QStringLiteral("LOC"), QStringLiteral("DATE")};

struct Scores {
    int documents = 0;
    std::map<QString, Counts> exact, overlap; // by type, "all" for the sum
    Counts content, cue, speaker, speakerApposed, scare, groups;
    void add(const Scores &o)
    {
        documents += o.documents;
        for (const auto &[k, v] : o.exact)
            exact[k].add(v);
        for (const auto &[k, v] : o.overlap)
            overlap[k].add(v);
        content.add(o.content);
        cue.add(o.cue);
        speaker.add(o.speaker);
        speakerApposed.add(o.speakerApposed);
        scare.add(o.scare);
        groups.add(o.groups);
    }
};

struct Options {
    QString split = QStringLiteral("all");
    QString folder;
    QString doc;
    bool errors = false;
};

/// Code point offset -> UTF-16 offset, for one text.
std::vector<int> utf16Offsets(const QString &text)
{
    std::vector<int> map;
    map.reserve(size_t(text.size()) + 1);
    for (int i = 0; i < text.size(); ++i) {
        map.push_back(i);
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            ++i;
    }
    map.push_back(int(text.size()));
    return map;
}

int jsonInt(const QJsonValue &v, const std::vector<int> &map)
{
    const int cp = v.toInt(-1);
    return cp < 0 || size_t(cp) >= map.size() ? -1 : map[size_t(cp)];
}

void printErrors(const QString &what, const QString &text, const std::vector<Item> &gold,
                 const std::vector<Item> &pred, const std::vector<int> &matchOfPred)
{
    std::vector<char> goldMatched(gold.size(), 0);
    for (size_t p = 0; p < pred.size(); ++p) {
        if (matchOfPred[p] >= 0) {
            goldMatched[size_t(matchOfPred[p])] = 1;
            const Item &g = gold[size_t(matchOfPred[p])];
            if (g.start != pred[p].start || g.end != pred[p].end)
                std::printf("  %s span  %s: gold \"%s\" pred \"%s\"\n", qPrintable(what), qPrintable(g.type),
                            qPrintable(text.mid(g.start, g.end - g.start)),
                            qPrintable(text.mid(pred[p].start, pred[p].end - pred[p].start)));
        } else {
            std::printf("  %s FP    %s \"%s\"\n", qPrintable(what), qPrintable(pred[p].type),
                        qPrintable(text.mid(pred[p].start, pred[p].end - pred[p].start).left(80)));
        }
    }
    for (size_t g = 0; g < gold.size(); ++g) {
        if (goldMatched[g])
            continue;
        std::printf("  %s FN    %s \"%s\"", qPrintable(what), qPrintable(gold[g].type),
                    qPrintable(text.mid(gold[g].start, gold[g].end - gold[g].start).left(80)));
        if (what == u"cue") // the words around a missed cue say which rule should have found it
            std::printf("  in \"%s[%s]%s\"",
                        qPrintable(text.mid(std::max(0, gold[g].start - 50), std::min(gold[g].start, 50)).simplified()),
                        qPrintable(text.mid(gold[g].start, gold[g].end - gold[g].start)),
                        qPrintable(text.mid(gold[g].end, 60).simplified()));
        std::printf("\n");
    }
}

/// Whether @p pred and @p gold name one speaker through apposition: "Malaysia's Prime
/// Minister, Najib Razak said" and "Tunisia's coach Nabil Maaloul said", where GUM marks the
/// description as the speaker and the extractor links the name beside it. One of the two is
/// a gold person's name, the other a description (no name of its own: not "According to ABC
/// News, Basya ..."), and nothing but a space or a comma lies between them.
bool apposed(const Item &pred, const Item &gold, const std::vector<Item> &goldEntities, QStringView text)
{
    const Item &first = pred.start < gold.start ? pred : gold;
    const Item &second = pred.start < gold.start ? gold : pred;
    if (first.end > second.start || second.start - first.end > 2)
        return false;
    const QStringView gap = text.mid(first.end, second.start - first.end);
    if (!(gap.isEmpty() || gap == u" " || gap == u", " || gap == u","))
        return false;
    auto isName = [&](const Item &span) {
        return std::any_of(goldEntities.begin(), goldEntities.end(),
                           [&](const Item &e) { return e.type == u"PERSON" && e.overlaps(span); });
    };
    auto isDescription = [&](const Item &span) {
        return !isName(span) && std::none_of(goldEntities.begin(), goldEntities.end(), [&](const Item &e) {
            return e.start == span.start && e.end == span.end;
        });
    };
    return (isName(pred) && isDescription(gold)) || (isName(gold) && isDescription(pred));
}

Scores scoreDocument(const Core::Extractor &extractor, const QJsonObject &doc, const Options &opt)
{
    Scores s;
    s.documents = 1;
    const QString text = doc.value(QStringLiteral("text")).toString();
    const std::vector<int> map = utf16Offsets(text);
    const Core::ExtractionResult result = extractor.extract(text);
    QHash<QString, const Core::Annotation *> byId;
    for (const Core::Annotation &a : result.annotations)
        byId.insert(a.id, &a);

    // Entities.
    std::vector<Item> goldEntities, predEntities;
    std::vector<QString> goldIdentity, predEntity;
    for (const QJsonValue &v : doc.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString type = e.value(QStringLiteral("type")).toString();
        if (!kEntityTypes.contains(type))
            continue;
        goldEntities.push_back({jsonInt(e.value(QStringLiteral("start")), map),
                                jsonInt(e.value(QStringLiteral("end")), map), type});
        goldIdentity.push_back(e.value(QStringLiteral("identity")).toString());
    }
    for (const Core::Annotation &a : result.annotations) {
        if (a.layer == Core::Layer::Entity && kEntityTypes.contains(a.label)) {
            predEntities.push_back({a.span.start, a.span.end, a.label});
            predEntity.push_back(a.link(QStringLiteral("entity")));
        }
    }
    for (const QString &type : kEntityTypes) {
        std::vector<Item> g, p;
        for (const Item &i : goldEntities)
            if (i.type == type)
                g.push_back(i);
        for (const Item &i : predEntities)
            if (i.type == type)
                p.push_back(i);
        s.exact[type] = Eval::scoreExact(g, p);
        s.overlap[type] = Eval::scoreOverlap(g, p);
        s.exact[QStringLiteral("all")].add(s.exact[type]);
        s.overlap[QStringLiteral("all")].add(s.overlap[type]);
    }
    std::vector<int> entityMatch;
    Eval::scoreOverlap(goldEntities, predEntities, &entityMatch);
    if (opt.errors)
        printErrors(QStringLiteral("entity"), text, goldEntities, predEntities, entityMatch);

    // Mention groups: over pairs of gold mentions with an identity that both matched a
    // prediction, does "same identity" agree with "same predicted entity"?
    std::vector<std::pair<QString, QString>> matched; // (gold identity, predicted entity)
    for (size_t p = 0; p < entityMatch.size(); ++p)
        if (entityMatch[p] >= 0 && !goldIdentity[size_t(entityMatch[p])].isEmpty() && !predEntity[p].isEmpty())
            matched.push_back({goldIdentity[size_t(entityMatch[p])], predEntity[p]});
    for (size_t i = 0; i < matched.size(); ++i) {
        for (size_t j = i + 1; j < matched.size(); ++j) {
            const bool goldSame = matched[i].first == matched[j].first;
            const bool predSame = matched[i].second == matched[j].second;
            s.groups.gold += goldSame;
            s.groups.predicted += predSame;
            s.groups.tp += goldSame && predSame;
            s.groups.tpGold += goldSame && predSame;
        }
    }

    // Quotes: content by overlap; cue by overlap; speaker on matched quotes.
    std::vector<Item> goldQuotes, predQuotes, goldCues, predCues, goldScare, predScare;
    std::vector<Item> goldSpeakers;
    std::vector<QString> goldSpeakerText;
    for (const QJsonValue &v : doc.value(QStringLiteral("quotes")).toArray()) {
        const QJsonObject q = v.toObject();
        goldQuotes.push_back({jsonInt(q.value(QStringLiteral("start")), map),
                              jsonInt(q.value(QStringLiteral("end")), map), {}});
        goldSpeakers.push_back({jsonInt(q.value(QStringLiteral("speaker_start")), map),
                                jsonInt(q.value(QStringLiteral("speaker_end")), map), {}});
        goldSpeakerText.push_back(q.value(QStringLiteral("speaker")).toString());
        const Item cue{jsonInt(q.value(QStringLiteral("cue_start")), map),
                       jsonInt(q.value(QStringLiteral("cue_end")), map), {}};
        bool seen = cue.start < 0;
        for (const Item &c : goldCues)
            seen = seen || (c.start == cue.start && c.end == cue.end);
        if (!seen)
            goldCues.push_back(cue);
    }
    for (const QJsonValue &v : doc.value(QStringLiteral("scare_quotes")).toArray()) {
        const QJsonObject q = v.toObject();
        goldScare.push_back({jsonInt(q.value(QStringLiteral("start")), map),
                             jsonInt(q.value(QStringLiteral("end")), map), {}});
    }
    std::vector<const Core::Annotation *> predQuoteAnnotations;
    for (const Core::Annotation &a : result.annotations) {
        if (a.layer == Core::Layer::Quote && a.label == u"SCARE") {
            predScare.push_back({a.span.start, a.span.end, {}});
        } else if (a.layer == Core::Layer::Quote) {
            predQuotes.push_back({a.span.start, a.span.end, {}});
            predQuoteAnnotations.push_back(&a);
        } else if (a.layer == Core::Layer::Cue) {
            predCues.push_back({a.span.start, a.span.end, {}});
        }
    }
    std::vector<int> quoteMatch, cueMatch, scareMatch;
    s.content = Eval::scoreOverlap(goldQuotes, predQuotes, &quoteMatch);
    s.cue = Eval::scoreOverlap(goldCues, predCues, &cueMatch);
    s.scare = Eval::scoreOverlap(goldScare, predScare, &scareMatch);
    for (const Item &g : goldSpeakers)
        s.speaker.gold += g.start >= 0 ? 1 : 0;
    s.speakerApposed.gold = s.speaker.gold;
    for (size_t p = 0; p < predQuotes.size(); ++p) {
        const Core::Annotation *q = predQuoteAnnotations[p];
        const Core::Annotation *speaker = byId.value(q->link(QStringLiteral("speaker")));
        const QString speakerText = q->attribute(QStringLiteral("speakerText"));
        const int g = quoteMatch[p];
        if (!speaker && speakerText.isEmpty()) {
            if (opt.errors && g >= 0 && goldSpeakers[size_t(g)].start >= 0)
                std::printf("  speaker FN   : gold \"%s\" for \"%s\"\n", qPrintable(goldSpeakerText[size_t(g)]),
                            qPrintable(text.mid(q->span.start, q->span.length()).left(60)));
            continue;
        }
        ++s.speaker.predicted;
        ++s.speakerApposed.predicted;
        if (g < 0 || goldSpeakers[size_t(g)].start < 0)
            continue;
        const Item &gs = goldSpeakers[size_t(g)];
        const bool byText = !speakerText.isEmpty()
            && goldSpeakerText[size_t(g)].compare(speakerText, Qt::CaseInsensitive) == 0;
        const bool bySpan = speaker && Item{speaker->span.start, speaker->span.end, {}}.overlaps(gs);
        const bool byApposition = speaker && apposed({speaker->span.start, speaker->span.end, {}}, gs, goldEntities, text);
        if (byText || bySpan || byApposition) {
            ++s.speakerApposed.tp;
            ++s.speakerApposed.tpGold;
        }
        if (byText || bySpan) {
            ++s.speaker.tp;
            ++s.speaker.tpGold;
        } else if (opt.errors) {
            std::printf("  speaker %s: gold \"%s\" pred \"%s\" for \"%s\"\n", byApposition ? "apposed" : "wrong  ",
                        qPrintable(goldSpeakerText[size_t(g)]),
                        qPrintable(speaker ? text.mid(speaker->span.start, speaker->span.length()) : speakerText),
                        qPrintable(text.mid(q->span.start, q->span.length()).left(60)));
        }
    }
    if (opt.errors) {
        printErrors(QStringLiteral("quote"), text, goldQuotes, predQuotes, quoteMatch);
        printErrors(QStringLiteral("cue"), text, goldCues, predCues, cueMatch);
        printErrors(QStringLiteral("scare"), text, goldScare, predScare, scareMatch);
    }
    return s;
}

void printCounts(const char *name, const Counts &c)
{
    std::printf("  %-22s P %.3f  R %.3f  F1 %.3f   (pred %d, gold %d)\n", name, c.precision(),
                c.recall(), c.f1(), c.predicted, c.gold);
}

void printScores(const QString &title, const Scores &s)
{
    std::printf("\n== %s: %d documents ==\n", qPrintable(title), s.documents);
    std::printf("  entities (NORP and OTHER not scored)      exact F1   overlap P  overlap R  overlap F1\n");
    QStringList rows = kEntityTypes;
    rows.append(QStringLiteral("all"));
    for (const QString &type : rows) {
        const Counts &e = s.exact.at(type);
        const Counts &o = s.overlap.at(type);
        std::printf("  %-8s gold %4d pred %4d  P %.3f R %.3f   %.3f      %.3f      %.3f      %.3f\n",
                    qPrintable(type), e.gold, e.predicted, e.precision(), e.recall(), e.f1(),
                    o.precision(), o.recall(), o.f1());
    }
    printCounts("quote content (overlap)", s.content);
    printCounts("quote cue", s.cue);
    printCounts("quote speaker", s.speaker);
    printCounts("  same, apposition too", s.speakerApposed);
    printCounts("scare quotes", s.scare);
    printCounts("mention groups (pairs)", s.groups);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options opt;
    QString dir = QStringLiteral(LEDE_EVAL_DIR "/gum");
    QString modelPath;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--split" && i + 1 < args.size())
            opt.split = args[++i];
        else if (args[i] == u"--folder" && i + 1 < args.size())
            opt.folder = args[++i];
        else if (args[i] == u"--doc" && i + 1 < args.size())
            opt.doc = args[++i];
        else if (args[i] == u"--errors")
            opt.errors = true;
        else if (args[i] == u"--model" && i + 1 < args.size())
            modelPath = args[++i];
        else
            dir = args[i];
    }
    Core::Extraction::EntityModel model;
    if (!modelPath.isEmpty()) {
        QFile f(modelPath);
        if (!f.open(QIODevice::ReadOnly) || !model.load(f.readAll())) {
            std::fprintf(stderr, "cannot read an entity model from %s\n", qPrintable(modelPath));
            return 1;
        }
    }
    const Core::Extractor extractor(modelPath.isEmpty() ? Core::Extraction::EntityTagger::bundledModel() : model);
    for (const QString &folder : {QStringLiteral("news"), QStringLiteral("other")}) {
        if (!opt.folder.isEmpty() && opt.folder != folder)
            continue;
        const QDir d(dir + u'/' + folder);
        const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            std::fprintf(stderr, "no evaluation documents in %s\n", qPrintable(d.path()));
            return 1;
        }
        Scores heldOut, tuning;
        for (int i = 0; i < files.size(); ++i) {
            const bool held = i % 4 == 3;
            if ((opt.split == u"held-out" && !held) || (opt.split == u"tuning" && held)
                || (opt.split == u"dev" && i % 4 != 2))
                continue;
            if (!opt.doc.isEmpty() && !files[i].contains(opt.doc))
                continue;
            QFile f(d.filePath(files[i]));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                return 1;
            }
            if (opt.errors)
                std::printf("\n# %s%s\n", qPrintable(files[i]), held ? " (held out)" : "");
            const Scores s = scoreDocument(extractor, QJsonDocument::fromJson(f.readAll()).object(), opt);
            (held ? heldOut : tuning).add(s);
        }
        if (tuning.documents)
            printScores(folder + (opt.split == u"dev" ? QStringLiteral(", dev documents (index % 4 == 2)")
                                                      : QStringLiteral(", tuning documents")),
                        tuning);
        if (heldOut.documents)
            printScores(folder + QStringLiteral(", held-out documents (index % 4 == 3)"), heldOut);
    }
    return 0;
}

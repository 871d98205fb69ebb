#include "exchange/agreement.h"

#include "exchange/simpletokenizer.h"
#include "text/codepointmap.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Lede::Core {
namespace {

struct Item {
    Layer layer;
    QString label;
    Span span; // code points
};

QList<Item> itemsOf(const SidecarData &data)
{
    QList<Item> out;
    for (const StoredAnnotation &s : data.annotations)
        if (s.annotation.isActive() && !s.annotation.isOrphan())
            out.append(Item{s.annotation.layer, s.annotation.label, s.annotation.span});
    std::sort(out.begin(), out.end(), [](const Item &x, const Item &y) {
        return x.span.start != y.span.start ? x.span.start < y.span.start : x.span.end > y.span.end;
    });
    return out;
}

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

QString Disagreement::kindName() const
{
    switch (kind) {
    case OnlyInA:
        return QStringLiteral("only in A");
    case OnlyInB:
        return QStringLiteral("only in B");
    case Label:
        return QStringLiteral("label");
    case Boundary:
        return QStringLiteral("boundary");
    }
    return {};
}

LabelAgreement &AgreementCounter::entry(Layer layer, const QString &label)
{
    for (LabelAgreement &l : m_labels)
        if (l.layer == layer && l.label == label)
            return l;
    m_labels.append(LabelAgreement{layer, label});
    return m_labels.last();
}

void AgreementCounter::addDocument(const QString &name, const QString &text, const SidecarData &a, const SidecarData &b)
{
    ++m_documents;
    const QList<Item> itemsA = itemsOf(a), itemsB = itemsOf(b);
    const CodePointMap map(text);
    auto excerpt = [&](Span cp) {
        return text.mid(map.toUtf16(cp.start), map.toUtf16(cp.end) - map.toUtf16(cp.start));
    };

    for (const Item &x : itemsA)
        ++entry(x.layer, x.label).inA;
    for (const Item &y : itemsB)
        ++entry(y.layer, y.label).inB;

    // Exact matches first, then one-to-one overlaps of the same label among the rest.
    QList<bool> exactA(itemsA.size(), false), exactB(itemsB.size(), false);
    for (qsizetype i = 0; i < itemsA.size(); ++i)
        for (qsizetype j = 0; j < itemsB.size(); ++j)
            if (!exactB[j] && itemsA[i].layer == itemsB[j].layer && itemsA[i].label == itemsB[j].label
                && itemsA[i].span == itemsB[j].span) {
                exactA[i] = exactB[j] = true;
                ++entry(itemsA[i].layer, itemsA[i].label).exact;
                break;
            }
    QList<bool> overlapA = exactA, overlapB = exactB;
    for (qsizetype i = 0; i < itemsA.size(); ++i) {
        if (exactA[i])
            continue;
        for (qsizetype j = 0; j < itemsB.size(); ++j)
            if (!overlapB[j] && itemsA[i].layer == itemsB[j].layer && itemsA[i].label == itemsB[j].label
                && itemsA[i].span.overlaps(itemsB[j].span)) {
                overlapA[i] = overlapB[j] = true;
                Disagreement d{name, Disagreement::Boundary, itemsA[i].layer, itemsA[i].label, itemsB[j].label,
                               itemsA[i].span.start, itemsA[i].span.end, itemsB[j].span.start, itemsB[j].span.end,
                               excerpt(itemsA[i].span), excerpt(itemsB[j].span)};
                m_disagreements.append(d);
                break;
            }
    }
    for (qsizetype i = 0; i < itemsA.size(); ++i)
        if (overlapA[i])
            ++entry(itemsA[i].layer, itemsA[i].label).overlapA;
    for (qsizetype j = 0; j < itemsB.size(); ++j)
        if (overlapB[j])
            ++entry(itemsB[j].layer, itemsB[j].label).overlapB;

    // What is left: the same span with another label, or present on one side only.
    QList<bool> labelB(itemsB.size(), false);
    for (qsizetype i = 0; i < itemsA.size(); ++i) {
        if (overlapA[i])
            continue;
        qsizetype twin = -1;
        for (qsizetype j = 0; j < itemsB.size() && twin < 0; ++j)
            if (!overlapB[j] && !labelB[j] && itemsA[i].layer == itemsB[j].layer && itemsA[i].span == itemsB[j].span)
                twin = j;
        Disagreement d{name, Disagreement::OnlyInA, itemsA[i].layer, itemsA[i].label, QString(), itemsA[i].span.start,
                       itemsA[i].span.end, -1, -1, excerpt(itemsA[i].span), QString()};
        if (twin >= 0) {
            labelB[twin] = true;
            d.kind = Disagreement::Label;
            d.labelB = itemsB[twin].label;
            d.startB = itemsB[twin].span.start;
            d.endB = itemsB[twin].span.end;
            d.textB = d.textA;
        }
        m_disagreements.append(d);
    }
    for (qsizetype j = 0; j < itemsB.size(); ++j)
        if (!overlapB[j] && !labelB[j])
            m_disagreements.append(Disagreement{name, Disagreement::OnlyInB, itemsB[j].layer, QString(), itemsB[j].label,
                                                -1, -1, itemsB[j].span.start, itemsB[j].span.end, QString(),
                                                excerpt(itemsB[j].span)});

    // Token labels per layer, for kappa.
    QSet<int> layers;
    for (const Item &x : itemsA)
        layers.insert(int(x.layer));
    for (const Item &y : itemsB)
        layers.insert(int(y.layer));
    const QList<Span> tokens = SimpleTokenizer::tokens(text);
    auto labelAt = [](const QList<Item> &items, Layer layer, Span token) {
        for (const Item &item : items)
            if (item.layer == layer && item.span.overlaps(token))
                return item.label;
        return QStringLiteral("O");
    };
    for (int layer : layers) {
        Tally &tally = m_tokens[layer];
        for (const Span &t : tokens) {
            const Span cp{map.toCodePoint(t.start), map.toCodePoint(t.end)};
            tally.a.append(labelAt(itemsA, Layer(layer), cp));
            tally.b.append(labelAt(itemsB, Layer(layer), cp));
        }
    }
}

AgreementReport AgreementCounter::report() const
{
    AgreementReport r;
    r.documents = m_documents;
    r.labels = m_labels;
    std::sort(r.labels.begin(), r.labels.end(), [](const LabelAgreement &x, const LabelAgreement &y) {
        return x.layer != y.layer ? x.layer < y.layer : x.label < y.label;
    });
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        const Tally &t = it.value();
        LayerKappa k;
        k.layer = Layer(it.key());
        k.tokens = int(t.a.size());
        if (k.tokens == 0)
            continue;
        QHash<QString, int> countA, countB;
        int same = 0;
        for (qsizetype i = 0; i < t.a.size(); ++i) {
            same += t.a[i] == t.b[i];
            ++countA[t.a[i]];
            ++countB[t.b[i]];
        }
        k.observed = double(same) / k.tokens;
        double expected = 0;
        for (auto c = countA.cbegin(); c != countA.cend(); ++c)
            expected += (double(c.value()) / k.tokens) * (double(countB.value(c.key())) / k.tokens);
        // Both annotators giving every token one and the same label is perfect agreement.
        k.kappa = expected >= 1.0 ? 1.0 : (k.observed - expected) / (1.0 - expected);
        r.kappas.append(k);
    }
    r.disagreements = m_disagreements;
    return r;
}

QString AgreementReport::toText() const
{
    QString out = QStringLiteral("Agreement over %1 article(s); A is the reference, B the candidate.\n\n").arg(documents);
    out += QStringLiteral("%1 %2 %3 %4   %5   %6\n")
               .arg(QStringLiteral("layer"), -8)
               .arg(QStringLiteral("label"), -12)
               .arg(QStringLiteral("A"), 5)
               .arg(QStringLiteral("B"), 5)
               .arg(QStringLiteral("exact P     R     F1   "))
               .arg(QStringLiteral("overlap P   R     F1"));
    for (const LabelAgreement &l : labels) {
        const double ep = l.exactPrecision(), er = l.exactRecall();
        const double op = l.overlapPrecision(), orr = l.overlapRecall();
        out += QStringLiteral("%1 %2 %3 %4   %5 %6 %7   %8 %9 %10\n")
                   .arg(layerName(l.layer), -8)
                   .arg(l.label, -12)
                   .arg(l.inA, 5)
                   .arg(l.inB, 5)
                   .arg(number(ep), number(er), number(LabelAgreement::f1(ep, er)))
                   .arg(number(op), number(orr), number(LabelAgreement::f1(op, orr)));
    }
    out += QStringLiteral("\nCohen's kappa over token labels:\n");
    for (const LayerKappa &k : kappas)
        out += QStringLiteral("  %1 kappa %2 (observed agreement %3 over %4 tokens)\n")
                   .arg(layerName(k.layer), -8)
                   .arg(number(k.kappa), number(k.observed))
                   .arg(k.tokens);
    out += QStringLiteral("\nDisagreements (%1):\n").arg(disagreements.size());
    for (const Disagreement &d : disagreements) {
        out += QStringLiteral("  %1: %2: %3 ").arg(d.document, d.kindName(), layerName(d.layer));
        if (d.kind == Disagreement::OnlyInB)
            out += QStringLiteral("%1 %2-%3 \"%4\"\n").arg(d.labelB).arg(d.startB).arg(d.endB).arg(d.textB.left(60));
        else if (d.kind == Disagreement::OnlyInA)
            out += QStringLiteral("%1 %2-%3 \"%4\"\n").arg(d.labelA).arg(d.startA).arg(d.endA).arg(d.textA.left(60));
        else
            out += QStringLiteral("A %1 %2-%3 \"%4\", B %5 %6-%7 \"%8\"\n")
                       .arg(d.labelA).arg(d.startA).arg(d.endA).arg(d.textA.left(60))
                       .arg(d.labelB).arg(d.startB).arg(d.endB).arg(d.textB.left(60));
    }
    return out;
}

QByteArray AgreementReport::toJson() const
{
    QJsonArray labelArray;
    for (const LabelAgreement &l : labels) {
        const double ep = l.exactPrecision(), er = l.exactRecall();
        const double op = l.overlapPrecision(), orr = l.overlapRecall();
        labelArray.append(QJsonObject{
            {QStringLiteral("layer"), layerName(l.layer)},
            {QStringLiteral("label"), l.label},
            {QStringLiteral("inA"), l.inA},
            {QStringLiteral("inB"), l.inB},
            {QStringLiteral("exact"), QJsonObject{{QStringLiteral("matches"), l.exact},
                                                  {QStringLiteral("precision"), ep},
                                                  {QStringLiteral("recall"), er},
                                                  {QStringLiteral("f1"), LabelAgreement::f1(ep, er)}}},
            {QStringLiteral("overlap"), QJsonObject{{QStringLiteral("precision"), op},
                                                    {QStringLiteral("recall"), orr},
                                                    {QStringLiteral("f1"), LabelAgreement::f1(op, orr)}}}});
    }
    QJsonArray kappaArray;
    for (const LayerKappa &k : kappas)
        kappaArray.append(QJsonObject{{QStringLiteral("layer"), layerName(k.layer)},
                                      {QStringLiteral("tokens"), k.tokens},
                                      {QStringLiteral("observed"), k.observed},
                                      {QStringLiteral("kappa"), k.kappa}});
    QJsonArray disagreementArray;
    for (const Disagreement &d : disagreements) {
        QJsonObject o{{QStringLiteral("document"), d.document},
                      {QStringLiteral("kind"), d.kindName()},
                      {QStringLiteral("layer"), layerName(d.layer)}};
        if (d.startA >= 0)
            o.insert(QStringLiteral("a"), QJsonObject{{QStringLiteral("label"), d.labelA},
                                                      {QStringLiteral("start"), d.startA},
                                                      {QStringLiteral("end"), d.endA},
                                                      {QStringLiteral("text"), d.textA}});
        if (d.startB >= 0)
            o.insert(QStringLiteral("b"), QJsonObject{{QStringLiteral("label"), d.labelB},
                                                      {QStringLiteral("start"), d.startB},
                                                      {QStringLiteral("end"), d.endB},
                                                      {QStringLiteral("text"), d.textB}});
        disagreementArray.append(o);
    }
    const QJsonObject root{{QStringLiteral("documents"), documents},
                           {QStringLiteral("labels"), labelArray},
                           {QStringLiteral("kappa"), kappaArray},
                           {QStringLiteral("disagreements"), disagreementArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Lede::Core

#pragma once

#include "io/sidecarformat.h"
#include "model/annotation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lede::Core {

/// How far two annotators agree on one layer and label. A is the reference (the analyst's
/// corrected version, say) and B the candidate (another analyst, or the extractor).
struct LabelAgreement {
    Layer layer = Layer::Entity;
    QString label;
    int inA = 0;
    int inB = 0;
    int exact = 0;           // same span and label
    int overlapA = 0;        // A annotations with an overlapping B of the same label (one to one)
    int overlapB = 0;        // and B annotations with an overlapping A

    double exactPrecision() const { return inB ? double(exact) / inB : 1.0; }
    double exactRecall() const { return inA ? double(exact) / inA : 1.0; }
    double overlapPrecision() const { return inB ? double(overlapB) / inB : 1.0; }
    double overlapRecall() const { return inA ? double(overlapA) / inA : 1.0; }
    static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
};

/// Cohen's kappa of one layer over the tokens of all compared articles: each token is labelled
/// with the label of the first annotation of that layer covering it, or "O".
struct LayerKappa {
    Layer layer = Layer::Entity;
    int tokens = 0;
    double observed = 0;  // share of tokens with the same label
    double kappa = 0;
};

/// One place where A and B differ. Offsets are code points of the article.
struct Disagreement {
    enum Kind { OnlyInA, OnlyInB, Label, Boundary };
    QString document;
    Kind kind = OnlyInA;
    Layer layer = Layer::Entity;
    QString labelA, labelB;
    int startA = -1, endA = -1, startB = -1, endB = -1;
    QString textA, textB;

    QString kindName() const;
};

struct AgreementReport {
    int documents = 0;
    QList<LabelAgreement> labels; // by layer, then label
    QList<LayerKappa> kappas;     // by layer
    QList<Disagreement> disagreements;

    QString toText() const;
    QByteArray toJson() const;
};

/// Accumulates agreement over one or more articles, each given as the article text and the
/// two sidecars' contents (offsets in code points of that text). Rejected suggestions and
/// orphans count as absent.
class AgreementCounter
{
public:
    void addDocument(const QString &name, const QString &text, const SidecarData &a, const SidecarData &b);
    AgreementReport report() const;

private:
    struct Tally {
        QList<QString> a, b; // per token label, per layer
    };
    QList<LabelAgreement> m_labels;
    QList<Disagreement> m_disagreements;
    QMap<int, Tally> m_tokens; // layer -> token labels
    int m_documents = 0;

    LabelAgreement &entry(Layer layer, const QString &label);
};

} // namespace Lede::Core

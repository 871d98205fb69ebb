#pragma once

#include <QString>

#include <vector>

namespace Lede::Eval {

/// A span in UTF-16 units with a type (for quotes: empty).
struct Item {
    int start = 0;
    int end = 0;
    QString type;
    bool overlaps(const Item &o) const { return start < o.end && o.start < end; }
};

/// True positives and counts, summed over documents.
struct Counts {
    int tp = 0;     // for precision (matched predictions)
    int tpGold = 0; // for recall (matched gold items)
    int predicted = 0;
    int gold = 0;
    void add(const Counts &o)
    {
        tp += o.tp;
        tpGold += o.tpGold;
        predicted += o.predicted;
        gold += o.gold;
    }
    double precision() const { return predicted ? double(tp) / predicted : 0.0; }
    double recall() const { return gold ? double(tpGold) / gold : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

/// Exact matching: same start, end and type.
Counts scoreExact(const std::vector<Item> &gold, const std::vector<Item> &pred);
/// Overlap matching, one to one, same type (types ignored when both are empty). Returns the
/// matches (gold index per prediction, -1 if none) through @p matchOfPred when given.
Counts scoreOverlap(const std::vector<Item> &gold, const std::vector<Item> &pred,
                    std::vector<int> *matchOfPred = nullptr);

} // namespace Lede::Eval

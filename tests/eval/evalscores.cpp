#include "evalscores.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace Lede::Eval {

Counts scoreExact(const std::vector<Item> &gold, const std::vector<Item> &pred)
{
    std::multiset<std::tuple<int, int, QString>> g;
    for (const Item &i : gold)
        g.insert({i.start, i.end, i.type});
    Counts c;
    c.gold = int(gold.size());
    c.predicted = int(pred.size());
    for (const Item &p : pred) {
        const auto it = g.find({p.start, p.end, p.type});
        if (it != g.end()) {
            g.erase(it);
            ++c.tp;
        }
    }
    c.tpGold = c.tp;
    return c;
}

Counts scoreOverlap(const std::vector<Item> &gold, const std::vector<Item> &pred,
                    std::vector<int> *matchOfPred)
{
    Counts c;
    c.gold = int(gold.size());
    c.predicted = int(pred.size());
    std::vector<char> goldUsed(gold.size(), 0);
    if (matchOfPred)
        matchOfPred->assign(pred.size(), -1);
    // Greedy: each prediction takes the unused gold item it overlaps most.
    for (size_t p = 0; p < pred.size(); ++p) {
        int best = -1, bestOverlap = 0;
        for (size_t g = 0; g < gold.size(); ++g) {
            if (goldUsed[g] || gold[g].type != pred[p].type || !gold[g].overlaps(pred[p]))
                continue;
            const int overlap = std::min(gold[g].end, pred[p].end) - std::max(gold[g].start, pred[p].start);
            if (overlap > bestOverlap) {
                best = int(g);
                bestOverlap = overlap;
            }
        }
        if (best >= 0) {
            goldUsed[size_t(best)] = 1;
            ++c.tp;
            ++c.tpGold;
            if (matchOfPred)
                (*matchOfPred)[p] = best;
        }
    }
    return c;
}

} // namespace Lede::Eval

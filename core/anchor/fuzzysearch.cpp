#include "anchor/fuzzysearch.h"

#include <QList>

#include <algorithm>
#include <cstdlib>

namespace Lede::Core {

int editDistance(QStringView a, QStringView b)
{
    if (a.isEmpty())
        return int(b.size());
    if (b.isEmpty())
        return int(a.size());
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

double similarity(QStringView a, QStringView b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    return 1.0 - double(editDistance(a, b)) / double(longer);
}

std::optional<ApproximateMatch> findApproximate(QStringView text, Span window, QStringView pattern,
                                                int maxDistance, int expectedStart)
{
    window.start = std::max(0, window.start);
    window.end = std::min(int(text.size()), window.end);
    const qsizetype m = pattern.size();
    if (m == 0 || window.isEmpty())
        return std::nullopt;

    // Forward pass: column[i] is the distance between pattern[0, i) and the best substring of
    // the window ending at the current text position; a match may start anywhere (row 0 is 0).
    QList<int> column(m + 1);
    for (qsizetype i = 0; i <= m; ++i)
        column[i] = int(i);
    int bestDistance = maxDistance + 1;
    QList<int> bestEnds;
    for (int j = window.start; j < window.end; ++j) {
        int diagonal = column[0];
        column[0] = 0;
        const QChar c = text[j];
        for (qsizetype i = 1; i <= m; ++i) {
            const int above = column[i];
            column[i] = std::min({above + 1, column[i - 1] + 1, diagonal + (pattern[i - 1] == c ? 0 : 1)});
            diagonal = above;
        }
        if (column[m] < bestDistance) {
            bestDistance = column[m];
            bestEnds = {j + 1};
        } else if (column[m] == bestDistance) {
            bestEnds.append(j + 1);
        }
    }
    if (bestDistance > maxDistance)
        return std::nullopt;

    // Backward pass from each best end: the match is anchored at its end and free at its
    // start; the shortest start distance wins, then the start nearest the expectation.
    std::optional<ApproximateMatch> best;
    const int expectedEnd = expectedStart + int(m);
    std::sort(bestEnds.begin(), bestEnds.end(), [&](int a, int b) {
        return std::abs(a - expectedEnd) < std::abs(b - expectedEnd);
    });
    if (bestEnds.size() > 8)
        bestEnds.resize(8);
    for (int end : bestEnds) {
        for (qsizetype i = 0; i <= m; ++i)
            column[i] = int(i);
        int startOfBest = end;
        int distanceOfBest = column[m];
        for (int j = end - 1; j >= window.start && end - j <= 2 * m + maxDistance; --j) {
            int diagonal = column[0];
            column[0] = end - j;
            const QChar c = text[j];
            for (qsizetype i = 1; i <= m; ++i) {
                const int above = column[i];
                column[i] = std::min({above + 1, column[i - 1] + 1,
                                      diagonal + (pattern[m - i] == c ? 0 : 1)});
                diagonal = above;
            }
            if (column[m] < distanceOfBest
                || (column[m] == distanceOfBest
                    && std::abs(j - expectedStart) < std::abs(startOfBest - expectedStart))) {
                distanceOfBest = column[m];
                startOfBest = j;
            }
        }
        const ApproximateMatch candidate{Span{startOfBest, end}, distanceOfBest};
        if (!best || candidate.distance < best->distance
            || (candidate.distance == best->distance
                && std::abs(candidate.span.start - expectedStart) < std::abs(best->span.start - expectedStart)))
            best = candidate;
    }
    return best;
}

} // namespace Lede::Core

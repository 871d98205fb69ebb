#include "extract/entitymodel.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace Lede::Core::Extraction {

namespace {

constexpr float kForbidden = -std::numeric_limits<float>::infinity();

size_t tableSize(size_t count)
{
    size_t size = 16;
    while (size < count * 2)
        size <<= 1;
    return size;
}

size_t slotOf(quint64 key, size_t size)
{
    return size_t(key ^ (key >> 29)) & (size - 1);
}

void insertKey(std::vector<quint64> &table, quint64 key)
{
    size_t slot = slotOf(key, table.size());
    while (table[slot] != 0 && table[slot] != key)
        slot = (slot + 1) & (table.size() - 1);
    table[slot] = key;
}

bool containsKey(const std::vector<quint64> &table, quint64 key)
{
    if (table.empty())
        return false;
    size_t slot = slotOf(key, table.size());
    while (table[slot] != 0) {
        if (table[slot] == key)
            return true;
        slot = (slot + 1) & (table.size() - 1);
    }
    return false;
}

// A hand-rolled line reader: the model has tens of thousands of lines and is parsed once.
class Lines
{
public:
    explicit Lines(const QByteArray &data) : m_p(data.constData()), m_end(m_p + data.size()) {}
    bool next(QByteArrayView &line)
    {
        if (m_p >= m_end)
            return false;
        const char *e = static_cast<const char *>(memchr(m_p, '\n', size_t(m_end - m_p)));
        if (!e)
            e = m_end;
        line = QByteArrayView(m_p, e - m_p);
        m_p = e + 1;
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ')
            ++i;
        const qsizetype s = i;
        while (i < line.size() && line[i] != ' ')
            ++i;
        if (i > s)
            out.append(line.sliced(s, i - s));
    }
    return out;
}

} // namespace

bool EntityModel::load(const QByteArray &data)
{
    *this = EntityModel();
    Lines lines(data);
    QByteArrayView line;
    if (!lines.next(line) || !line.startsWith("lede-entity-tagger 1"))
        return false;
    bool ok = true;
    while (ok && lines.next(line)) {
        const QList<QByteArrayView> head = fields(line);
        if (head.isEmpty())
            continue;
        if (head[0] == "lower" && head.size() == 2) {
            const qsizetype count = head[1].toLongLong(&ok);
            m_lower.assign(tableSize(size_t(count)), 0);
            for (qsizetype i = 0; ok && i < count && lines.next(line); ++i)
                insertKey(m_lower, line.trimmed().toULongLong(&ok, 16));
        } else if (head[0] == "trans") {
            for (int p = 0; ok && p < Bio::kTags && lines.next(line); ++p) {
                const QList<QByteArrayView> w = fields(line);
                ok = w.size() == Bio::kTags;
                for (int t = 0; ok && t < Bio::kTags; ++t)
                    m_transitions[size_t(p * Bio::kTags + t)] = w[t].toFloat(&ok);
            }
        } else if (head[0] == "features" && head.size() == 2) {
            const qsizetype count = head[1].toLongLong(&ok);
            m_slots.assign(tableSize(size_t(count)), Slot());
            m_rows.reserve(size_t(count));
            for (qsizetype i = 0; ok && i < count && lines.next(line); ++i) {
                const QList<QByteArrayView> f = fields(line);
                ok = !f.isEmpty();
                if (!ok)
                    break;
                PaddedRow row{};
                for (qsizetype k = 1; ok && k < f.size(); ++k) {
                    const qsizetype colon = f[k].indexOf(':');
                    const int tag = colon > 0 ? f[k].first(colon).toInt(&ok) : -1;
                    ok = ok && tag >= 0 && tag < Bio::kTags;
                    if (ok)
                        row[size_t(tag)] = f[k].sliced(colon + 1).toFloat(&ok);
                }
                const quint64 key = f[0].toULongLong(&ok, 16);
                size_t slot = slotOf(key, m_slots.size());
                while (m_slots[slot].key != 0 && m_slots[slot].key != key)
                    slot = (slot + 1) & (m_slots.size() - 1);
                m_slots[slot] = {key, qint64(m_rows.size())};
                m_rows.push_back(row);
            }
        } else {
            ok = false;
        }
    }
    if (!ok)
        *this = EntityModel();
    m_masked.resize(m_transitions.size());
    maskTransitions(m_transitions.data(), m_masked.data());
    return ok && !m_rows.empty();
}

void EntityModel::setLowerWords(const std::vector<quint64> &keys)
{
    m_lower.assign(tableSize(keys.size()), 0);
    for (quint64 k : keys)
        insertKey(m_lower, k);
}

bool EntityModel::candidate(const Document &doc, int t) const
{
    const Token &tok = doc.tokens[t];
    if (tok.is(Possessive))
        return false;
    if (EntityFeatures::capitalisedOrNumber(tok))
        return true;
    return containsKey(m_lower, EntityFeatures::wordKey(doc.textOf(tok)));
}

const EntityModel::PaddedRow *EntityModel::find(quint64 key) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = slotOf(key, m_slots.size());; slot = (slot + 1) & mask) {
        const Slot &s = m_slots[slot];
        if (s.key == 0)
            return nullptr;
        if (s.key == key)
            return &m_rows[size_t(s.row)];
    }
}

void EntityModel::score(const std::vector<quint64> &features, float *out) const
{
    // Four lanes of four floats: each tag's sum is still added feature by feature, in
    // feature order, so the result is bit for bit that of a scalar loop.
    using Lanes = float __attribute__((vector_size(16)));
    Lanes sum[4] = {};
    auto add = [&sum](const PaddedRow *row) {
        Lanes v[4];
        std::memcpy(v, row->data(), sizeof v);
        for (int k = 0; k < 4; ++k)
            sum[k] += v[k];
    };
    if (!m_slots.empty()) {
        // The table is larger than the caches: ask for every feature's slot first, so that
        // the misses overlap instead of queueing one after another.
        for (quint64 f : features)
            __builtin_prefetch(&m_slots[slotOf(f, m_slots.size())]);
        const PaddedRow *rows[128];
        size_t found = 0;
        for (quint64 f : features) {
            if (const PaddedRow *row = find(f)) {
                if (found == std::size(rows)) {
                    for (const PaddedRow *r : rows)
                        add(r);
                    found = 0;
                }
                __builtin_prefetch(row);
                rows[found++] = row;
            }
        }
        for (size_t i = 0; i < found; ++i)
            add(rows[i]);
    }
    float all[16];
    std::memcpy(all, sum, sizeof all);
    std::copy(all, all + Bio::kTags, out);
}

void EntityModel::decode(const float *emission, int n, int *tags) const
{
    if (m_masked.empty())
        viterbi(emission, n, m_transitions.data(), tags);
    else
        viterbiMasked(emission, n, m_masked.data(), tags);
}

QByteArray EntityModel::write(const std::vector<quint64> &lowerKeys,
                              const std::vector<float> &transitions,
                              const std::unordered_map<quint64, Row> &rows)
{
    QByteArray out = "lede-entity-tagger 1\n";
    out += "lower " + QByteArray::number(qsizetype(lowerKeys.size())) + '\n';
    for (quint64 k : lowerKeys)
        out += QByteArray::number(k, 16) + '\n';
    out += "trans\n";
    for (int p = 0; p < Bio::kTags; ++p) {
        for (int t = 0; t < Bio::kTags; ++t)
            out += (t ? " " : "") + QByteArray::number(transitions[size_t(p * Bio::kTags + t)], 'g', 4);
        out += '\n';
    }
    // Sorted by key, so that retraining on the same data gives the same file.
    std::vector<quint64> keys;
    keys.reserve(rows.size());
    for (const auto &[k, row] : rows)
        keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    out += "features " + QByteArray::number(qsizetype(keys.size())) + '\n';
    for (quint64 k : keys) {
        out += QByteArray::number(k, 16);
        const Row &row = rows.at(k);
        for (int t = 0; t < Bio::kTags; ++t)
            if (row[size_t(t)] != 0.f)
                out += ' ' + QByteArray::number(t) + ':' + QByteArray::number(row[size_t(t)], 'g', 3);
        out += '\n';
    }
    return out;
}

void maskTransitions(const float *transitions, float *masked)
{
    constexpr int K = Bio::kTags;
    for (int p = 0; p < K; ++p)
        for (int t = 0; t < K; ++t)
            masked[p * K + t] = Bio::allowed(p, t) ? transitions[p * K + t] : kForbidden;
}

void viterbi(const float *emission, int n, const float *transitions, int *tags)
{
    // Forbidden transitions folded into the matrix, so the inner loop has no branches.
    float masked[Bio::kTags * Bio::kTags];
    maskTransitions(transitions, masked);
    viterbiMasked(emission, n, masked, tags);
}

void viterbiMasked(const float *emission, int n, const float *trans, int *tags)
{
    constexpr int K = Bio::kTags;
    if (n <= 0)
        return;
    thread_local std::vector<float> score;
    thread_local std::vector<quint8> back;
    score.resize(size_t(n) * K);
    back.resize(size_t(n) * K);
    for (int t = 0; t < K; ++t)
        score[size_t(t)] = trans[t] + emission[t];
    for (int i = 1; i < n; ++i) {
        const float *prev = score.data() + size_t(i - 1) * K;
        float *cur = score.data() + size_t(i) * K;
        quint8 *from = back.data() + size_t(i) * K;
        for (int t = 0; t < K; ++t) {
            // I-x can only follow B-x (t - 1) or I-x (t): two candidates instead of K.
            const bool inside = Bio::isInside(t);
            int p = inside ? t - 1 : 0;
            const int end = inside ? t + 1 : K;
            float best = prev[p] + trans[p * K + t];
            int arg = p;
            for (++p; p < end; ++p) {
                const float s = prev[p] + trans[p * K + t];
                if (s > best) {
                    best = s;
                    arg = p;
                }
            }
            cur[t] = best + emission[size_t(i) * K + size_t(t)];
            from[t] = quint8(arg);
        }
    }
    const float *last = score.data() + size_t(n - 1) * K;
    float best = kForbidden;
    int arg = 0;
    for (int t = 0; t < K; ++t) {
        const float s = last[t] + trans[t * K]; // then O
        if (s > best) {
            best = s;
            arg = t;
        }
    }
    for (int i = n - 1; i >= 0; --i) {
        tags[i] = arg;
        arg = back[size_t(i) * K + size_t(arg)];
    }
}

} // namespace Lede::Core::Extraction

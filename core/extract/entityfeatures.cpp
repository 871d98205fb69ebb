#include "extract/entityfeatures.h"

namespace Lede::Core::Extraction {

namespace {

constexpr quint64 kOffset = 14695981039346656037ull;
constexpr quint64 kPrime = 1099511628211ull;

// Template ids: each feature hash starts from its template, so that the same word read by two
// templates gives two features.
enum Template : quint64 {
    TBias = 1, TWord, TWordPrev, TWordNext, TWordPrev2, TWordNext2, TShape, TShapePrev,
    TShapeNext, TPrefix, TSuffix3, TSuffix2, TFlag, TFlagPrev, TFlagNext, TGazetteer,
    TGazetteerPrev, TGazetteerNext, TRule, TRulePrev, TRuleNext, TZone, TStartShape,
    TShapeWordPrev, TBigram, TWordNextShape, TLength,
};

inline char16_t fold(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    if (c == u'’')
        return u'\'';
    return QChar(c).toLower().unicode();
}

inline quint64 mix(quint64 h, quint64 v)
{
    h ^= v;
    return h * kPrime;
}

inline quint64 start(quint64 tmpl)
{
    return mix(kOffset, tmpl);
}

quint64 hashFolded(quint64 h, QStringView s)
{
    for (QChar c : s)
        h = mix(h, fold(c.unicode()));
    return h;
}

// Word shape: X upper, x lower, d digit, other characters as they are; runs longer than two
// collapse ("Xxxxx" -> "Xxx"... kept as "Xxx"), at most 8 symbols.
quint64 hashShape(quint64 h, QStringView s)
{
    char16_t last = 0;
    int run = 0, n = 0;
    for (QChar c : s) {
        char16_t k;
        if (c.isUpper() || c.isTitleCase())
            k = u'X';
        else if (c.isLower())
            k = u'x';
        else if (c.isDigit())
            k = u'd';
        else if (c.isLetter())
            k = u'l';
        else
            k = c.unicode();
        run = k == last ? run + 1 : 1;
        last = k;
        if (run > 2)
            continue;
        h = mix(h, k);
        if (++n >= 8)
            break;
    }
    return h;
}

int zoneCode(const QString &zone)
{
    static const char16_t *const zones[] = {u"BODY", u"HEADLINE", u"STANDFIRST", u"DATELINE",
                                            u"BYLINE", u"CAPTION", u"CREDIT", u"BOILERPLATE"};
    for (int i = 0; i < int(std::size(zones)); ++i)
        if (zone == QStringView(zones[i]))
            return i + 1;
    return 0;
}

constexpr quint32 kGazetteerKinds = kindBit(PhraseKind::Country) | kindBit(PhraseKind::City)
    | kindBit(PhraseKind::State) | kindBit(PhraseKind::Region) | kindBit(PhraseKind::Nationality)
    | kindBit(PhraseKind::Organisation) | kindBit(PhraseKind::Outlet) | kindBit(PhraseKind::Title);

} // namespace

namespace Bio {

const QString &typeName(int type)
{
    static const QString names[kTypes] = {QStringLiteral("PERSON"), QStringLiteral("ORG"),
                                          QStringLiteral("GPE"),    QStringLiteral("LOC"),
                                          QStringLiteral("NORP"),   QStringLiteral("DATE"),
                                          QStringLiteral("OTHER")};
    static const QString none;
    return type >= 0 && type < kTypes ? names[type] : none;
}

int typeIndex(QStringView name)
{
    for (int i = 0; i < kTypes; ++i)
        if (typeName(i) == name)
            return i;
    return -1;
}

} // namespace Bio

quint64 EntityFeatures::wordKey(QStringView word)
{
    return hashFolded(start(TWord), word);
}

FeatureContext EntityFeatures::context(const Document &doc) const
{
    const int n = int(doc.tokens.size());
    FeatureContext ctx;
    ctx.gazetteer.assign(size_t(n), 0);
    ctx.ruleTag.assign(size_t(n), 0);
    ctx.sentenceStart.assign(size_t(n), 0);
    ctx.zone.assign(size_t(n), 0);
    for (int t = 0; t < n;) {
        const Token &tok = doc.tokens[t];
        if (!tok.is(Word) || !capitalisedOrNumber(tok)) {
            // Gazetteer names start with a capital ("the Hague" is matched from "Hague").
            ++t;
            continue;
        }
        const Lexicon::Match m = m_lexicon.longestMatch(doc.tokens, t, n, kGazetteerKinds);
        if (!m.length) {
            ++t;
            continue;
        }
        for (int k = 0; k < m.length; ++k)
            ctx.gazetteer[size_t(t + k)] = quint8(1 + 2 * int(m.kind) + (k > 0 ? 1 : 0));
        t += m.length;
    }
    for (const Mention &m : doc.mentions) {
        const int type = Bio::typeIndex(m.type);
        if (type < 0 || m.first < 0 || m.last > n)
            continue;
        for (int k = m.first; k < m.last; ++k)
            ctx.ruleTag[size_t(k)] = quint8(k == m.first ? Bio::beginTag(type) : Bio::insideTag(type));
    }
    for (const Sentence &s : doc.sentences)
        if (s.first < n)
            ctx.sentenceStart[size_t(s.first)] = 1;
    for (const Paragraph &p : doc.paragraphs) {
        const quint8 code = quint8(zoneCode(p.zone));
        for (int k = p.firstToken; k < p.lastToken && k < n; ++k)
            ctx.zone[size_t(k)] = code;
    }
    return ctx;
}

void EntityFeatures::features(const Document &doc, const FeatureContext &ctx, int t,
                              std::vector<quint64> &out) const
{
    const int n = int(doc.tokens.size());
    auto text = [&](int k) -> QStringView {
        if (k < 0)
            return u"<s>";
        if (k >= n)
            return u"</s>";
        return doc.textOf(doc.tokens[k]);
    };
    auto flagBits = [&](quint64 tmpl, int k) {
        if (k < 0 || k >= n)
            return;
        const quint32 f = m_lexicon.flags(doc.tokens[k].word);
        for (quint32 bit = 0; bit < 17; ++bit)
            if (f & (1u << bit))
                out.push_back(mix(start(tmpl), bit));
    };
    auto small = [&](quint64 tmpl, quint64 value) { out.push_back(mix(start(tmpl), value + 1)); };

    const QStringView w = text(t);
    const QStringView prev = text(t - 1);
    const QStringView next = text(t + 1);
    out.push_back(start(TBias));
    out.push_back(hashFolded(start(TWord), w));
    out.push_back(hashFolded(start(TWordPrev), prev));
    out.push_back(hashFolded(start(TWordNext), next));
    out.push_back(hashFolded(start(TWordPrev2), text(t - 2)));
    out.push_back(hashFolded(start(TWordNext2), text(t + 2)));
    const quint64 shape = hashShape(start(TShape), w);
    out.push_back(shape);
    out.push_back(hashShape(start(TShapePrev), prev));
    out.push_back(hashShape(start(TShapeNext), next));
    out.push_back(hashFolded(start(TPrefix), w.left(3)));
    out.push_back(hashFolded(start(TSuffix3), w.right(3)));
    out.push_back(hashFolded(start(TSuffix2), w.right(2)));
    out.push_back(hashFolded(hashFolded(start(TBigram), prev), w));
    out.push_back(hashFolded(mix(shape, TShapeWordPrev), prev));
    out.push_back(hashShape(hashFolded(start(TWordNextShape), next), w));
    small(TLength, std::min<qsizetype>(w.size(), 8));
    flagBits(TFlag, t);
    flagBits(TFlagPrev, t - 1);
    flagBits(TFlagNext, t + 1);
    small(TGazetteer, ctx.gazetteer[size_t(t)]);
    small(TGazetteerPrev, t > 0 ? ctx.gazetteer[size_t(t - 1)] : 255);
    small(TGazetteerNext, t + 1 < n ? ctx.gazetteer[size_t(t + 1)] : 255);
    small(TRule, ctx.ruleTag[size_t(t)]);
    small(TRulePrev, t > 0 ? ctx.ruleTag[size_t(t - 1)] : 255);
    small(TRuleNext, t + 1 < n ? ctx.ruleTag[size_t(t + 1)] : 255);
    small(TZone, ctx.zone[size_t(t)]);
    out.push_back(mix(mix(shape, TStartShape), ctx.sentenceStart[size_t(t)]));
}

} // namespace Lede::Core::Extraction

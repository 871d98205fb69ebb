#include "extract/entityfeatures.h"

#include <string_view>

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
// The shape symbols of @p s into @p out; returns how many (at most 8).
int shapeOf(QStringView s, std::array<char16_t, 8> &out)
{
    char16_t last = 0;
    int run = 0, n = 0;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        char16_t k;
        if (u < 128) // no Unicode tables for ASCII, which most text is
            k = (u >= u'A' && u <= u'Z') ? u'X' : (u >= u'a' && u <= u'z') ? u'x' : (u >= u'0' && u <= u'9') ? u'd' : u;
        else if (c.isUpper() || c.isTitleCase())
            k = u'X';
        else if (c.isLower())
            k = u'x';
        else if (c.isDigit())
            k = u'd';
        else if (c.isLetter())
            k = u'l';
        else
            k = u;
        run = k == last ? run + 1 : 1;
        last = k;
        if (run > 2)
            continue;
        out[size_t(n)] = k;
        if (++n >= 8)
            break;
    }
    return n;
}

quint64 hashSymbols(quint64 h, const char16_t *symbols, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i)
        h = mix(h, symbols[i]);
    return h;
}

quint64 hashShape(quint64 h, QStringView s)
{
    std::array<char16_t, 8> symbols;
    return hashSymbols(h, symbols.data(), shapeOf(s, symbols));
}

int zoneCode(const QString &zone)
{
    static constexpr QStringView zones[] = {u"BODY", u"HEADLINE", u"STANDFIRST", u"DATELINE",
                                            u"BYLINE", u"CAPTION", u"CREDIT", u"BOILERPLATE"};
    for (int i = 0; i < int(std::size(zones)); ++i)
        if (zone == zones[i])
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
    ctx.folded.resize(size_t(doc.text.size()));
    for (qsizetype i = 0; i < doc.text.size(); ++i)
        ctx.folded[size_t(i)] = fold(doc.text[i].unicode());
    ctx.shape.resize(size_t(n));
    ctx.shapeLength.resize(size_t(n));
    for (int t = 0; t < n; ++t)
        ctx.shapeLength[size_t(t)] = quint8(shapeOf(doc.textOf(doc.tokens[t]), ctx.shape[size_t(t)]));
    return ctx;
}

void EntityFeatures::features(const Document &doc, const FeatureContext &ctx, int t,
                              std::vector<quint64> &out) const
{
    const int n = int(doc.tokens.size());
    // A token's folded text and shape come from the context; the sentence boundaries
    // outside the text are hashed as the strings "<s>" and "</s>".
    auto folded = [&](int k) -> std::u16string_view {
        if (k < 0)
            return u"<s>";
        if (k >= n)
            return u"</s>";
        const Token &tok = doc.tokens[k];
        return {ctx.folded.data() + tok.start, size_t(tok.end - tok.start)};
    };
    auto word = [&](quint64 h, int k) {
        for (char16_t c : folded(k))
            h = mix(h, c);
        return h;
    };
    auto shapeHash = [&](quint64 h, int k) {
        if (k < 0)
            return hashShape(h, u"<s>");
        if (k >= n)
            return hashShape(h, u"</s>");
        return hashSymbols(h, ctx.shape[size_t(k)].data(), ctx.shapeLength[size_t(k)]);
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

    const std::u16string_view w = folded(t);
    auto part = [&](quint64 h, std::u16string_view s) {
        for (char16_t c : s)
            h = mix(h, c);
        return h;
    };
    out.push_back(start(TBias));
    out.push_back(word(start(TWord), t));
    out.push_back(word(start(TWordPrev), t - 1));
    out.push_back(word(start(TWordNext), t + 1));
    out.push_back(word(start(TWordPrev2), t - 2));
    out.push_back(word(start(TWordNext2), t + 2));
    const quint64 shape = shapeHash(start(TShape), t);
    out.push_back(shape);
    out.push_back(shapeHash(start(TShapePrev), t - 1));
    out.push_back(shapeHash(start(TShapeNext), t + 1));
    out.push_back(part(start(TPrefix), w.substr(0, 3)));
    out.push_back(part(start(TSuffix3), w.substr(w.size() - std::min<size_t>(w.size(), 3))));
    out.push_back(part(start(TSuffix2), w.substr(w.size() - std::min<size_t>(w.size(), 2))));
    out.push_back(word(word(start(TBigram), t - 1), t));
    out.push_back(word(mix(shape, TShapeWordPrev), t - 1));
    out.push_back(shapeHash(word(start(TWordNextShape), t + 1), t));
    small(TLength, std::min<qsizetype>(qsizetype(w.size()), 8));
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

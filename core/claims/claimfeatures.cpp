#include "claims/claimfeatures.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace Lede::Core::Claims {

namespace {

/// Answers "is this span inside one of the annotations?" in O(log n): the annotations' spans
/// sorted by start, with the largest end among those starting at or before each one. A
/// sentence with thousands of cues (a paragraph without punctuation) so stays linear.
class Cover
{
public:
    explicit Cover(const QList<const Annotation *> &annotations, QStringView label = {})
    {
        for (const Annotation *a : annotations)
            if (label.isEmpty() || a->label == label)
                m_spans.push_back({a->span.start, a->span.end});
        std::sort(m_spans.begin(), m_spans.end(),
                  [](const std::pair<int, int> &a, const std::pair<int, int> &b) { return a.first < b.first; });
        for (size_t i = 1; i < m_spans.size(); ++i)
            m_spans[i].second = std::max(m_spans[i].second, m_spans[i - 1].second);
    }
    bool contains(Span span) const
    {
        // The last span starting at or before span.start: the largest end of all such spans.
        const auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), span.start,
                                         [](int pos, const std::pair<int, int> &s) { return pos < s.first; });
        return it != m_spans.cbegin() && std::prev(it)->second >= span.end;
    }

private:
    std::vector<std::pair<int, int>> m_spans; // start, largest end so far
};

} // namespace

QString featureName(Feature feature)
{
    static const std::array<const char *, kFeatureCount> names = {
        "number",     "date",   "entity",  "manyEntities", "pastTense", "reporting",
        "quoted",     "accusation", "prediction", "cause", "comparison", "hedge",
        "opinion",    "loaded", "firstPerson", "short"};
    return QString::fromLatin1(names[size_t(feature)]);
}

const ClaimLexicon &ClaimLexicon::instance()
{
    static const ClaimLexicon lexicon = [] {
        ClaimLexicon l;
        l.accusation = PhraseList::fromResource(QStringLiteral("accusation"));
        l.prediction = PhraseList::fromResource(QStringLiteral("prediction"));
        l.cause = PhraseList::fromResource(QStringLiteral("cause"));
        l.comparison = PhraseList::fromResource(QStringLiteral("comparison"));
        l.opinion = PhraseList::fromResource(QStringLiteral("opinion"));
        l.pastVerbs = PhraseList::fromResource(QStringLiteral("past-verbs"));
        l.numberWords = PhraseList::fromResource(QStringLiteral("number-words"));
        l.vagueHolders = PhraseList::fromResource(QStringLiteral("vague-holders"));
        l.notClaims = PhraseList::fromResource(QStringLiteral("not-claims"));
        l.accusingVerbs = PhraseList::fromResource(QStringLiteral("accusing-verbs"));
        l.reportingVerbs = PhraseList::fromResource(QStringLiteral("reporting-verbs"));
        return l;
    }();
    return lexicon;
}

double FeatureExtractor::coverage(const SentenceFacts &facts, const Annotation &quote)
{
    const int from = std::max(facts.span.start, quote.span.start);
    const int to = std::min(facts.span.end, quote.span.end);
    return facts.span.isEmpty() ? 0.0 : std::max(0, to - from) / double(facts.span.length());
}

bool FeatureExtractor::hasNumber(QStringView text, const SentenceFacts &facts) const
{
    const Cover dates(facts.entities, u"DATE");
    for (const Word &w : facts.words) {
        const bool figure = w.text.front().isDigit() || w.text.endsWith(u'%')
            || m_lexicon.numberWords.contains(w);
        // Figures inside a date ("March 14", "2015") date the claim, they do not count.
        if (figure && !dates.contains(w.span))
            return true;
    }
    const QStringView s = text.mid(facts.span.start, facts.span.length());
    return s.contains(u'%') || s.contains(u'$') || s.contains(u'€') || s.contains(u'£');
}

bool FeatureExtractor::hasPastTense(QStringView text, const SentenceFacts &facts) const
{
    const Cover cues(facts.cues);
    for (int i = 0; i < facts.words.size(); ++i) {
        const Word &w = facts.words[i];
        // "said" tells that someone spoke, not that what they said happened: the reporting
        // feature counts that; past tense is about the content.
        if (m_lexicon.reportingVerbs.contains(w) || cues.contains(w.span))
            continue;
        if (m_lexicon.pastVerbs.contains(w))
            return true;
        // Regular past forms; a capitalised "-ed" word past the first is a name ("United").
        const bool capitalised = text[w.span.start].isUpper() && i > 0;
        if (!capitalised && w.text.size() > 4 && w.text.endsWith(QLatin1String("ed"))
            && !w.text.endsWith(QLatin1String("eed")) && !w.text.endsWith(QLatin1String("dred")))
            return true;
    }
    return false;
}

bool FeatureExtractor::hasComparison(const SentenceFacts &facts) const
{
    // "more than 200 ships", "up to 40,000 people" bound a figure rather than compare two
    // things: they count as numbers.
    for (const Span found : m_lexicon.comparison.find(facts.words)) {
        int next = 0;
        while (next < facts.words.size() && facts.words[next].span.start < found.end)
            ++next;
        const QString last = facts.words[next - 1].text;
        const bool bound = (last == u"than" || last == u"as") && next < facts.words.size()
            && (facts.words[next].text.front().isDigit() || m_lexicon.numberWords.contains(facts.words[next]));
        if (!bound)
            return true;
    }
    return false;
}

FeatureVector FeatureExtractor::features(QStringView text, const SentenceFacts &facts) const
{
    FeatureVector f{};
    auto set = [&f](Feature which, bool on) { f[size_t(which)] = on ? 1.0 : 0.0; };
    int names = 0;
    bool date = false;
    for (const Annotation *e : facts.entities) {
        if (e->label == QStringView(u"DATE"))
            date = true;
        else
            ++names;
    }
    set(Feature::Number, hasNumber(text, facts));
    set(Feature::Date, date);
    set(Feature::Entity, names > 0);
    set(Feature::ManyEntities, names > 1);
    set(Feature::PastTense, hasPastTense(text, facts));
    static const quint64 accordingKey = wordKey(u"according"), toKey = wordKey(u"to");
    bool according = false;
    for (int i = 0; i + 1 < facts.words.size() && !according; ++i)
        according = facts.words[i].key == accordingKey && facts.words[i + 1].key == toKey;
    set(Feature::Reporting, !facts.cues.isEmpty() || according);
    double quoted = 0;
    for (const Annotation *q : facts.quotes)
        quoted += coverage(facts, *q);
    set(Feature::Quoted, quoted >= 0.5);
    set(Feature::Accusation, m_lexicon.accusation.matches(facts.words));
    const bool contracted = std::any_of(facts.words.cbegin(), facts.words.cend(), [](const Word &w) {
        return w.text.endsWith(QLatin1String("'ll"));
    });
    set(Feature::Prediction, contracted || m_lexicon.prediction.matches(facts.words));
    set(Feature::Cause, m_lexicon.cause.matches(facts.words));
    set(Feature::Comparison, hasComparison(facts));
    const bool authorHedge = std::any_of(facts.hedges.cbegin(), facts.hedges.cend(), [](const Annotation *h) {
        return h->attribute(QString::fromLatin1(AttributeKey::Voice)) != u"quoted";
    });
    set(Feature::Hedge, authorHedge);
    set(Feature::Opinion, m_lexicon.opinion.matches(facts.words));
    set(Feature::Loaded, !facts.loaded.isEmpty());
    set(Feature::FirstPerson, std::any_of(facts.words.cbegin(), facts.words.cend(), [](const Word &w) {
        // Latin-1 literals: their length is known, comparing needs no strlen per word.
        return w.text == QLatin1StringView("i") || w.text == QLatin1StringView("we")
            || w.text == QLatin1StringView("our") || w.text == QLatin1StringView("my")
            || w.text == QLatin1StringView("us") || w.text == QLatin1StringView("me");
    }));
    set(Feature::Short, facts.words.size() < 7);
    return f;
}

} // namespace Lede::Core::Claims

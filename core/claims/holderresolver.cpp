#include "claims/holderresolver.h"

#include <algorithm>

namespace Lede::Core::Claims {

namespace {

const QString kSpeaker = QString::fromLatin1(LinkRole::Speaker);
const QString kOutlet = QString::fromLatin1(LinkRole::Outlet);
const QString kCue = QString::fromLatin1(LinkRole::Cue);

bool isBeForm(const QString &w)
{
    return w == u"was" || w == u"were" || w == u"been" || w == u"be" || w == u"is" || w == u"are"
        || w == u"being";
}

/// Where a subject cannot reach across: clause punctuation and quotation marks.
bool isClauseBreak(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == u'“' || c == u'”' || c == u'"' || c == u'—'
        || c == u'(' || c == u')';
}

/// Words that cannot start the subject of a reporting verb: "an estimated cost", "at a".
bool cannotStartSubject(const QString &w)
{
    static const QSet<QString> words = {QStringLiteral("at"), QStringLiteral("in"), QStringLiteral("on"),
                                        QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("by"),
                                        QStringLiteral("from"), QStringLiteral("of"), QStringLiteral("to"),
                                        QStringLiteral("as"), QStringLiteral("than"), QStringLiteral("and")};
    return words.contains(w);
}

bool isDeterminer(const QString &w)
{
    return w == u"a" || w == u"an" || w == u"the";
}

bool isPronoun(const QString &w)
{
    return w == u"it" || w == u"this" || w == u"that" || w == u"there" || w == u"which" || w == u"who"
        || w == u"what";
}

int wordsIn(const QList<Word> &words, Span span)
{
    return int(std::count_if(words.cbegin(), words.cend(), [span](const Word &w) { return span.contains(w.span); }));
}

} // namespace

HolderResolver::HolderResolver(QStringView text, const ExtractionResult &found, const ClaimLexicon &lexicon)
    : m_text(text)
    , m_lexicon(lexicon)
{
    m_byId.reserve(found.annotations.size());
    for (const Annotation &a : found.annotations) {
        m_byId.insert(a.id, &a);
        if (a.layer == Layer::Source && a.label == u"OUTLET") {
            if (!a.link(kOutlet).isEmpty())
                m_outletMentions.insert(a.link(kOutlet));
            m_outletSpans.append(a.span);
        }
    }
    for (const Entity &e : found.entities)
        m_entityNames.insert(e.id, e.name);
    // Entity mentions inside an outlet's span name the outlet. Sorted spans and the longest
    // outlet bound the search, so that a long article does not compare every mention with
    // every outlet.
    std::sort(m_outletSpans.begin(), m_outletSpans.end(), [](Span a, Span b) { return a.start < b.start; });
    int longest = 0;
    for (Span s : std::as_const(m_outletSpans))
        longest = std::max(longest, s.length());
    for (const Annotation &a : found.annotations) {
        if (a.layer != Layer::Entity || a.label == u"PERSON")
            continue;
        // Outlets starting before the mention ends, back to those that could still reach it.
        auto it = std::lower_bound(m_outletSpans.cbegin(), m_outletSpans.cend(), a.span.end,
                                   [](Span s, int end) { return s.start < end; });
        bool namesOutlet = false;
        while (it != m_outletSpans.cbegin() && !namesOutlet) {
            --it;
            if (it->start + longest <= a.span.start)
                break;
            namesOutlet = it->overlaps(a.span);
        }
        if (namesOutlet)
            m_outletMentions.insert(a.id);
    }
}

QString HolderResolver::displayName(const Annotation &a) const
{
    const QString entity = a.link(QString::fromLatin1(LinkRole::Entity));
    if (!entity.isEmpty() && m_entityNames.contains(entity))
        return m_entityNames.value(entity);
    if (a.layer == Layer::Source && m_byId.contains(a.link(kOutlet)))
        return displayName(*m_byId.value(a.link(kOutlet)));
    return m_text.mid(a.span.start, a.span.length()).toString();
}

bool HolderResolver::isVague(const QString &holder) const
{
    // "A senior official in the ministry", "critics", "Refugee advocates": a holder that
    // names a kind of people rather than a person or body is anonymous.
    const QList<Word> words = splitWords(holder);
    return std::any_of(words.cbegin(), words.cend(),
                       [this](const Word &w) { return m_lexicon.vagueHolders.contains(w); });
}

bool HolderResolver::authorHedge(const SentenceFacts &facts, const QList<Span> &except) const
{
    // A hedge that is the quote's own cue or verb ("Berg alleged that ...") reports, it does
    // not distance the author.
    return std::any_of(facts.hedges.cbegin(), facts.hedges.cend(), [&](const Annotation *h) {
        return h->attribute(QString::fromLatin1(AttributeKey::Voice)) != u"quoted"
            && std::none_of(except.cbegin(), except.cend(), [h](Span s) { return s.overlaps(h->span); });
    });
}

bool HolderResolver::isAccordingTo(const Annotation &cue) const
{
    return m_text.mid(cue.span.start, cue.span.length()).startsWith(QLatin1String("according"), Qt::CaseInsensitive);
}

const Annotation *HolderResolver::mainQuote(const SentenceFacts &facts) const
{
    // A quote whose cue is in the sentence frames it ("Okafor argued that ..."); of several,
    // the first is the main clause ("Critics say ..., with Brenner describing ..."). Without
    // one, a quote that covers most of the sentence holds it (a sentence inside a quote).
    const Annotation *framing = nullptr;
    const Annotation *covering = nullptr;
    double best = 0.3;
    for (const Annotation *q : facts.quotes) {
        if (q->label == u"SCARE")
            continue;
        const Annotation *cue = m_byId.value(q->link(kCue));
        if (cue && facts.span.contains(cue->span)) {
            // "According to the Herald, Professor Burrows said ...": the speaker the outlet
            // reports holds the claim; the outlet backs it (see resolve()).
            const bool according = isAccordingTo(*cue);
            const bool framingAccording = framing && isAccordingTo(*m_byId.value(framing->link(kCue)));
            if (!framing || (framingAccording && !according)
                || (according == framingAccording && cue->span.start < m_byId.value(framing->link(kCue))->span.start))
                framing = q;
            continue;
        }
        const double c = FeatureExtractor::coverage(facts, *q);
        if (c >= best) {
            covering = q;
            best = c;
        }
    }
    return framing ? framing : covering;
}

void HolderResolver::holdBy(const SentenceFacts &facts, Span who, Span verb, Holding &out) const
{
    const Annotation *mention = nullptr;
    for (const Annotation *e : facts.entities) {
        if (e->label != u"DATE" && who.contains(e->span)) {
            mention = e;
            break;
        }
    }
    // A place in the subject is not the speaker ("Bavaria's premier"): show the subject.
    const bool place = mention && (mention->label == u"GPE" || mention->label == u"LOC" || mention->label == u"NORP");
    if (mention) {
        out.holderId = mention->id;
        out.holder = place ? m_text.mid(who.start, who.length()).toString() : displayName(*mention);
    } else {
        out.holder = m_text.mid(who.start, who.length()).toString();
    }
    // "Le Monde reported that ...": what reports, unless it is a person, is a publication.
    const QStringView verbText = m_text.mid(verb.start, verb.length());
    const bool reports = verbText.startsWith(QLatin1String("report"), Qt::CaseInsensitive);
    if (mention && (m_outletMentions.contains(mention->id) || (reports && mention->label != u"PERSON"))) {
        out.holderKind = QStringLiteral("source");
        out.backing = QStringLiteral("outlet");
        return;
    }
    out.holderKind = QStringLiteral("quoted");
    // A named person or organisation in the subject names the holder, whatever else it says
    // ("Mission scientist Clara Weiss").
    const bool named = mention && (mention->label == u"PERSON" || mention->label == u"ORG");
    if (authorHedge(facts, {verb}))
        out.backing = QStringLiteral("hedged");
    else
        out.backing = !named && isVague(m_text.mid(who.start, who.length()).toString())
            ? QStringLiteral("anonymous")
            : QStringLiteral("named");
}

Holding HolderResolver::fromQuote(const Annotation &quote, const SentenceFacts &facts) const
{
    Holding h;
    h.quoteId = quote.id;
    h.holderKind = QStringLiteral("quoted");
    const Annotation *speaker = m_byId.value(quote.link(kSpeaker));
    const Annotation *outlet = m_byId.value(quote.link(kOutlet));
    const Annotation *cue = m_byId.value(quote.link(kCue));
    const bool according = cue && isAccordingTo(*cue);
    // "Reuters reported that ...": what reports, unless it is a person, is a publication.
    const bool reports = cue
        && m_text.mid(cue->span.start, cue->span.length()).startsWith(QLatin1String("report"), Qt::CaseInsensitive);
    if (speaker && speaker->layer == Layer::Source && speaker->label == u"ANONYMOUS") {
        // "A Commission spokesperson, Marta Ruiz, said": the apposition names the speaker.
        for (const Annotation *e : facts.entities) {
            if (e->label == u"PERSON" && e->span.start >= speaker->span.end && e->span.start <= speaker->span.end + 3)
                speaker = e;
        }
    }
    bool anonymous = false;
    bool publication = false;
    if (speaker) {
        h.holderId = speaker->id;
        h.holder = displayName(*speaker);
        anonymous = (speaker->layer == Layer::Source && speaker->label == u"ANONYMOUS");
        publication = m_outletMentions.contains(speaker->id)
            || (reports && speaker->layer == Layer::Entity && speaker->label != u"PERSON");
    } else if (outlet && quote.attribute(QStringLiteral("speakerText")).contains(m_text.mid(outlet->span.start, outlet->span.length()))) {
        // "according to documents seen by Der Spiegel": the outlet vouches for what it saw.
        h.holderId = outlet->id;
        h.holder = displayName(*outlet);
        publication = true;
    } else if (!quote.attribute(QStringLiteral("speakerText")).isEmpty()) {
        h.holder = quote.attribute(QStringLiteral("speakerText"));
        publication = reports;
        // "Bavaria's premier": a speaker named by the entity it belongs to is linked to it.
        const qsizetype possessive = h.holder.indexOf(QLatin1String("'s "));
        if (possessive > 0) {
            for (const Annotation *e : facts.entities) {
                if (e->label != u"DATE" && e->span.start >= facts.span.start
                    && m_text.mid(e->span.start, e->span.length()) == QStringView(h.holder).left(possessive)) {
                    h.holderId = e->id;
                    break;
                }
            }
        }
    } else if (outlet) {
        h.holderId = outlet->id;
        h.holder = displayName(*outlet);
        publication = true;
    }
    anonymous = anonymous || h.holder.isEmpty() || isVague(h.holder);
    if (according || publication)
        h.holderKind = QStringLiteral("source");
    if (outlet || according || publication)
        h.backing = QStringLiteral("outlet");
    else if (authorHedge(facts, {quote.span, cue ? cue->span : Span{}}))
        h.backing = QStringLiteral("hedged");
    else
        h.backing = anonymous ? QStringLiteral("anonymous") : QStringLiteral("named");
    return h;
}

bool HolderResolver::fromAccordingTo(const SentenceFacts &facts, Holding &out) const
{
    const QList<Word> &words = facts.words;
    for (int i = 0; i + 2 < words.size(); ++i) {
        static const quint64 according = wordKey(u"according"), to = wordKey(u"to");
        if (words[i].key != according || words[i + 1].key != to)
            continue;
        int end = words[i + 2].span.start;
        while (end < facts.span.end && !isClauseBreak(m_text[end]) && !(m_text[end] == u'.' && end + 1 == facts.span.end))
            ++end;
        Span who{words[i + 2].span.start, end};
        while (who.end > who.start && m_text[who.end - 1].isSpace())
            --who.end;
        if (who.isEmpty() || wordsIn(words, who) > 8)
            continue;
        holdBy(facts, who, {}, out);
        out.holderKind = QStringLiteral("source");
        out.backing = QStringLiteral("outlet");
        return true;
    }
    return false;
}

Span HolderResolver::subjectOf(const SentenceFacts &facts, int verb) const
{
    const QList<Word> &words = facts.words;
    const int verbStart = words[verb].span.start;
    int start = verbStart;
    while (start > facts.span.start && !isClauseBreak(m_text[start - 1]))
        --start;
    Span who{start, verbStart};
    while (!who.isEmpty() && m_text[who.start].isSpace())
        ++who.start;
    while (!who.isEmpty() && m_text[who.end - 1].isSpace())
        --who.end;
    // Drop author hedges and adverbs between subject and verb ("Bavaria's premier reportedly").
    while (true) {
        int last = -1;
        for (int k = 0; k < verb; ++k)
            if (who.contains(words[k].span) && words[k].span.end == who.end)
                last = k;
        if (last < 0 || !(words[last].text.endsWith(QLatin1String("ly")) || words[last].text == u"also"))
            break;
        who.end = words[last].span.start;
        while (!who.isEmpty() && m_text[who.end - 1].isSpace())
            --who.end;
    }
    if (!who.isEmpty()) {
        const int n = wordsIn(words, who);
        int first = 0;
        while (first < words.size() && words[first].span.start < who.start)
            ++first;
        if (n > 8 || isPronoun(words[first].text) || cannotStartSubject(words[first].text))
            return {};
        return who;
    }
    // "..., the regional prefect Claire Martin said": after a clause break the verb ends the
    // sentence or comes first; "Dr Lind, a specialist, said": the sentence opens with it.
    if (start > facts.span.start && m_text[start - 1] == u',') {
        const bool final = verb + 1 == words.size();
        if (!final) {
            // "said Giulia Conti, the head of ...": the name right after the verb.
            for (const Annotation *e : facts.entities) {
                if (e->label != u"DATE" && e->span.start > verbStart && e->span.start <= words[verb].span.end + 1)
                    return e->span;
            }
            int end = facts.span.start;
            while (end < facts.span.end && m_text[end] != u',')
                ++end;
            const Span opening{facts.span.start, end};
            if (wordsIn(words, opening) <= 5)
                return opening;
        }
    }
    return {};
}

const Annotation *HolderResolver::firstSpeakerBefore(const SentenceFacts &facts, int pos) const
{
    const Annotation *first = nullptr;
    for (const QList<const Annotation *> *list : {&facts.entities, &facts.sources}) {
        for (const Annotation *a : *list) {
            const bool speaker = a->layer == Layer::Source ? a->label == u"ANONYMOUS"
                                                           : a->label == u"PERSON" || a->label == u"ORG";
            if (speaker && a->span.end <= pos && (!first || a->span.start < first->span.start))
                first = a;
        }
    }
    return first;
}

bool HolderResolver::fromVerb(const SentenceFacts &facts, Holding &out) const
{
    const QList<Word> &words = facts.words;
    for (int i = 0; i < words.size(); ++i) {
        const bool accusing = m_lexicon.accusingVerbs.contains(words[i]);
        if (!accusing && !m_lexicon.reportingVerbs.contains(words[i]))
            continue;
        const bool quoted = std::any_of(facts.quotes.cbegin(), facts.quotes.cend(), [&](const Annotation *q) {
            return q->label != u"INDIRECT" && q->span.contains(words[i].span);
        });
        if (quoted)
            continue; // a verb inside quotation marks belongs to the quote, not the frame
        if (words[i].text.endsWith(QLatin1String("ing"))) {
            // "Brenner defended the plan, telling reporters that ...": the participle's
            // subject is the sentence's first speaker.
            if (const Annotation *first = firstSpeakerBefore(facts, words[i].span.start)) {
                holdBy(facts, first->span, words[i].span, out);
                return true;
            }
            continue;
        }
        if (i > 0 && isBeForm(words[i - 1].text)) {
            if (!accusing)
                continue; // "is believed to", "was told": no speaker here
            // "had been criticised by the United Nations": the agent after "by".
            int by = i + 1;
            while (by < words.size() && by < i + 4 && words[by].text != u"by")
                ++by;
            if (by + 1 >= words.size() || words[by].text != u"by")
                continue;
            int end = by + 1;
            while (end + 1 < words.size() && end < by + 5 && !isClauseBreak(m_text[words[end].span.end]))
                ++end;
            holdBy(facts, {words[by + 1].span.start, words[end].span.end}, words[i].span, out);
            return true;
        }
        if (i > 0 && isDeterminer(words[i - 1].text))
            continue; // "an estimated cost": an adjective
        // "Police have not said whether ...": no one holds what was not said. (The words are
        // folded, and "hasn't" is one word.)
        if (i > 0 && !accusing
            && (words[i - 1].text == u"not" || words[i - 1].text == u"never" || words[i - 1].text.endsWith(QLatin1String("n't"))))
            continue;
        const Span who = subjectOf(facts, i);
        if (who.isEmpty())
            continue;
        holdBy(facts, who, words[i].span, out);
        return true;
    }
    return false;
}

bool HolderResolver::fromSource(const SentenceFacts &facts, Holding &out) const
{
    const Annotation *outlet = nullptr;
    const Annotation *anonymous = nullptr;
    for (const Annotation *s : facts.sources) {
        if (s->label == u"OUTLET" && !outlet)
            outlet = s;
        else if (s->label == u"ANONYMOUS" && !anonymous)
            anonymous = s;
    }
    const Annotation *source = outlet ? outlet : anonymous;
    if (!source)
        return false;
    out.holderKind = QStringLiteral("source");
    out.holderId = source->id;
    out.holder = displayName(*source);
    out.backing = outlet ? QStringLiteral("outlet") : QStringLiteral("anonymous");
    return true;
}

Holding HolderResolver::resolve(const SentenceFacts &facts) const
{
    Holding h;
    if (const Annotation *quote = mainQuote(facts)) {
        h = fromQuote(*quote, facts);
        Holding according;
        if (h.backing != u"outlet" && fromAccordingTo(facts, according))
            h.backing = according.backing;
        return h;
    }
    if (fromAccordingTo(facts, h) || fromVerb(facts, h) || fromSource(facts, h))
        return h;
    h.holder = QStringLiteral("author");
    h.holderKind = QStringLiteral("author");
    h.backing = authorHedge(facts) ? QStringLiteral("hedged") : QStringLiteral("none");
    return h;
}

} // namespace Lede::Core::Claims

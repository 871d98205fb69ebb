#include "extract/extractor.h"

#include "claims/claimfinder.h"
#include "extract/attribution.h"
#include "extract/document.h"
#include "extract/entityfinder.h"
#include "extract/entitytagger.h"
#include "extract/languagefinder.h"
#include "extract/lexicon.h"
#include "extract/mentiongrouper.h"
#include "extract/quotefinder.h"
#include "extract/zoner.h"
#include "model/annotationset.h"
#include "model/stableid.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Lede::Core {

using namespace Extraction;

struct Extractor::Private {
    explicit Private(const EntityModel &model) : tagger{lexicon, model} {}
    const Lexicon &lexicon = Lexicon::instance();
    Zoner zoner{lexicon};
    EntityFinder entities{lexicon};
    EntityTagger tagger;
    MentionGrouper grouper{lexicon};
    QuoteFinder quotes{lexicon};
    Attribution attribution{lexicon};
    LanguageFinder language{lexicon};
};

namespace {

/// Collects annotations with deterministic ids: "s" + 10 hex digits of SHA-1 over
/// layer|label|start|end. A second annotation with the same id is the same suggestion.
class Builder
{
public:
    QString add(Layer layer, const QString &label, Span span, const QString &rule,
                QMap<QString, QString> links = {}, QMap<QString, QString> attributes = {})
    {
        const QString id = m_key.clear()
                               .add(layerName(layer)).add('|')
                               .add(label).add('|')
                               .add(span.start).add('|')
                               .add(span.end)
                               .id(u's');
        const auto existing = m_index.constFind(id);
        if (existing != m_index.cend())
            return existing.key();
        Annotation a;
        a.id = id;
        a.layer = layer;
        a.label = label;
        a.span = span;
        a.status = Status::Suggested;
        a.origin = {rule, Extractor::version()};
        a.links = std::move(links);
        a.attributes = std::move(attributes);
        m_index.insert(id, int(m_annotations.size()));
        m_annotations.append(std::move(a));
        return id;
    }
    Annotation &get(const QString &id) { return m_annotations[m_index.value(id)]; }
    QList<Annotation> take()
    {
        // Sorted through their positions: moving the annotations themselves (strings and maps
        // each) at every step of the sort cost more than its comparisons.
        std::vector<int> order(size_t(m_annotations.size()));
        std::iota(order.begin(), order.end(), 0);
        const QList<Annotation> &all = m_annotations;
        std::sort(order.begin(), order.end(), [&all](int a, int b) { return documentOrder(all[a], all[b]); });
        QList<Annotation> sorted;
        sorted.reserve(all.size());
        for (const int i : order)
            sorted.append(std::move(m_annotations[i]));
        m_annotations.clear();
        m_index.clear();
        return sorted;
    }

private:
    QList<Annotation> m_annotations;
    QHash<QString, int> m_index; // id -> position in m_annotations
    StableKey m_key;
};

} // namespace

Extractor::Extractor()
    : Extractor(EntityTagger::bundledModel())
{
}

Extractor::Extractor(const EntityModel &model)
    : d(new Private(model))
{
}

Extractor::~Extractor()
{
    delete d;
}

QString Extractor::version()
{
    return QStringLiteral("1.1"); // 1.1: statistical entity tagger, thought-verb cues
}

ExtractionResult Extractor::extract(const QString &text) const
{
    ExtractionResult result;
    Document doc;
    doc.text = text;
    doc.tokens = d->lexicon.tokenize(text);
    Zoner::split(doc);
    QList<int> paragraphStarts;
    paragraphStarts.reserve(doc.paragraphs.size());
    for (const Paragraph &p : std::as_const(doc.paragraphs))
        paragraphStarts.append(p.span.start);
    doc.sentences = Tokenizer::sentences(text, doc.tokens, paragraphStarts);
    d->zoner.classify(doc);
    d->entities.run(doc);
    d->tagger.run(doc);
    d->attribution.markDescribedOutlets(doc);
    result.entities = d->grouper.run(doc);
    d->quotes.run(doc);
    d->attribution.run(doc);
    d->language.run(doc);

    Builder out;
    for (const Paragraph &p : std::as_const(doc.paragraphs)) {
        out.add(Layer::Zone, p.zone, p.span, QStringLiteral("zone.layout"));
        if (!p.subZoneLabel.isEmpty())
            out.add(Layer::Zone, p.subZoneLabel, p.subZone, QStringLiteral("zone.inline"));
    }

    QList<QString> mentionIds;
    mentionIds.reserve(doc.mentions.size());
    for (const Mention &m : std::as_const(doc.mentions)) {
        QMap<QString, QString> links, attributes;
        if (m.group >= 0)
            links.insert(QString::fromLatin1(LinkRole::Entity), result.entities[m.group].id);
        if (!m.title.isEmpty())
            attributes.insert(QString::fromLatin1(AttributeKey::Title), m.title);
        mentionIds.append(out.add(Layer::Entity, m.type, m.span, m.rule, links, attributes));
    }

    QHash<QString, QString> anonymousIdBySpan; // "start:end" -> source annotation id
    QHash<QString, QString> unnamedOutletIdBySpan; // the same for outlets without a name
    for (const LexicalHit &h : std::as_const(doc.hits)) {
        if (h.layer != u"source")
            continue;
        QMap<QString, QString> links;
        if (h.mention >= 0) {
            links.insert(QString::fromLatin1(LinkRole::Outlet), mentionIds[h.mention]);
            const int group = doc.mentions[h.mention].group;
            if (group >= 0)
                links.insert(QString::fromLatin1(LinkRole::Entity), result.entities[group].id);
        }
        const QString id = out.add(Layer::Source, h.label, h.span, h.rule, links);
        if (h.label == u"ANONYMOUS")
            anonymousIdBySpan.insert(QString::number(h.span.start) + u':' + QString::number(h.span.end), id);
        else if (h.mention < 0)
            unnamedOutletIdBySpan.insert(QString::number(h.span.start) + u':' + QString::number(h.span.end), id);
    }

    QList<QString> quoteIds(doc.quotes.size());
    for (int qi = 0; qi < doc.quotes.size(); ++qi) {
        const QuoteFound &q = doc.quotes[qi];
        QMap<QString, QString> links, attributes;
        if (q.speaker >= 0)
            links.insert(QString::fromLatin1(LinkRole::Speaker), mentionIds[q.speaker]);
        else if (q.anonymous)
            links.insert(QString::fromLatin1(LinkRole::Speaker),
                         anonymousIdBySpan.value(QString::number(q.speakerSpan.start) + u':'
                                                 + QString::number(q.speakerSpan.end)));
        // The words of a pronoun, an unnamed speaker or two speakers ("Weber and Brenner").
        if (!q.speakerSpan.isEmpty()
            && (q.speaker < 0 || !doc.mentions[q.speaker].span.contains(q.speakerSpan)))
            attributes.insert(QStringLiteral("speakerText"), doc.textOf(q.speakerSpan).toString());
        if (q.outlet >= 0)
            links.insert(QString::fromLatin1(LinkRole::Outlet), mentionIds[q.outlet]);
        else if (!q.unnamedOutlet.isEmpty()) // "local radio": the source annotation is the outlet
            links.insert(QString::fromLatin1(LinkRole::Outlet),
                         unnamedOutletIdBySpan.value(QString::number(q.unnamedOutlet.start) + u':'
                                                    + QString::number(q.unnamedOutlet.end)));
        QString cueId;
        if (!q.cue.isEmpty()) {
            cueId = out.add(Layer::Cue, QStringLiteral("SPEECH"), q.cue, q.cueRule);
            links.insert(QString::fromLatin1(LinkRole::Cue), cueId);
        }
        if (q.label == u"SCARE")
            links.remove(QString::fromLatin1(LinkRole::Speaker));
        quoteIds[qi] = out.add(Layer::Quote, q.label, q.span, q.rule, links, attributes);
        if (!cueId.isEmpty()) {
            // A cue shared by reported speech and a partial quote inside it links back to the
            // reported speech: the quote that holds the other.
            const QString role = QString::fromLatin1(LinkRole::Quote);
            const QString linked = out.get(cueId).links.value(role);
            if (linked.isEmpty() || q.span.contains(out.get(linked).span))
                out.get(cueId).links.insert(role, quoteIds[qi]);
        }
    }

    for (const LexicalHit &h : std::as_const(doc.hits)) {
        if (h.layer == u"source")
            continue;
        QMap<QString, QString> links, attributes;
        const QuoteFound *q = h.quote >= 0 ? &doc.quotes[h.quote] : nullptr;
        const bool quoted = q && q->label != u"SCARE";
        attributes.insert(QString::fromLatin1(AttributeKey::Voice),
                          quoted ? QStringLiteral("quoted") : QStringLiteral("author"));
        if (q && q->label == u"SCARE")
            attributes.insert(QString::fromLatin1(AttributeKey::Note), QStringLiteral("in scare quotes"));
        if (q)
            links.insert(QString::fromLatin1(LinkRole::Quote), quoteIds[h.quote]);
        out.add(h.layer == u"hedge" ? Layer::Hedge : Layer::Loaded, h.label, h.span, h.rule, links,
                attributes);
    }
    result.annotations = out.take();
    // The claim stage reads everything above: quotes, sources, hedges, zones.
    result.annotations += ClaimFinder{}.find(text, result);
    return result;
}

} // namespace Lede::Core

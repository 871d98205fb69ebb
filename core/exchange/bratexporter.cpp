#include "exchange/bratexporter.h"

#include "exchange/exportview.h"
#include "exchange/newlinemap.h"
#include "text/codepointmap.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Lede::Core {

namespace Brat {

QString typeOf(Layer layer, const QString &label)
{
    QString clean = label;
    for (QChar &c : clean)
        if (c.isSpace())
            c = u'_';
    if (layer == Layer::Entity)
        return clean;
    QString layerPart = layerName(layer);
    layerPart[0] = layerPart[0].toUpper();
    return layerPart + u'-' + clean;
}

bool breaksFragment(QChar c)
{
    return c == u'\n' || c == u'\t' || c == u'\v' || c == u'\f' || c == QChar(0x85) || c == QChar(0x2028)
           || c == QChar(0x2029) || (c.unicode() >= 0x1C && c.unicode() <= 0x1E);
}

QString escapeNote(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else
            out += c;
    }
    return out;
}

QString unescapeNote(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (int i = 0; i < value.size(); ++i) {
        if (value[i] != u'\\' || i + 1 == value.size()) {
            out += value[i];
            continue;
        }
        const QChar next = value[++i];
        out += next == u'n' ? QChar(u'\n') : next == u'r' ? QChar(u'\r') : next == u't' ? QChar(u'\t') : next;
    }
    return out;
}

} // namespace Brat

namespace {

struct Fragment {
    int start; // UTF-16 of the normalised text
    int end;
};

class Writer
{
public:
    Writer(const Article &article, const AnnotationSet &annotations)
        : m_view(article, annotations)
        , m_newlines(article.text)
        , m_map(m_newlines.normalised())
    {
    }

    QList<ExportedFile> write()
    {
        for (const Annotation &a : m_view.placed())
            writeTextBound(a);
        for (const Annotation &a : m_view.placed())
            writeLinks(a);
        writeEquivalences();
        return {ExportedFile{QStringLiteral(".ann"), m_ann.toUtf8()},
                ExportedFile{QStringLiteral(".txt"), m_newlines.normalised().toUtf8()}};
    }

private:
    QList<Fragment> fragments(Span span) const
    {
        const QString &text = m_newlines.normalised();
        const int start = m_newlines.toNormalised(span.start);
        const int end = m_newlines.toNormalised(span.end);
        QList<Fragment> out;
        int from = start;
        for (int i = start; i <= end; ++i) {
            if (i == end || Brat::breaksFragment(text[i])) {
                if (i > from)
                    out.append(Fragment{from, i});
                from = i + 1;
            }
        }
        return out;
    }

    void note(const QString &target, const QString &key, const QString &value)
    {
        m_ann += QStringLiteral("#%1\tAnnotatorNotes %2\t%3=%4\n")
                     .arg(++m_notes).arg(target, key, Brat::escapeNote(value));
    }

    void writeTextBound(const Annotation &a)
    {
        const QList<Fragment> parts = fragments(a.span);
        if (parts.isEmpty())
            return; // only line breaks or tabs: nothing brat could show
        const QString id = QStringLiteral("T%1").arg(m_textBounds.size() + 1);
        m_textBounds.insert(a.id, id);
        QStringList offsets, texts;
        for (const Fragment &f : parts) {
            offsets.append(QStringLiteral("%1 %2").arg(m_map.toCodePoint(f.start)).arg(m_map.toCodePoint(f.end)));
            texts.append(m_newlines.normalised().mid(f.start, f.end - f.start));
        }
        m_ann += id + u'\t' + Brat::typeOf(a.layer, a.label) + u' ' + offsets.join(u';') + u'\t'
                 + texts.join(u' ') + u'\n';

        m_ann += QStringLiteral("A%1\tStatus %2 %3\n").arg(++m_attributes).arg(id, statusName(a.status));
        const QString voice = a.attribute(QString::fromLatin1(AttributeKey::Voice));
        const bool voiceAsAttribute = !voice.isEmpty() && !voice.contains(QRegularExpression(QStringLiteral("\\s")));
        if (voiceAsAttribute)
            m_ann += QStringLiteral("A%1\tVoice %2 %3\n").arg(++m_attributes).arg(id, voice);

        note(id, QStringLiteral("lede.id"), a.id);
        if (!a.origin.byAnalyst()) {
            note(id, QStringLiteral("lede.rule"), a.origin.rule);
            note(id, QStringLiteral("lede.version"), a.origin.version);
        }
        for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it)
            if (!(voiceAsAttribute && it.key() == QLatin1String(AttributeKey::Voice)))
                note(id, it.key(), it.value());
        if (const Entity *entity = m_view.entityOf(a)) {
            note(id, QStringLiteral("lede.entity"), entity->id);
            if (!m_definedEntities.contains(entity->id)) {
                m_definedEntities.insert(entity->id);
                const QJsonObject definition{{QStringLiteral("id"), entity->id},
                                             {QStringLiteral("name"), entity->name},
                                             {QStringLiteral("type"), entity->type},
                                             {QStringLiteral("aliases"), QJsonArray::fromStringList(entity->aliases)},
                                             {QStringLiteral("titles"), QJsonArray::fromStringList(entity->titles)}};
                note(id, QStringLiteral("lede.entity.definition"),
                     QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)));
            }
            m_mentions[entity->id].append(id);
        }
    }

    void writeLinks(const Annotation &a)
    {
        const QString from = m_textBounds.value(a.id);
        if (from.isEmpty())
            return;
        for (auto it = a.links.cbegin(); it != a.links.cend(); ++it) {
            const QString to = m_textBounds.value(it.value());
            if (it.key() == QLatin1String(LinkRole::Entity) || to.isEmpty())
                continue;
            m_ann += QStringLiteral("R%1\t%2 Arg1:%3 Arg2:%4\n").arg(++m_relations).arg(it.key(), from, to);
        }
    }

    void writeEquivalences()
    {
        // In the order entities were first mentioned, so the file reads top to bottom.
        QList<QString> order;
        for (const Annotation &a : m_view.placed())
            if (const Entity *e = m_view.entityOf(a); e && !order.contains(e->id))
                order.append(e->id);
        for (const QString &entity : order) {
            const QStringList &mentions = m_mentions.value(entity);
            if (mentions.size() >= 2)
                m_ann += QStringLiteral("*\tEquiv ") + mentions.join(u' ') + u'\n';
        }
    }

    ExportView m_view;
    NewlineMap m_newlines;
    CodePointMap m_map;
    QString m_ann;
    QHash<QString, QString> m_textBounds; // Lede id -> T id
    QHash<QString, QStringList> m_mentions; // entity id -> T ids
    QSet<QString> m_definedEntities;
    int m_attributes = 0;
    int m_relations = 0;
    int m_notes = 0;
};

} // namespace

QList<ExportedFile> BratExporter::write(const Article &article, const AnnotationSet &annotations) const
{
    return Writer(article, annotations).write();
}

} // namespace Lede::Core

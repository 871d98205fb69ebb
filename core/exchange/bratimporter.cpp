#include "exchange/bratimporter.h"

#include "exchange/bratexporter.h"
#include "exchange/importassembler.h"
#include "exchange/newlinemap.h"
#include "exchange/vocabulary.h"
#include "io/sidecarformat.h"
#include "text/codepointmap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Lede::Core {
namespace {

struct LayerAndLabel {
    Layer layer;
    QString label;
};

std::optional<LayerAndLabel> fromBratType(const QString &type)
{
    const int dash = int(type.indexOf(u'-'));
    if (dash > 0) {
        if (const auto layer = layerFromName(type.left(dash).toLower()))
            return LayerAndLabel{*layer, type.mid(dash + 1)};
    }
    if (const auto layer = layerForLabel(type))
        return LayerAndLabel{*layer, normalisedLabel(type)};
    return std::nullopt;
}

QString roleName(const QString &bratRole)
{
    const QString lower = bratRole.toLower();
    for (const char *known : {LinkRole::Speaker, LinkRole::Cue, LinkRole::Outlet, LinkRole::Quote})
        if (lower == QLatin1String(known))
            return lower;
    return bratRole;
}

class Reader
{
public:
    Reader(const std::optional<QString> &sourceText, const Article &article, const QString &fileName)
        : m_article(article)
        , m_assembler(article)
        , m_articleLines(article.text)
        , m_source(sourceText ? NewlineMap(*sourceText).normalised() : m_articleLines.normalised())
        , m_sourceMap(m_source)
        , m_sameText(m_source == m_articleLines.normalised())
        , m_fileName(fileName)
    {
    }

    ImportResult read(const QString &ann)
    {
        const QStringList lines = NewlineMap(ann).normalised().split(u'\n');
        // Text-bound annotations first, so that every other line can refer to them whatever
        // the order of the file.
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString &line = lines[i];
                if (line.trimmed().isEmpty())
                    continue;
                m_where = QStringLiteral("%1:%2").arg(m_fileName).arg(i + 1);
                const bool textBound = line.startsWith(u'T');
                if (pass == 0 && textBound)
                    readTextBound(line);
                else if (pass == 1 && !textBound)
                    readOther(line);
            }
        }
        settleEntities();
        return m_assembler.finish();
    }

private:
    void problem(const QString &message) { m_assembler.problem(m_where, message); }

    void readTextBound(const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 3) {
            problem(QStringLiteral("a T line needs an id, a type with offsets and a text, separated by tabs; skipped"));
            return;
        }
        const QString id = fields[0];
        const QString text = fields.mid(2).join(u'\t');
        const int space = int(fields[1].indexOf(u' '));
        const QString type = fields[1].left(space);
        const auto mapped = fromBratType(type);
        if (!mapped) {
            problem(QStringLiteral("%1: type '%2' is not one of Lede's layers or labels; skipped").arg(id, type));
            return;
        }
        // Fragments "s e;s e", in code points of the source text.
        QList<Span> fragments;
        for (const QString &part : fields[1].mid(space + 1).split(u';')) {
            const QStringList numbers = part.trimmed().split(u' ');
            bool okStart = false, okEnd = false;
            const int s = numbers.value(0).toInt(&okStart), e = numbers.value(1).toInt(&okEnd);
            if (numbers.size() != 2 || !okStart || !okEnd || s < 0 || e < s || e > m_sourceMap.codePointLength()) {
                problem(QStringLiteral("%1: offsets '%2' are not start and end within the text (%3 characters); skipped")
                            .arg(id, part.trimmed()).arg(m_sourceMap.codePointLength()));
                return;
            }
            fragments.append(Span{m_sourceMap.toUtf16(s), m_sourceMap.toUtf16(e)});
        }
        QStringList pieces;
        for (const Span &f : fragments)
            pieces.append(m_source.mid(f.start, f.length()));
        if (pieces.join(u' ') != text) {
            problem(QStringLiteral("%1: the text \"%2\" does not match the text at its offsets (\"%3\"); skipped")
                        .arg(id, text.left(60), pieces.join(u' ').left(60)));
            return;
        }
        const Span inSource{fragments.first().start, fragments.last().end};
        for (qsizetype k = 1; k < fragments.size(); ++k) {
            const QString gap = m_source.mid(fragments[k - 1].end, fragments[k].start - fragments[k - 1].end);
            if (!gap.trimmed().isEmpty()) {
                problem(QStringLiteral("%1: a discontinuous span; Lede keeps one span from its first to its last fragment")
                            .arg(id));
                break;
            }
        }

        Span placed;
        const Span expected{m_articleLines.toOriginal(inSource.start), m_articleLines.toOriginal(inSource.end)};
        if (m_sameText) {
            placed = expected;
        } else if (!m_assembler.place(expected, quoteOf(m_source, inSource), &placed, m_where)) {
            return;
        }
        Annotation a;
        a.layer = mapped->layer;
        a.label = mapped->label;
        a.span = placed;
        a.status = Status::Added; // made by a person in brat, unless the file says otherwise
        m_assembler.addAnnotation(id, a);
    }

    void readOther(const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        const QString id = fields.value(0);
        const QStringList words = fields.value(1).split(u' ', Qt::SkipEmptyParts);
        switch (id.isEmpty() ? char16_t(0) : id[0].unicode()) {
        case u'A':
        case u'M':
            readAttribute(id, words);
            break;
        case u'R':
            readRelation(id, words);
            break;
        case u'E':
            readEvent(id, words);
            break;
        case u'*':
            readEquivalence(words);
            break;
        case u'#':
            readNote(id, words, fields.mid(2).join(u'\t'));
            break;
        case u'N':
            problem(QStringLiteral("%1: normalisations (links to external databases) have no Lede form; skipped").arg(id));
            break;
        default:
            problem(QStringLiteral("not a brat annotation line (T, R, E, A, M, N, * or #); skipped"));
        }
    }

    Annotation *target(const QString &key, const QString &what)
    {
        Annotation *a = m_assembler.byKey(key);
        if (!a)
            problem(QStringLiteral("%1 names %2, which was not imported; skipped").arg(what, key));
        return a;
    }

    void readAttribute(const QString &id, const QStringList &words)
    {
        if (words.size() < 2) {
            problem(QStringLiteral("%1: an attribute needs a name and a target; skipped").arg(id));
            return;
        }
        Annotation *a = target(words[1], id);
        if (!a)
            return;
        const QString name = words[0];
        const QString value = words.size() > 2 ? words[2] : QStringLiteral("true");
        if (name == QLatin1String("Status")) {
            if (const auto status = statusFromName(value.toLower()))
                a->status = *status;
            else
                problem(QStringLiteral("%1: status '%2' is not suggested, accepted, rejected or added; skipped").arg(id, value));
        } else {
            QString key = name;
            key[0] = key[0].toLower();
            a->attributes.insert(key, value);
        }
    }

    void readRelation(const QString &id, const QStringList &words)
    {
        if (words.size() != 3) {
            problem(QStringLiteral("%1: a relation needs a type and two arguments; skipped").arg(id));
            return;
        }
        const QString from = words[1].section(u':', 1), to = words[2].section(u':', 1);
        if (target(from, id) && target(to, id))
            m_assembler.addLink(from, roleName(words[0]), to, m_where);
    }

    void readEvent(const QString &id, const QStringList &words)
    {
        // An attribution event: a cue as trigger, with the quote and its speaker as arguments.
        const QString trigger = words.value(0).section(u':', 1);
        if (!target(trigger, id))
            return;
        QString quote, speaker;
        for (const QString &argument : words.mid(1)) {
            const QString role = argument.section(u':', 0, 0).toLower().remove(QRegularExpression(QStringLiteral("\\d+$")));
            const QString key = argument.section(u':', 1);
            if (role == u"quote" || role == u"content" || role == u"message" || role == u"cited")
                quote = key;
            else if (role == u"speaker" || role == u"source" || role == u"agent" || role == u"sayer")
                speaker = key;
            else
                problem(QStringLiteral("%1: event role '%2' has no Lede link; skipped").arg(id, argument.section(u':', 0, 0)));
        }
        if (quote.isEmpty()) {
            problem(QStringLiteral("%1: an event without a quote argument has no Lede form; skipped").arg(id));
            return;
        }
        if (!target(quote, id))
            return;
        m_assembler.addLink(quote, QString::fromLatin1(LinkRole::Cue), trigger, m_where);
        m_assembler.addLink(trigger, QString::fromLatin1(LinkRole::Quote), quote, m_where);
        if (!speaker.isEmpty() && target(speaker, id))
            m_assembler.addLink(quote, QString::fromLatin1(LinkRole::Speaker), speaker, m_where);
    }

    void readEquivalence(const QStringList &words)
    {
        if (words.value(0) != QLatin1String("Equiv")) {
            problem(QStringLiteral("only Equiv groups are known among '*' lines; skipped"));
            return;
        }
        QStringList members;
        for (const QString &key : words.mid(1))
            if (target(key, QStringLiteral("Equiv")))
                members.append(key);
        m_groups.append(members);
    }

    void readNote(const QString &id, const QStringList &words, const QString &text)
    {
        Annotation *a = target(words.value(1), id);
        if (!a)
            return;
        static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z][\\w.]*)=(.*)$"));
        const QRegularExpressionMatch match = keyValue.match(text);
        if (!match.hasMatch()) {
            const QString note = a->attribute(QString::fromLatin1(AttributeKey::Note));
            a->attributes.insert(QString::fromLatin1(AttributeKey::Note), note.isEmpty() ? text : note + u'\n' + text);
            return;
        }
        const QString key = match.captured(1);
        const QString value = Brat::unescapeNote(match.captured(2));
        if (key == u"lede.id") {
            a->id = value;
        } else if (key == u"lede.rule") {
            a->origin.rule = value;
        } else if (key == u"lede.version") {
            a->origin.version = value;
        } else if (key == u"lede.entity") {
            a->links.insert(QString::fromLatin1(LinkRole::Entity), value);
        } else if (key == u"lede.entity.definition") {
            const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
            Entity e;
            e.id = o.value(QStringLiteral("id")).toString();
            e.name = o.value(QStringLiteral("name")).toString();
            e.type = o.value(QStringLiteral("type")).toString();
            for (const QJsonValue &v : o.value(QStringLiteral("aliases")).toArray())
                e.aliases.append(v.toString());
            for (const QJsonValue &v : o.value(QStringLiteral("titles")).toArray())
                e.titles.append(v.toString());
            if (e.id.isEmpty())
                problem(QStringLiteral("%1: the entity definition has no id; skipped").arg(id));
            else if (!m_assembler.hasEntity(e.id))
                m_assembler.addEntity(e);
        } else {
            a->attributes.insert(key, value);
        }
    }

    void settleEntities()
    {
        // Equiv groups from other tools: one canonical entity per group, named after its
        // longest mention. Mentions that already name an entity (Lede's notes) keep it.
        int counter = 0;
        for (const QStringList &group : m_groups) {
            QList<Annotation *> unlinked;
            for (const QString &key : group)
                if (Annotation *a = m_assembler.byKey(key); a && a->link(QString::fromLatin1(LinkRole::Entity)).isEmpty())
                    unlinked.append(a);
            if (unlinked.size() < 2)
                continue;
            Entity e;
            do
                e.id = QStringLiteral("Ei%1").arg(++counter);
            while (m_assembler.hasEntity(e.id));
            for (Annotation *a : unlinked)
                a->links.insert(QString::fromLatin1(LinkRole::Entity), e.id);
            const Annotation *longest = *std::max_element(unlinked.cbegin(), unlinked.cend(), [](auto *x, auto *y) {
                return x->span.length() < y->span.length();
            });
            e.name = m_article.text.mid(longest->span.start, longest->span.length());
            e.type = longest->label;
            m_assembler.addEntity(e);
        }
    }

    const Article &m_article;
    ImportAssembler m_assembler;
    NewlineMap m_articleLines;
    QString m_source;
    CodePointMap m_sourceMap;
    bool m_sameText;
    QString m_fileName;
    QString m_where;
    QList<QStringList> m_groups;
};

} // namespace

ImportResult BratImporter::import(const QString &ann, const std::optional<QString> &sourceText, const Article &article,
                                  const QString &fileName)
{
    return Reader(sourceText, article, fileName).read(ann);
}

} // namespace Lede::Core

#include "io/sidecarformat.h"

#include "text/codepointmap.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Lede::Core {
namespace {

// ---- writing -------------------------------------------------------------------------------

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject quoteObject(const TextQuote &quote)
{
    return QJsonObject{{QStringLiteral("exact"), quote.exact},
                       {QStringLiteral("prefix"), quote.prefix},
                       {QStringLiteral("suffix"), quote.suffix}};
}

QJsonObject annotationObject(const Annotation &a, const QString &text, const CodePointMap &map)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("layer"), layerName(a.layer));
    o.insert(QStringLiteral("label"), a.label);
    o.insert(QStringLiteral("status"), statusName(a.status));
    const Span span{std::clamp(a.span.start, 0, int(text.size())),
                    std::clamp(a.span.end, 0, int(text.size()))};
    o.insert(QStringLiteral("start"), map.toCodePoint(span.start));
    o.insert(QStringLiteral("end"), map.toCodePoint(span.end));
    if (a.orphanedQuote) {
        o.insert(QStringLiteral("orphaned"), true);
        o.insert(QStringLiteral("quote"), quoteObject(*a.orphanedQuote));
    } else {
        o.insert(QStringLiteral("quote"), quoteObject(quoteOf(text, span)));
    }
    QJsonObject origin;
    if (a.origin.byAnalyst()) {
        origin.insert(QStringLiteral("by"), QStringLiteral("analyst"));
    } else {
        origin.insert(QStringLiteral("by"), QStringLiteral("extractor"));
        origin.insert(QStringLiteral("rule"), a.origin.rule);
        origin.insert(QStringLiteral("version"), a.origin.version);
    }
    o.insert(QStringLiteral("origin"), origin);
    if (!a.links.isEmpty())
        o.insert(QStringLiteral("links"), stringMap(a.links));
    if (!a.attributes.isEmpty())
        o.insert(QStringLiteral("attributes"), stringMap(a.attributes));
    return o;
}

QJsonObject entityObject(const Entity &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("type"), e.type},
                       {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
                       {QStringLiteral("titles"), QJsonArray::fromStringList(e.titles)}};
}

// ---- reading -------------------------------------------------------------------------------

/// Walks a JSON tree and remembers the first problem with the path where it was found.
class Validator
{
public:
    explicit Validator(QString fileName) : m_fileName(std::move(fileName)) {}

    bool failed() const { return !m_problem.isEmpty(); }
    Error error() const { return Error{m_problem}; }

    void fail(const QString &path, const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("%1: %2: %3").arg(m_fileName, path, problem);
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, v.isUndefined() ? QStringLiteral("is missing")
                                       : QStringLiteral("must be an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray())
            fail(path, v.isUndefined() ? QStringLiteral("is missing")
                                       : QStringLiteral("must be an array"));
        return v.toArray();
    }
    QString string(const QJsonValue &v, const QString &path, bool allowEmpty = true)
    {
        if (!v.isString())
            fail(path, v.isUndefined() ? QStringLiteral("is missing")
                                       : QStringLiteral("must be a string"));
        else if (!allowEmpty && v.toString().isEmpty())
            fail(path, QStringLiteral("must not be empty"));
        return v.toString();
    }
    QString optionalString(const QJsonValue &v, const QString &path)
    {
        return v.isUndefined() ? QString() : string(v, path);
    }
    int count(const QJsonValue &v, const QString &path)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != double(qint64(d)) || d > 2147483647.0) {
            fail(path, v.isUndefined() ? QStringLiteral("is missing")
                                       : QStringLiteral("must be a whole number ≥ 0"));
            return 0;
        }
        return int(d);
    }
    QStringList strings(const QJsonValue &v, const QString &path)
    {
        QStringList out;
        if (v.isUndefined())
            return out;
        const QJsonArray a = array(v, path);
        for (qsizetype i = 0; i < a.size(); ++i)
            out.append(string(a[i], QStringLiteral("%1[%2]").arg(path).arg(i)));
        return out;
    }
    QMap<QString, QString> stringMap(const QJsonValue &v, const QString &path)
    {
        QMap<QString, QString> out;
        if (v.isUndefined())
            return out;
        const QJsonObject o = object(v, path);
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), string(it.value(), path + u'.' + it.key()));
        return out;
    }

private:
    QString m_fileName;
    QString m_problem;
};

QString lineAndColumn(const QByteArray &bytes, int offset)
{
    const QByteArray before = bytes.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

Entity readEntity(Validator &v, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = v.object(value, path);
    Entity e;
    e.id = v.string(o.value(QStringLiteral("id")), path + QStringLiteral(".id"), false);
    e.name = v.string(o.value(QStringLiteral("name")), path + QStringLiteral(".name"));
    e.type = v.string(o.value(QStringLiteral("type")), path + QStringLiteral(".type"));
    e.aliases = v.strings(o.value(QStringLiteral("aliases")), path + QStringLiteral(".aliases"));
    e.titles = v.strings(o.value(QStringLiteral("titles")), path + QStringLiteral(".titles"));
    return e;
}

StoredAnnotation readAnnotation(Validator &v, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = v.object(value, path);
    StoredAnnotation stored;
    Annotation &a = stored.annotation;
    a.id = v.string(o.value(QStringLiteral("id")), path + QStringLiteral(".id"), false);

    const QString layer = v.string(o.value(QStringLiteral("layer")), path + QStringLiteral(".layer"));
    if (const auto parsed = layerFromName(layer))
        a.layer = *parsed;
    else if (!v.failed())
        v.fail(path + QStringLiteral(".layer"), QStringLiteral("unknown layer '%1'").arg(layer));

    a.label = v.string(o.value(QStringLiteral("label")), path + QStringLiteral(".label"), false);

    const QString status = v.string(o.value(QStringLiteral("status")), path + QStringLiteral(".status"));
    if (const auto parsed = statusFromName(status))
        a.status = *parsed;
    else if (!v.failed())
        v.fail(path + QStringLiteral(".status"),
               QStringLiteral("unknown status '%1' (suggested, accepted, rejected or added)").arg(status));

    a.span.start = v.count(o.value(QStringLiteral("start")), path + QStringLiteral(".start"));
    a.span.end = v.count(o.value(QStringLiteral("end")), path + QStringLiteral(".end"));
    if (!v.failed() && a.span.end < a.span.start)
        v.fail(path + QStringLiteral(".end"), QStringLiteral("must not be before start"));

    const QString quotePath = path + QStringLiteral(".quote");
    const QJsonObject quote = v.object(o.value(QStringLiteral("quote")), quotePath);
    stored.quote.exact = v.string(quote.value(QStringLiteral("exact")), quotePath + QStringLiteral(".exact"));
    stored.quote.prefix = v.optionalString(quote.value(QStringLiteral("prefix")), quotePath + QStringLiteral(".prefix"));
    stored.quote.suffix = v.optionalString(quote.value(QStringLiteral("suffix")), quotePath + QStringLiteral(".suffix"));

    const QString originPath = path + QStringLiteral(".origin");
    const QJsonObject origin = v.object(o.value(QStringLiteral("origin")), originPath);
    const QString by = v.string(origin.value(QStringLiteral("by")), originPath + QStringLiteral(".by"));
    if (by == QLatin1String("extractor")) {
        a.origin.rule = v.string(origin.value(QStringLiteral("rule")), originPath + QStringLiteral(".rule"), false);
        a.origin.version = v.optionalString(origin.value(QStringLiteral("version")), originPath + QStringLiteral(".version"));
    } else if (by != QLatin1String("analyst") && !v.failed()) {
        v.fail(originPath + QStringLiteral(".by"), QStringLiteral("must be 'extractor' or 'analyst'"));
    }

    a.links = v.stringMap(o.value(QStringLiteral("links")), path + QStringLiteral(".links"));
    a.attributes = v.stringMap(o.value(QStringLiteral("attributes")), path + QStringLiteral(".attributes"));

    const QJsonValue orphaned = o.value(QStringLiteral("orphaned"));
    if (!orphaned.isUndefined() && !orphaned.isBool())
        v.fail(path + QStringLiteral(".orphaned"), QStringLiteral("must be true or false"));
    if (orphaned.toBool())
        a.orphanedQuote = stored.quote;
    return stored;
}

void checkIdsAndLinks(Validator &v, const SidecarData &data)
{
    QSet<QString> entityIds, annotationIds;
    for (qsizetype i = 0; i < data.entities.size() && !v.failed(); ++i) {
        const QString &id = data.entities[i].id;
        if (entityIds.contains(id))
            v.fail(QStringLiteral("$.entities[%1].id").arg(i), QStringLiteral("'%1' is used twice").arg(id));
        entityIds.insert(id);
    }
    for (qsizetype i = 0; i < data.annotations.size() && !v.failed(); ++i) {
        const QString &id = data.annotations[i].annotation.id;
        if (annotationIds.contains(id) || entityIds.contains(id))
            v.fail(QStringLiteral("$.annotations[%1].id").arg(i), QStringLiteral("'%1' is used twice").arg(id));
        annotationIds.insert(id);
    }
    for (qsizetype i = 0; i < data.annotations.size() && !v.failed(); ++i) {
        const auto &links = data.annotations[i].annotation.links;
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            const bool toEntity = it.key() == QLatin1String(LinkRole::Entity);
            if (!(toEntity ? entityIds : annotationIds).contains(it.value())) {
                v.fail(QStringLiteral("$.annotations[%1].links.%2").arg(i).arg(it.key()),
                       QStringLiteral("no %1 has the id '%2'")
                           .arg(toEntity ? QStringLiteral("entity") : QStringLiteral("annotation"), it.value()));
                break;
            }
        }
    }
}

} // namespace

TextQuote quoteOf(const QString &text, Span span)
{
    // Context is counted in code points, and never cuts a surrogate pair in half.
    auto back = [&](int pos) {
        int n = 0;
        while (pos > 0 && n < SidecarFormat::ContextLength) {
            --pos;
            if (pos > 0 && text[pos].isLowSurrogate() && text[pos - 1].isHighSurrogate())
                --pos;
            ++n;
        }
        return pos;
    };
    auto forward = [&](int pos) {
        int n = 0;
        while (pos < text.size() && n < SidecarFormat::ContextLength) {
            if (text[pos].isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate())
                ++pos;
            ++pos;
            ++n;
        }
        return pos;
    };
    const int prefixStart = back(span.start);
    const int suffixEnd = forward(span.end);
    return TextQuote{text.mid(span.start, span.length()),
                     text.mid(prefixStart, span.start - prefixStart),
                     text.mid(span.end, suffixEnd - span.end)};
}

QByteArray writeSidecar(const Article &article, const AnnotationSet &set, const std::optional<SidecarSource> &source,
                        const QString &chosenEncoding)
{
    const CodePointMap map(article.text);
    QJsonArray annotations;
    for (const Annotation &a : set.sorted())
        annotations.append(annotationObject(a, article.text, map));

    QList<Entity> entities = set.entities();
    std::sort(entities.begin(), entities.end(),
              [](const Entity &a, const Entity &b) { return a.id < b.id; });
    QJsonArray entityArray;
    for (const Entity &e : entities)
        entityArray.append(entityObject(e));

    QJsonObject articleObject{
        {QStringLiteral("file"), QFileInfo(article.sourcePath).fileName()},
        {QStringLiteral("fingerprint"), QString(QStringLiteral("sha256:") + article.fingerprint())},
        {QStringLiteral("length"), map.codePointLength()},
    };
    if (!chosenEncoding.isEmpty())
        articleObject.insert(QStringLiteral("encoding"), chosenEncoding);
    QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(SidecarFormat::Name)},
        {QStringLiteral("version"), SidecarFormat::Version},
        {QStringLiteral("article"), articleObject},
        {QStringLiteral("entities"), entityArray},
        {QStringLiteral("annotations"), annotations},
    };
    if (source)
        root.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("format"), source->format},
                                                          {QStringLiteral("importer"), source->importer},
                                                          {QStringLiteral("text"), source->text}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SidecarData> parseSidecar(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("%1: %2: not valid JSON (%3)")
                         .arg(fileName, lineAndColumn(bytes, parseError.offset), parseError.errorString())};
    if (!doc.isObject())
        return Error{QStringLiteral("%1: $: must be a JSON object").arg(fileName)};
    const QJsonObject root = doc.object();

    Validator v(fileName);
    const QString format = v.string(root.value(QStringLiteral("format")), QStringLiteral("$.format"));
    if (!v.failed() && format != QLatin1String(SidecarFormat::Name))
        v.fail(QStringLiteral("$.format"),
               QStringLiteral("is '%1', not '%2': this is not a Lede sidecar").arg(format, QLatin1String(SidecarFormat::Name)));
    SidecarData data;
    data.formatVersion = v.count(root.value(QStringLiteral("version")), QStringLiteral("$.version"));
    if (v.failed())
        return v.error();
    if (data.formatVersion > SidecarFormat::Version)
        return Error{QStringLiteral("%1: written by a newer Lede (sidecar format version %2; this "
                                    "Lede reads version %3 and older). Update Lede to open it; "
                                    "the file was left unchanged.")
                         .arg(fileName).arg(data.formatVersion).arg(SidecarFormat::Version)};
    if (data.formatVersion < 1)
        return Error{QStringLiteral("%1: $.version: must be 1 or more").arg(fileName)};

    const QJsonObject article = v.object(root.value(QStringLiteral("article")), QStringLiteral("$.article"));
    data.articleFileName = v.string(article.value(QStringLiteral("file")), QStringLiteral("$.article.file"));
    data.fingerprint = v.string(article.value(QStringLiteral("fingerprint")), QStringLiteral("$.article.fingerprint"));
    if (!v.failed() && !data.fingerprint.startsWith(QLatin1String("sha256:")))
        v.fail(QStringLiteral("$.article.fingerprint"), QStringLiteral("must start with 'sha256:'"));
    data.fingerprint = data.fingerprint.mid(7);
    data.articleLength = v.count(article.value(QStringLiteral("length")), QStringLiteral("$.article.length"));
    if (!v.failed() && article.contains(QStringLiteral("encoding"))) {
        data.chosenEncoding = v.string(article.value(QStringLiteral("encoding")), QStringLiteral("$.article.encoding"));
        if (!v.failed() && data.chosenEncoding.isEmpty())
            v.fail(QStringLiteral("$.article.encoding"), QStringLiteral("must name an encoding"));
    }

    const QJsonArray entities = v.array(root.value(QStringLiteral("entities")), QStringLiteral("$.entities"));
    for (qsizetype i = 0; i < entities.size() && !v.failed(); ++i)
        data.entities.append(readEntity(v, entities[i], QStringLiteral("$.entities[%1]").arg(i)));

    const QJsonArray annotations = v.array(root.value(QStringLiteral("annotations")), QStringLiteral("$.annotations"));
    for (qsizetype i = 0; i < annotations.size() && !v.failed(); ++i) {
        const QString path = QStringLiteral("$.annotations[%1]").arg(i);
        StoredAnnotation stored = readAnnotation(v, annotations[i], path);
        if (!v.failed() && stored.annotation.span.end > data.articleLength)
            v.fail(path + QStringLiteral(".end"),
                   QStringLiteral("%1 is past the end of the article (%2 characters)")
                       .arg(stored.annotation.span.end).arg(data.articleLength));
        data.annotations.append(std::move(stored));
    }
    if (!v.failed())
        checkIdsAndLinks(v, data);
    if (!v.failed() && root.contains(QStringLiteral("source"))) {
        // Optional since format version 1 was published: sidecars without it stay valid.
        const QJsonObject source = v.object(root.value(QStringLiteral("source")), QStringLiteral("$.source"));
        SidecarSource s;
        s.format = v.string(source.value(QStringLiteral("format")), QStringLiteral("$.source.format"), false);
        s.importer = v.string(source.value(QStringLiteral("importer")), QStringLiteral("$.source.importer"), false);
        s.text = v.string(source.value(QStringLiteral("text")), QStringLiteral("$.source.text"));
        if (!v.failed() && fingerprintOf(s.text) != data.fingerprint)
            v.fail(QStringLiteral("$.source.text"), QStringLiteral("is not the text $.article.fingerprint names"));
        data.source = s;
    }
    if (v.failed())
        return v.error();
    return data;
}

} // namespace Lede::Core

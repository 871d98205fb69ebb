#include "labelset.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <vector>

namespace Lede::Test {

using Lede::Core::Span;

namespace {

bool readLines(const QString &path, QStringList *lines, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    *lines = QString::fromUtf8(file.readAll()).split(u'\n');
    return true;
}

/// Builds one article of own sentences as the labels describe it.
class OwnArticleBuilder
{
public:
    void headline(const QString &text) { m_text += text + QStringLiteral("\n\n"); }
    Span sentence(const QString &sentence)
    {
        if (m_inParagraph)
            m_text += u' ';
        m_inParagraph = true;
        const int start = int(m_text.size());
        m_text += sentence;
        return {start, int(m_text.size())};
    }
    void endParagraph()
    {
        if (m_inParagraph)
            m_text += QStringLiteral("\n\n");
        m_inParagraph = false;
    }
    QString text() const { return m_text.trimmed() + u'\n'; }

private:
    QString m_text;
    bool m_inParagraph = false;
};

} // namespace

QList<LabelledText> readOwnSentences(const QString &path, const QString &split, QString *error)
{
    QStringList lines;
    if (!readLines(path, &lines, error))
        return {};
    QList<LabelledText> out;
    OwnArticleBuilder builder;
    auto finish = [&] {
        if (!out.isEmpty())
            out.last().text = builder.text();
        builder = {};
    };
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        const QString where = QStringLiteral("%1:%2: ").arg(path).arg(n + 1);
        if (line.startsWith(u'#'))
            continue;
        if (line.isEmpty()) {
            builder.endParagraph();
            continue;
        }
        if (line.startsWith(QLatin1String("==="))) {
            finish();
            out.append({line.mid(3).trimmed(), split, {}, {}, {}});
            continue;
        }
        if (out.isEmpty()) {
            *error = where + QStringLiteral("text before the first '=== name' line");
            return {};
        }
        if (line.startsWith(u'@')) {
            builder.headline(line.mid(1).trimmed());
            continue;
        }
        const QStringList fields = line.split(QStringLiteral(" | "));
        if (fields.size() != 4) {
            *error = where + QStringLiteral("expected 'KIND | HOLDER | BACKING | sentence'");
            return {};
        }
        const Span span = builder.sentence(fields[3]);
        if (fields[0] == u"NOT") {
            out.last().nonClaims.append(span);
            continue;
        }
        GoldClaim c;
        c.span = span;
        c.kind = fields[0];
        c.holderKind = fields[1].section(u':', 0, 0);
        c.holder = fields[1].section(u':', 1);
        c.backing = fields[2];
        if (c.holderKind != u"author" && c.holderKind != u"quoted" && c.holderKind != u"source") {
            *error = where + QStringLiteral("holder must be author, quoted:NAME or source:NAME");
            return {};
        }
        out.last().claims.append(c);
    }
    finish();
    return out;
}

QList<LabelledText> readGumLabels(const QString &path, const QString &gumNewsDir, QString *error)
{
    QStringList lines;
    if (!readLines(path, &lines, error))
        return {};
    QList<LabelledText> out;
    QMap<QString, int> byDoc;
    QMap<QString, std::vector<int>> offsets; // per document: code point -> UTF-16 offset
    for (int n = 0; n < lines.size(); ++n) {
        const QString where = QStringLiteral("%1:%2: ").arg(path).arg(n + 1);
        if (lines[n].startsWith(u'#') || lines[n].trimmed().isEmpty())
            continue;
        const QStringList f = lines[n].split(u'\t');
        if (f.size() != 9) {
            *error = where + QStringLiteral("expected 9 tab-separated columns");
            return {};
        }
        if (!byDoc.contains(f[0])) {
            QFile file(QDir(gumNewsDir).filePath(f[0] + QStringLiteral(".json")));
            if (!file.open(QIODevice::ReadOnly)) {
                *error = where + QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
                return {};
            }
            const QString text = QJsonDocument::fromJson(file.readAll()).object().value(u"text").toString();
            byDoc.insert(f[0], int(out.size()));
            out.append({f[0], f[1], text, {}, {}});
            std::vector<int> &map = offsets[f[0]];
            for (int i = 0; i < text.size(); ++i) {
                map.push_back(i);
                if (text[i].isHighSurrogate() && i + 1 < text.size())
                    ++i;
            }
            map.push_back(int(text.size()));
        }
        LabelledText &doc = out[byDoc.value(f[0])];
        const std::vector<int> &map = offsets[f[0]];
        auto at = [&](const QString &v) {
            const int cp = v.toInt();
            return cp < 0 || size_t(cp) >= map.size() ? -1 : map[size_t(cp)];
        };
        GoldClaim c;
        c.span = {at(f[2]), at(f[3])};
        c.kind = f[4];
        c.holderKind = f[5];
        if (f[6].toInt() >= 0) {
            const int hs = at(f[6]), he = at(f[7]);
            c.holder = doc.text.mid(hs, he - hs);
        }
        c.backing = f[8];
        if (c.span.start < 0 || c.span.end < 0 || c.span.isEmpty()) {
            *error = where + QStringLiteral("offsets outside the document");
            return {};
        }
        doc.claims.append(c);
    }
    return out;
}

} // namespace Lede::Test

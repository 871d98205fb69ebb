#include "annotationprinter.h"

#include <QHash>

namespace Lede::Test {

QString printExtraction(const QString &text, const Core::ExtractionResult &result)
{
    QHash<QString, const Core::Annotation *> byId;
    for (const Core::Annotation &a : result.annotations)
        byId.insert(a.id, &a);
    QHash<QString, const Core::Entity *> entities;
    for (const Core::Entity &e : result.entities)
        entities.insert(e.id, &e);
    auto excerpt = [&](Core::Span span) -> QString {
        QString s = text.mid(span.start, span.length());
        s.replace(u'\n', QStringLiteral("\\n"));
        if (s.size() > 70)
            s = s.left(33) + QStringLiteral(" … ") + s.right(33);
        return u'"' + s + u'"';
    };
    QString out;
    for (const Core::Annotation &a : result.annotations) {
        out += Core::layerName(a.layer) + u' ' + a.label + u' ' + QString::number(a.span.start) + u'-'
            + QString::number(a.span.end) + u' ' + excerpt(a.span) + QStringLiteral(" rule=") + a.origin.rule;
        for (auto it = a.links.cbegin(); it != a.links.cend(); ++it) {
            out += u' ' + it.key() + u'=';
            if (const Core::Annotation *target = byId.value(it.value()))
                out += excerpt(target->span);
            else if (const Core::Entity *e = entities.value(it.value()))
                out += u'<' + e->name + u'>';
            else
                out += QStringLiteral("?") + it.value();
        }
        for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it)
            out += u' ' + it.key() + QStringLiteral("=\"") + it.value() + u'"';
        out += u'\n';
    }
    for (const Core::Entity &e : result.entities) {
        out += QStringLiteral("entity ") + e.type + u' ' + e.name;
        if (!e.aliases.isEmpty())
            out += QStringLiteral(" aliases=") + e.aliases.join(u'|');
        if (!e.titles.isEmpty())
            out += QStringLiteral(" titles=") + e.titles.join(u'|');
        out += u'\n';
    }
    return out;
}

} // namespace Lede::Test

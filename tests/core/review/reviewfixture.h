#pragma once

#include "model/annotationset.h"

#include <gtest/gtest.h>

#include <QString>

namespace Lede::Test {

/// Builds an annotation set over a text by naming the words to mark, so that tests read as
/// the article reads.
class ReviewFixture
{
public:
    explicit ReviewFixture(QString text) : m_text(std::move(text)) {}

    const QString &text() const { return m_text; }
    Core::AnnotationSet &set() { return m_set; }

    /// The span of the n-th (0-based) occurrence of `what` in the text.
    Core::Span spanOf(const QString &what, int occurrence = 0) const
    {
        qsizetype from = 0;
        for (int i = 0;; ++i) {
            const qsizetype at = m_text.indexOf(what, from);
            if (at < 0) {
                ADD_FAILURE() << "no occurrence " << occurrence << " of " << what.toStdString();
                return {};
            }
            if (i == occurrence)
                return Core::Span{int(at), int(at + what.size())};
            from = at + 1;
        }
    }

    QString add(Core::Layer layer, const QString &label, const QString &what, int occurrence = 0,
                QMap<QString, QString> links = {}, QMap<QString, QString> attributes = {})
    {
        Core::Annotation a;
        a.layer = layer;
        a.label = label;
        a.span = spanOf(what, occurrence);
        a.links = std::move(links);
        a.attributes = std::move(attributes);
        return m_set.add(a);
    }

    QString addEntity(const QString &id, const QString &name, const QString &type = QStringLiteral("PERSON"))
    {
        return m_set.addEntity(Core::Entity{id, name, type, {}, {}});
    }

    void setStatus(const QString &id, Core::Status status)
    {
        Core::Annotation a = *m_set.find(id);
        a.status = status;
        m_set.replace(a);
    }

private:
    QString m_text;
    Core::AnnotationSet m_set;
};

inline QMap<QString, QString> links(std::initializer_list<std::pair<const char *, QString>> pairs)
{
    QMap<QString, QString> map;
    for (const auto &[key, value] : pairs)
        map.insert(QString::fromLatin1(key), value);
    return map;
}

} // namespace Lede::Test

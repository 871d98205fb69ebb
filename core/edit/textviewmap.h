#pragma once

#include <QList>
#include <QString>

namespace Lede::Core {

/// The article text as an editor shows it, and the mapping between its offsets and the
/// article's.
///
/// QTextDocument turns each '\r' and each '\n' into a paragraph break of its own, so a CRLF
/// article would show an empty line after every line. The view text drops the '\r' of each
/// "\r\n" and turns a lone '\r' into '\n'; this map converts offsets between the two texts.
/// An article without CRLF maps one to one at no cost.
class TextViewMap
{
public:
    TextViewMap() = default;
    explicit TextViewMap(const QString &articleText);

    const QString &viewText() const { return m_viewText; }
    int toView(int articleOffset) const;
    /// An offset in the view text maps to the article offset of the same character (the '\n'
    /// of a "\r\n" for a line end).
    int toArticle(int viewOffset) const;
    bool isIdentity() const { return m_removed.isEmpty(); }

private:
    QString m_viewText;
    QList<int> m_removed; // article offsets of the dropped '\r', ascending
};

} // namespace Lede::Core

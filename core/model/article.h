#pragma once

#include <QByteArray>
#include <QString>

namespace Lede::Core {

/// The text an analyst annotates, and where it came from.
///
/// `text` is the decoded article (byte-order mark removed, line ends as in the file). Every
/// annotation offset refers to it.
struct Article {
    QString text;
    QString sourcePath;

    /// SHA-256 of the UTF-8 encoded text, lower-case hex. Tells whether the article changed
    /// since a sidecar was written.
    QString fingerprint() const;

    friend bool operator==(const Article &, const Article &) = default;
};

QString fingerprintOf(const QString &text);

} // namespace Lede::Core

#include "model/stableid.h"

#include <QCryptographicHash>

#include <charconv>

namespace Lede::Core {

QString stableId(char16_t prefix, QByteArrayView key)
{
    // One hasher per thread, reset for each id: a new one (and a hex string, and its left
    // part) per id cost three times the hashing itself, thousands of times per article.
    thread_local QCryptographicHash sha(QCryptographicHash::Sha1);
    sha.reset();
    sha.addData(key);
    const QByteArrayView digest = sha.resultView();
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString id(11, Qt::Uninitialized);
    QChar *out = id.data();
    out[0] = prefix;
    for (int i = 0; i < 5; ++i) {
        const auto byte = quint8(digest[i]);
        out[1 + 2 * i] = kHex[byte >> 4];
        out[2 + 2 * i] = kHex[byte & 15];
    }
    return id;
}

StableKey &StableKey::add(QStringView text)
{
    // Labels and layer names are ASCII: their bytes are their UTF-16 units.
    for (const QChar c : text) {
        if (c.unicode() >= 128) {
            const QByteArray utf8 = text.toUtf8();
            m_bytes.insert(m_bytes.end(), utf8.cbegin(), utf8.cend());
            return *this;
        }
    }
    for (const QChar c : text)
        m_bytes.push_back(char(c.unicode()));
    return *this;
}

StableKey &StableKey::add(int number)
{
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_bytes.insert(m_bytes.end(), digits, end);
    return *this;
}

} // namespace Lede::Core

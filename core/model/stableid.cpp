#include "model/stableid.h"

#include <QCryptographicHash>

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

} // namespace Lede::Core

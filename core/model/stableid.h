#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Lede::Core {

/// @p prefix and the first ten hex digits of the SHA-1 of @p key: the ids of extracted
/// annotations, entities and claims. A sidecar's verdicts are matched to a later extraction's
/// suggestions by these ids, so the scheme must never change.
QString stableId(char16_t prefix, QByteArrayView key);

/// Writes the UTF-8 key of a stable id ("quote|DIRECT|120|164") into one reused buffer.
/// Thousands of ids are made per article, and building each key from QByteArrays cost more
/// than hashing it.
class StableKey
{
public:
    StableKey &clear()
    {
        m_bytes.clear();
        return *this;
    }
    StableKey &add(QStringView text);
    StableKey &add(char c)
    {
        m_bytes.push_back(c);
        return *this;
    }
    StableKey &add(int number);
    QString id(char16_t prefix) const
    {
        return stableId(prefix, QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size())));
    }

private:
    std::vector<char> m_bytes;
};

} // namespace Lede::Core

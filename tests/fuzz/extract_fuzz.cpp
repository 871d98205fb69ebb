// libFuzzer target: any byte sequence, decoded as UTF-8 (invalid sequences become U+FFFD),
// must go through the whole extraction pipeline without crashing, and every annotation must
// lie inside the text.

#include "extract/extractor.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Lede::Core::Extractor extractor;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Lede::Core::ExtractionResult result = extractor.extract(text);
    for (const Lede::Core::Annotation &a : result.annotations)
        if (a.span.start < 0 || a.span.end > text.size() || a.span.start > a.span.end)
            std::abort();
    return 0;
}

// libFuzzer target: any bytes given to the sidecar loader give a value or an error, never a
// crash; whatever loads also anchors to an article and writes back out.
#include "io/articledocument.h"
#include "io/sidecarformat.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = Lede::Core::parseSidecar(bytes, QStringLiteral("fuzz.lede.json"));
    if (!parsed)
        return 0;
    // Anchor to a text of the declared length, and to a different one (re-anchoring path).
    const Lede::Core::Article same{QString(qMin(parsed->articleLength, 1 << 16), QLatin1Char('x')), QString()};
    const Lede::Core::Article other{QStringLiteral("Brenner said “no” on Tuesday."), QString()};
    for (const auto &article : {same, other}) {
        const auto anchored = Lede::Core::anchorSidecar(article, *parsed);
        (void)Lede::Core::writeSidecar(article, anchored.annotations);
    }
    return 0;
}

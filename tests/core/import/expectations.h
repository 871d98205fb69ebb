#pragma once

#include "import/importedarticle.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lede::Test {

/// What a test page must give: its blocks (zone and text, in order) and the boilerplate that
/// must not leak into the text. Read from a "<page>.expected" file beside the page.
struct Expectations {
    struct Block {
        QString zone;
        QString text;
    };
    QList<Block> blocks;
    QStringList boilerplate;
};

Expectations readExpectations(const QString &path);

/// How well an import did against its expectations.
struct ImportScore {
    qsizetype bodyChars = 0;        // characters of expected text
    qsizetype lostChars = 0;        // of those, not found as a zone with the right label
    qsizetype boilerplateChars = 0; // characters of boilerplate snippets
    qsizetype leakedChars = 0;      // of those, found in the text
    QStringList problems;           // one line per missing block, wrong zone or leak

    double lostPercent() const { return bodyChars ? 100.0 * double(lostChars) / double(bodyChars) : 0; }
    double leakedPercent() const { return boilerplateChars ? 100.0 * double(leakedChars) / double(boilerplateChars) : 0; }
};

/// Each expected block must be the text of a zone with its label, the zones in the expected
/// order; no boilerplate snippet may occur in the text.
ImportScore score(const QString &text, const QList<Core::Annotation> &zones, const Expectations &expected);

} // namespace Lede::Test

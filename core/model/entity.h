#pragma once

#include <QString>
#include <QStringList>

namespace Lede::Core {

/// A real-world entity that one or more mentions refer to ("Olaf Brenner", "Brenner",
/// "the interior minister"). Mentions point to it through their `entity` link.
struct Entity {
    QString id;
    QString name; // canonical name, usually the longest proper-name mention
    QString type; // PERSON, ORG, GPE, LOC, NORP, DATE
    QStringList aliases;
    QStringList titles;

    friend bool operator==(const Entity &, const Entity &) = default;
};

} // namespace Lede::Core

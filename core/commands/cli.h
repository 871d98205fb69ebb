#pragma once

#include "commands/commandio.h"

#include <QStringList>
#include <QTextStream>

namespace Lede::Core {

/// What the command line asked for.
struct CommandLineOutcome {
    bool startGui = false;   // no command was given: open the window
    QString articleForGui;   // the article to open in it, if any
    int exitCode = 0;        // otherwise: the command ran, and this is its exit status
};

/// Runs `lede` with its arguments (without the program name): the `extract` and `check`
/// commands, `--help` and `--version`, or tells the caller to start the GUI.
CommandLineOutcome runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Lede::Core

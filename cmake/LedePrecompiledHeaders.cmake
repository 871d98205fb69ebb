# Precompiled headers: Qt's and the standard library's headers are most of what the compiler
# reads for each of Lede's small source files. Precompiling them once per target halves the
# CPU time of a full build (lede_core under the ci preset: 540 s without, 250 s with), which
# is what keeps .ci/run's three full builds within its time budget.
option(LEDE_PRECOMPILED_HEADERS "Precompile the common Qt and standard library headers" ON)

set(LEDE_PCH_CORE
    <QByteArray> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QMap> <QSet> <QString> <QStringList> <QTextStream> <algorithm> <optional> <vector>)
set(LEDE_PCH_WIDGETS
    <QAbstractItemModel> <QAction> <QMenu> <QPainter> <QPlainTextEdit> <QTextDocument> <QWidget>)
set(LEDE_PCH_TESTS <gtest/gtest.h> <QTemporaryDir>)

# lede_precompile_headers(TARGET [WIDGETS] [TESTS])
function(lede_precompile_headers target)
    if(NOT LEDE_PRECOMPILED_HEADERS)
        return()
    endif()
    cmake_parse_arguments(ARG "WIDGETS;TESTS" "" "" ${ARGN})
    set(headers ${LEDE_PCH_CORE})
    if(ARG_WIDGETS)
        list(APPEND headers ${LEDE_PCH_WIDGETS})
    endif()
    if(ARG_TESTS)
        list(APPEND headers ${LEDE_PCH_TESTS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

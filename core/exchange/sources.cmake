# Exchange with other annotation tools (exports, imports, agreement) and the commands that use
# it, included by core/CMakeLists.txt. Paths are relative to core/.
set(LEDE_EXCHANGE_SOURCES
    exchange/exporter.h
    exchange/exportview.cpp exchange/exportview.h
    exchange/exportformats.cpp exchange/exportformats.h
    exchange/newlinemap.cpp exchange/newlinemap.h
    exchange/simpletokenizer.cpp exchange/simpletokenizer.h
    exchange/vocabulary.cpp exchange/vocabulary.h
    exchange/w3cexporter.cpp exchange/w3cexporter.h
    exchange/bratexporter.cpp exchange/bratexporter.h
    exchange/conllexporter.cpp exchange/conllexporter.h
    exchange/jsonlexporter.cpp exchange/jsonlexporter.h
    exchange/csvexporter.cpp exchange/csvexporter.h
    exchange/citronexporter.cpp exchange/citronexporter.h
    exchange/importresult.h
    exchange/importassembler.cpp exchange/importassembler.h
    exchange/bratimporter.cpp exchange/bratimporter.h
    exchange/w3cimporter.cpp exchange/w3cimporter.h
    exchange/agreement.cpp exchange/agreement.h
    exchange/batchrunner.cpp exchange/batchrunner.h
    exchange/progressbar.cpp exchange/progressbar.h
    commands/exportcommand.cpp commands/exportcommand.h
    commands/importcommand.cpp commands/importcommand.h
    commands/comparecommand.cpp commands/comparecommand.h
)

# Reading articles in formats other than plain text, included by core/CMakeLists.txt.
# Paths are relative to core/. HTML (gumbo), Markdown (md4c), encodings (uchardet, ICU) are
# part of lede_core; PDF (poppler-qt6, which needs Qt Gui) and downloading (Qt Network) are
# the satellite libraries lede_pdf and lede_net, which register with core at start-up.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LEDE_GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(LEDE_MD4C REQUIRED IMPORTED_TARGET md4c)
pkg_check_modules(LEDE_UCHARDET REQUIRED IMPORTED_TARGET uchardet)
pkg_check_modules(LEDE_ICU REQUIRED IMPORTED_TARGET icu-uc)

set(LEDE_IMPORT_SOURCES
    import/articleformat.cpp import/articleformat.h
    import/charsets.cpp import/charsets.h
    import/htmlcontent.cpp import/htmlcontent.h
    import/htmldom.cpp import/htmldom.h
    import/htmlentities.cpp import/htmlentities.h
    import/htmlimporter.cpp import/htmlimporter.h
    import/htmlmetadata.cpp import/htmlmetadata.h
    import/importedarticle.h
    import/importarguments.cpp import/importarguments.h
    import/importhooks.cpp import/importhooks.h
    import/markdownimporter.cpp import/markdownimporter.h
    import/pdflayout.cpp import/pdflayout.h
    import/textbuilder.cpp import/textbuilder.h
)
set(LEDE_IMPORT_LIBRARIES
    PkgConfig::LEDE_GUMBO PkgConfig::LEDE_MD4C PkgConfig::LEDE_UCHARDET PkgConfig::LEDE_ICU)

add_subdirectory(import/pdf)
add_subdirectory(import/net)

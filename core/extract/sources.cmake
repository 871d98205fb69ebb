# Sources and bundled knowledge of the extraction pipeline, included by core/CMakeLists.txt.
# Paths are relative to core/ (sources) and resources/ (knowledge).
set(LEDE_EXTRACT_SOURCES
    extract/attribution.cpp extract/attribution.h
    extract/attributioncues.cpp
    extract/attributionspeakers.cpp
    extract/unnamedspeakers.cpp
    extract/pronouns.cpp
    extract/attributionwords.h
    extract/samewords.h
    extract/directquotes.cpp
    extract/indirectspeech.cpp
    extract/accordingto.cpp
    extract/partialquotes.cpp
    extract/reportingclauses.cpp
    extract/document.h
    extract/entityfeatures.cpp extract/entityfeatures.h
    extract/entityfinder.cpp extract/entityfinder.h extract/entitynamewords.h
    extract/entitydescriptions.cpp
    extract/entitymodel.cpp extract/entitymodel.h
    extract/entitynames.cpp
    extract/entitynamejoins.cpp
    extract/entitytagger.cpp extract/entitytagger.h
    extract/extractor.cpp extract/extractor.h
    extract/languagefinder.cpp extract/languagefinder.h
    extract/lexicon.cpp extract/lexicon.h
    extract/mentiongrouper.cpp extract/mentiongrouper.h
    extract/quotefinder.cpp extract/quotefinder.h
    extract/tokenizer.cpp extract/tokenizer.h
    extract/zoner.cpp extract/zoner.h
)
set(LEDE_EXTRACT_LEXICONS
    abbreviations anonymous boilerplate cities common-words countries country-aliases
    first-names given-names-female given-names-male hedges intensifiers loaded loc-words gpe-words outlet-words company-words person-nouns group-nouns nationalities org-words organisations
    outlets regions speech-verbs states thought-verbs titles world-cities
)
set(LEDE_EXTRACT_RESOURCES
    ${PROJECT_SOURCE_DIR}/resources/samples/brenner-asylum.txt
    ${PROJECT_SOURCE_DIR}/resources/models/entity-tagger.txt
)
foreach(lexicon IN LISTS LEDE_EXTRACT_LEXICONS)
    list(APPEND LEDE_EXTRACT_RESOURCES ${PROJECT_SOURCE_DIR}/resources/lexicons/${lexicon}.txt)
endforeach()

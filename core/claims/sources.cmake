# Sources and word lists of the claim stage (check-worthy statements), included by
# core/CMakeLists.txt. Paths are relative to core/ (sources); word lists are compiled in at
# ":/claims/NAME.txt".
set(LEDE_CLAIMS_SOURCES
    claims/claimfeatures.cpp claims/claimfeatures.h
    claims/claimfinder.cpp claims/claimfinder.h
    claims/claimmodel.cpp claims/claimmodel.h
    claims/claimrules.cpp claims/claimrules.h
    claims/holderresolver.cpp claims/holderresolver.h
    claims/sentencesplitter.cpp claims/sentencesplitter.h
    claims/wordlist.cpp claims/wordlist.h
)
set(LEDE_CLAIMS_LISTS
    abbreviations accusation accusing-verbs cause comparison not-claims number-words opinion
    past-verbs prediction reporting-verbs vague-holders weights
)
set(LEDE_CLAIMS_RESOURCES "")
foreach(list IN LISTS LEDE_CLAIMS_LISTS)
    list(APPEND LEDE_CLAIMS_RESOURCES ${PROJECT_SOURCE_DIR}/resources/claims/${list}.txt)
endforeach()

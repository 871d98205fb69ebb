# Review of bias and attribution: figures computed from annotations, and the HTML report.
# Included by core/CMakeLists.txt; paths relative to core/ and resources/.
set(LEDE_REVIEW_SOURCES
    commands/reportcommand.cpp commands/reportcommand.h
    review/activeannotations.cpp review/activeannotations.h
    review/claimsreview.cpp
    review/html.cpp review/html.h
    review/htmlarticle.cpp review/htmlarticle.h
    review/reportingverbs.cpp review/reportingverbs.h
    review/reportwriter.cpp review/reportwriter.h
    review/review.cpp review/review.h
    review/sourcesreview.cpp
    review/textmeasure.cpp review/textmeasure.h
    review/voicemap.cpp
    review/voices.cpp
)
set(LEDE_REVIEW_RESOURCES
    ${PROJECT_SOURCE_DIR}/resources/review/reporting-verbs.txt
)

# The review views: pane, Voices model, share chart, article strip. Included by
# ui/CMakeLists.txt; paths relative to ui/.
set(LEDE_UI_REVIEW_SOURCES
    review/articlestrip.cpp review/articlestrip.h
    review/reviewpane.cpp review/reviewpane.h
    review/reviewrunner.cpp review/reviewrunner.h
    review/sharebarchart.cpp review/sharebarchart.h
    review/voicestablemodel.cpp review/voicestablemodel.h
)

# GUI-free editing logic of the workbench: the analyst's corrections as invertible change
# sets, navigation and review counts, and the mapping between article and editor offsets.
# Included by core/CMakeLists.txt; paths are relative to core/.
set(LEDE_EDIT_SOURCES
    edit/changeset.cpp edit/changeset.h
    edit/edits.cpp edit/edits.h
    edit/navigation.cpp edit/navigation.h
    edit/textviewmap.cpp edit/textviewmap.h
    edit/vocabulary.cpp edit/vocabulary.h
)

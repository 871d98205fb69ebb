// The workbench driven from the keyboard, as an analyst works: highlighting, every
// correction by key, undo and redo, saving and reopening. (Long articles: largearticle_test.cpp.)
#include "edit/vocabulary.h"
#include "editor/annotationhighlighter.h"
#include "io/sidecarfile.h"
#include "io/sidecarformat.h"
#include "panels/inspector.h"
#include "qtprinters.h"
#include "theme/annotationpalette.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Lede;
namespace LT = Lede::Test;
using Core::Layer;
using Core::Status;

namespace {

class Workbench : public ::testing::Test
{
protected:
    void SetUp() override
    {
        article = LT::copySample(dir);
        ASSERT_TRUE(bench.open(article));
        bench.view()->setFocus();
    }
    int offsetOf(const QString &words) const { return int(bench.session()->text().indexOf(words)); }
    Core::Span spanOf(const QString &words) const { return {offsetOf(words), offsetOf(words) + int(words.size())}; }

    QTemporaryDir dir;
    QString article;
    LT::Workbench bench;
};

} // namespace

TEST_F(Workbench, EachLayerHasItsOwnStyle)
{
    const Ui::AnnotationPalette palette = Ui::lightPalette();
    const Core::Annotation *person = bench.find(Layer::Entity, QStringLiteral("PERSON"), 90);
    ASSERT_NE(person, nullptr);
    const QTextCharFormat personFormat = LT::formatAt(bench.view(), person->span.start);
    EXPECT_EQ(personFormat.background().color(), Ui::blend(palette.base, palette.entityColour(QStringLiteral("PERSON")), 0.5));
    const Core::Annotation *gpe = bench.find(Layer::Entity, QStringLiteral("GPE"));
    EXPECT_NE(LT::formatAt(bench.view(), gpe->span.start).background(), personFormat.background());

    const int cue = offsetOf(QStringLiteral("said. “We are putting"));
    EXPECT_EQ(LT::formatAt(bench.view(), cue).fontWeight(), QFont::Bold);
    const int direct = offsetOf(QStringLiteral("“We are not closing"));
    EXPECT_EQ(LT::formatAt(bench.view(), direct + 3).underlineStyle(), QTextCharFormat::DashUnderline);
    const int hedgeFree = offsetOf(QStringLiteral("shameless"));
    EXPECT_EQ(LT::formatAt(bench.view(), hedgeFree).foreground().color(), Ui::blend(palette.base, palette.loaded, 0.7));
    // Plain body text carries no annotation style.
    const int plain = offsetOf(QStringLiteral("processing centres"));
    EXPECT_EQ(LT::formatAt(bench.view(), plain).background().style(), Qt::NoBrush);
}

TEST_F(Workbench, NestedSpansKeepBothStyles)
{
    // "catastrophic" is loaded wording inside the partial quote “catastrophic”.
    const int inner = offsetOf(QStringLiteral("catastrophic")) + 2;
    const QTextCharFormat f = LT::formatAt(bench.view(), inner);
    EXPECT_NE(f.underlineStyle(), QTextCharFormat::NoUnderline); // the quote
    EXPECT_TRUE(f.hasProperty(QTextFormat::ForegroundBrush));    // the loaded word
}

TEST_F(Workbench, AcceptedAnnotationsLookDifferentFromSuggestions)
{
    bench.key(Qt::Key_Tab);
    const Core::Annotation *first = bench.current();
    ASSERT_NE(first, nullptr);
    const Core::Span span = first->span;
    const QBrush suggested = LT::formatAt(bench.view(), span.start).background();
    bench.key(Qt::Key_Return);
    EXPECT_EQ(bench.annotations().find(first->id)->status, Status::Accepted);
    EXPECT_NE(LT::formatAt(bench.view(), span.start).background(), suggested);
}

TEST_F(Workbench, HiddenLayersAreNotDrawnAndNotVisited)
{
    const Core::Annotation *person = bench.find(Layer::Entity, QStringLiteral("PERSON"));
    bench.view()->highlighter()->setLayerHidden(Layer::Entity, true);
    EXPECT_EQ(LT::formatAt(bench.view(), person->span.start).background().style(), Qt::NoBrush);
    bench.key(Qt::Key_Tab);
    ASSERT_NE(bench.current(), nullptr);
    EXPECT_NE(bench.current()->layer, Layer::Entity);
    bench.view()->highlighter()->setLayerHidden(Layer::Entity, false);
    EXPECT_NE(LT::formatAt(bench.view(), person->span.start).background().style(), Qt::NoBrush);
}

TEST_F(Workbench, TabAndShiftTabMoveThroughAnnotations)
{
    bench.key(Qt::Key_Tab);
    const Core::Annotation *first = bench.current();
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->span.start, 0);
    EXPECT_EQ(bench.view()->selectionSpan(), first->span);
    const QString firstId = first->id;
    bench.key(Qt::Key_Tab);
    ASSERT_NE(bench.current(), nullptr);
    EXPECT_NE(bench.current()->id, firstId);
    EXPECT_GT(bench.current()->span.start, 0);
    bench.key(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(bench.window->controller()->currentId(), firstId);
}

TEST_F(Workbench, EnterAcceptsDeleteRejectsAndUndoRedoRestore)
{
    bench.key(Qt::Key_Tab);
    const QString first = bench.current()->id;
    bench.key(Qt::Key_Return);
    EXPECT_EQ(bench.annotations().find(first)->status, Status::Accepted);
    const QString second = bench.current()->id;
    EXPECT_NE(second, first); // Enter moves on
    bench.key(Qt::Key_Delete);
    EXPECT_EQ(bench.annotations().find(second)->status, Status::Rejected); // kept, as rejected
    EXPECT_TRUE(bench.window->isWindowModified());

    bench.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(bench.annotations().find(second)->status, Status::Suggested);
    bench.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(bench.annotations().find(first)->status, Status::Suggested);
    EXPECT_FALSE(bench.window->isWindowModified());
    bench.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    bench.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(bench.annotations().find(first)->status, Status::Accepted);
    EXPECT_EQ(bench.annotations().find(second)->status, Status::Rejected);
}

TEST_F(Workbench, UnreviewedOnlySkipsDecisions)
{
    bench.key(Qt::Key_Tab);
    bench.key(Qt::Key_Return); // accept the first, now on the second
    const QString second = bench.current()->id;
    bench.key(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    bench.key(Qt::Key_Backtab, Qt::ShiftModifier); // back past the accepted first one
    ASSERT_NE(bench.current(), nullptr);
    EXPECT_EQ(bench.current()->status, Status::Suggested);
    EXPECT_NE(bench.current()->span.start, 0);
    (void)second;
}

TEST_F(Workbench, TagKeysTagTheSelectionAndRelabel)
{
    const Core::Span span = spanOf(QStringLiteral("federal staff"));
    bench.view()->selectSpan(span);
    bench.key(Qt::Key_O);
    const Core::Annotation *tagged = bench.current();
    ASSERT_NE(tagged, nullptr);
    EXPECT_EQ(tagged->span, span);
    EXPECT_EQ(tagged->layer, Layer::Entity);
    EXPECT_EQ(tagged->label, QStringLiteral("ORG"));
    EXPECT_EQ(tagged->status, Status::Added);
    const Core::Entity *entity = bench.annotations().findEntity(tagged->link(QStringLiteral("entity")));
    ASSERT_NE(entity, nullptr);
    EXPECT_EQ(entity->name, QStringLiteral("federal staff"));
    EXPECT_EQ(LT::formatAt(bench.view(), span.start).background().color(),
              Ui::lightPalette().entityColour(QStringLiteral("ORG")));

    // A key of the same layer on the current annotation changes its label.
    const QString id = tagged->id;
    bench.key(Qt::Key_N);
    EXPECT_EQ(bench.annotations().find(id)->label, QStringLiteral("NORP"));

    // Every other tag key.
    const struct {
        Qt::Key key;
        Layer layer;
        const char *label;
        const char *words;
    } keys[] = {
        {Qt::Key_P, Layer::Entity, "PERSON", "private contractors"}, {Qt::Key_G, Layer::Entity, "GPE", "the borders"},
        {Qt::Key_L, Layer::Entity, "LOC", "processing centres"},     {Qt::Key_D, Layer::Entity, "DATE", "ten days"},
        {Qt::Key_Q, Layer::Quote, "DIRECT", "move asylum hearings"}, {Qt::Key_C, Layer::Cue, "SPEECH", "approved"},
        {Qt::Key_H, Layer::Hedge, "HEDGE", "deemed"},                {Qt::Key_K, Layer::Loaded, "LOADED", "sweeping"},
        {Qt::Key_R, Layer::Source, "ANONYMOUS", "the cabinet"},
    };
    for (const auto &k : keys) {
        bench.view()->selectSpan(spanOf(QString::fromUtf8(k.words)));
        bench.key(k.key);
        ASSERT_NE(bench.current(), nullptr) << k.words;
        EXPECT_EQ(bench.current()->span, spanOf(QString::fromUtf8(k.words)));
        EXPECT_EQ(bench.current()->layer, k.layer) << k.words;
        EXPECT_EQ(bench.current()->label, QString::fromLatin1(k.label)) << k.words;
    }
    // Pressing Q again on the quote cycles its kind.
    bench.view()->selectSpan(spanOf(QStringLiteral("move asylum hearings")));
    bench.key(Qt::Key_Q);
    EXPECT_EQ(bench.current()->label, QStringLiteral("PARTIAL"));
    bench.key(Qt::Key_Q);
    EXPECT_EQ(bench.current()->label, QStringLiteral("INDIRECT"));
    bench.key(Qt::Key_Q);
    EXPECT_EQ(bench.current()->label, QStringLiteral("SCARE"));
    bench.key(Qt::Key_Q);
    EXPECT_EQ(bench.current()->label, QStringLiteral("DIRECT"));
}

TEST_F(Workbench, AltArrowsResizeByCharacterAndWordAndUndoInOneStep)
{
    const Core::Span name = spanOf(QStringLiteral("Olaf Brenner insisted"));
    const Core::Span mention{name.start, name.start + 12};
    bench.view()->selectSpan(mention);
    const Core::Annotation *current = bench.current();
    ASSERT_NE(current, nullptr);
    ASSERT_EQ(current->span, mention);
    const QString id = current->id;

    bench.key(Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier); // start a word earlier: "Minister Olaf Brenner"
    EXPECT_EQ(bench.annotations().find(id)->span, (Core::Span{mention.start - 9, mention.end}));
    bench.key(Qt::Key_Left, Qt::AltModifier); // end a character earlier
    EXPECT_EQ(bench.annotations().find(id)->span, (Core::Span{mention.start - 9, mention.end - 1}));
    bench.key(Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier); // a word step first completes "Brenner"
    EXPECT_EQ(bench.annotations().find(id)->span.end, mention.end);
    bench.key(Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier); // then takes "insisted"
    EXPECT_EQ(bench.annotations().find(id)->span.end, name.end);
    bench.key(Qt::Key_Down, Qt::AltModifier); // start a character later
    EXPECT_EQ(bench.annotations().find(id)->span.start, mention.start - 8);
    EXPECT_EQ(bench.view()->selectionSpan(), bench.annotations().find(id)->span);

    bench.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(bench.annotations().find(id)->span, mention);
    EXPECT_EQ(bench.annotations().find(id)->status, Status::Suggested);
}

TEST_F(Workbench, LinkingAQuoteToItsSpeakerFromTheKeyboard)
{
    // The partial quote “done more than its share” names its speaker only in words: no link yet.
    const Core::Span quoteSpan = spanOf(QStringLiteral("“done more than its share”"));
    bench.view()->selectSpan(quoteSpan);
    const Core::Annotation *quote = bench.current();
    ASSERT_NE(quote, nullptr);
    ASSERT_EQ(quote->layer, Layer::Quote);
    const QString quoteId = quote->id;
    EXPECT_TRUE(quote->link(QStringLiteral("speaker")).isEmpty());

    bench.key(Qt::Key_S);
    bench.key(Qt::Key_Backtab, Qt::ShiftModifier); // back to the mention before the quote
    const Core::Annotation *mention = bench.current();
    ASSERT_NE(mention, nullptr);
    EXPECT_EQ(mention->layer, Layer::Entity);
    const QString mentionId = mention->id;
    bench.key(Qt::Key_Return);
    EXPECT_EQ(bench.annotations().find(quoteId)->link(QStringLiteral("speaker")), mentionId);
    EXPECT_EQ(bench.window->controller()->currentId(), quoteId);

    // Escape cancels a pick without linking.
    bench.key(Qt::Key_S);
    bench.key(Qt::Key_Tab);
    bench.key(Qt::Key_Escape);
    EXPECT_EQ(bench.window->controller()->currentId(), quoteId);
    EXPECT_EQ(bench.annotations().find(quoteId)->link(QStringLiteral("speaker")), mentionId);
}

TEST_F(Workbench, TheSpeakerPickVisitsOnlyWhatCanSpeakAndGoesBackWithShiftTab)
{
    bench.view()->selectSpan(spanOf(QStringLiteral("“a process that takes years to say no”")));
    ASSERT_NE(bench.current(), nullptr);
    const QString quoteId = bench.current()->id;
    bench.key(Qt::Key_S);
    // Forward in article order from the quote: people, organisations, places, groups and
    // sources only ("years", "Tuesday" and "March 14" are never offered), on to the Associated
    // Press and Reuters.
    QStringList visited;
    int sources = 0;
    for (int i = 0; i < 60 && sources < 2; ++i) {
        bench.key(Qt::Key_Tab);
        const Core::Annotation *a = bench.current();
        ASSERT_NE(a, nullptr);
        EXPECT_TRUE(a->layer == Layer::Source
                    || QStringList({QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"),
                                    QStringLiteral("NORP")})
                           .contains(a->label))
            << a->label.toStdString() << " at " << a->span.start;
        sources += a->layer == Layer::Source ? 1 : 0;
        visited.append(a->id);
    }
    EXPECT_EQ(sources, 2);
    EXPECT_EQ(bench.annotations().find(visited.first())->span.start, offsetOf(QStringLiteral("Brenner said. “We are putting")));
    // Shift+Tab walks the same way back.
    for (int i = int(visited.size()) - 2; i >= 0; --i) {
        bench.key(Qt::Key_Backtab, Qt::ShiftModifier);
        ASSERT_EQ(bench.window->controller()->currentId(), visited[i]);
    }
    bench.key(Qt::Key_Escape);
    EXPECT_EQ(bench.window->controller()->currentId(), quoteId);
}

TEST_F(Workbench, AQuoteIsLinkedToAHandTaggedSourceAndRelinkingDropsTheOldSpeakersWords)
{
    // The extractor links "Critics say the government has apparently ..." to the anonymous
    // source "Critics" and keeps the words in speakerText.
    const QString speakerText = QStringLiteral("speakerText");
    const Core::Annotation *quote = nullptr;
    for (const Core::Annotation &a : bench.annotations().annotations())
        if (a.layer == Layer::Quote && a.attribute(speakerText) == QStringLiteral("Critics"))
            quote = &a;
    ASSERT_NE(quote, nullptr);
    const QString quoteId = quote->id;
    const Core::Annotation *critics = bench.annotations().find(quote->link(QStringLiteral("speaker")));
    ASSERT_NE(critics, nullptr);
    EXPECT_EQ(critics->layer, Layer::Source);
    EXPECT_EQ(critics->label, QStringLiteral("ANONYMOUS"));

    // Tag "Police" as a source by hand (R), then pick it as the quote's speaker.
    bench.view()->selectSpan(spanOf(QStringLiteral("Police")));
    bench.key(Qt::Key_R);
    ASSERT_NE(bench.current(), nullptr);
    ASSERT_EQ(bench.current()->layer, Layer::Source);
    const QString policeId = bench.current()->id;
    bench.window->controller()->setCurrent(quoteId);
    const int steps = int(bench.session()->undoStack()->count());
    bench.key(Qt::Key_S);
    for (int i = 0; i < 30 && bench.window->controller()->currentId() != policeId; ++i)
        bench.key(Qt::Key_Tab);
    ASSERT_EQ(bench.window->controller()->currentId(), policeId);
    bench.key(Qt::Key_Return);
    EXPECT_EQ(bench.window->controller()->currentId(), quoteId);
    // What the extractor writes for a quote of an anonymous source.
    EXPECT_EQ(bench.annotations().find(quoteId)->link(QStringLiteral("speaker")), policeId);
    EXPECT_EQ(bench.annotations().find(quoteId)->attribute(speakerText), QStringLiteral("Police"));
    EXPECT_EQ(bench.session()->undoStack()->count(), steps + 1);

    // Relinked to a person, the source's words go with it.
    bench.key(Qt::Key_S);
    for (int i = 0; i < 30 && bench.current()->label != QStringLiteral("PERSON"); ++i)
        bench.key(Qt::Key_Tab);
    ASSERT_EQ(bench.current()->label, QStringLiteral("PERSON"));
    const QString personId = bench.window->controller()->currentId();
    bench.key(Qt::Key_Return);
    EXPECT_EQ(bench.annotations().find(quoteId)->link(QStringLiteral("speaker")), personId);
    EXPECT_FALSE(bench.annotations().find(quoteId)->attributes.contains(speakerText));

    bench.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(bench.annotations().find(quoteId)->link(QStringLiteral("speaker")), policeId);
    EXPECT_EQ(bench.annotations().find(quoteId)->attribute(speakerText), QStringLiteral("Police"));
}

TEST_F(Workbench, TheInspectorOffersSourcesAsSpeakersAndGivesTheKeyboardBack)
{
    auto *inspector = bench.window->findChild<Ui::Inspector *>();
    ASSERT_NE(inspector, nullptr);
    bench.view()->selectSpan(spanOf(QStringLiteral("“done more than its share”"))); // linked to no one yet
    const QString quoteId = bench.window->controller()->currentId();
    QComboBox *speaker = inspector->speakerBox();
    ASSERT_TRUE(speaker->isEnabled());
    // What cannot speak is not offered; sources are, by their words.
    for (int i = 0; i < speaker->count(); ++i) {
        EXPECT_FALSE(speaker->itemText(i).endsWith(QStringLiteral("(DATE)"))) << speaker->itemText(i).toStdString();
        EXPECT_FALSE(speaker->itemText(i).endsWith(QStringLiteral("(LOC)"))) << speaker->itemText(i).toStdString();
    }
    int official = -1;
    for (int i = 0; i < speaker->count(); ++i)
        if (speaker->itemText(i).startsWith(QStringLiteral("A senior official"), Qt::CaseInsensitive))
            official = i;
    ASSERT_GE(official, 0);
    EXPECT_TRUE(speaker->itemText(official).endsWith(QStringLiteral("(anonymous source)")));

    // Down opens the list, Return picks from it: one edit, and the article has the keyboard.
    const int steps = int(bench.session()->undoStack()->count());
    speaker->setFocus();
    QTest::keyClick(speaker, Qt::Key_Down);
    ASSERT_TRUE(speaker->view()->isVisible());
    EXPECT_EQ(speaker->currentIndex(), 0); // opening the list changed nothing
    speaker->view()->setCurrentIndex(speaker->model()->index(official, 0));
    QTest::keyClick(speaker->view(), Qt::Key_Return);
    // (The offscreen platform does not give the window back its activation after a popup, as
    // a window manager does: the window's focus is what tells where the keys go.)
    ASSERT_TRUE(QTest::qWaitFor([this] { return bench.window->focusWidget() == bench.view(); }));
    QApplication::setActiveWindow(bench.window.get());
    EXPECT_TRUE(bench.view()->hasFocus());
    EXPECT_EQ(bench.window->controller()->currentId(), quoteId); // the Return did not reach the article
    EXPECT_EQ(bench.session()->undoStack()->count(), steps + 1);
    const Core::Annotation *linked = bench.annotations().find(bench.annotations().find(quoteId)->link(QStringLiteral("speaker")));
    ASSERT_NE(linked, nullptr);
    EXPECT_EQ(linked->layer, Layer::Source);
    const QString words = bench.session()->text().mid(linked->span.start, linked->span.length());
    EXPECT_TRUE(words.startsWith(QStringLiteral("A senior official")));
    EXPECT_EQ(bench.annotations().find(quoteId)->attribute(QStringLiteral("speakerText")), words);
    EXPECT_EQ(speaker->currentIndex(), official); // the box shows the source it linked
    // Review keys work again at once: Tab moves on from the quote.
    bench.key(Qt::Key_Tab);
    EXPECT_NE(bench.window->controller()->currentId(), quoteId);

    // Esc in the inspector changes nothing and gives the keyboard back too.
    bench.window->controller()->setCurrent(quoteId);
    inspector->labelBox()->setFocus();
    QTest::keyClick(inspector->labelBox(), Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([this] { return bench.view()->hasFocus(); }));
    bench.key(Qt::Key_E);
    ASSERT_TRUE(inspector->noteField()->hasFocus());
    QTest::keyClicks(inspector->noteField(), QStringLiteral("half-typed"));
    QTest::keyClick(inspector->noteField(), Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([this] { return bench.view()->hasFocus(); }));
    EXPECT_TRUE(bench.annotations().find(quoteId)->attribute(QStringLiteral("note")).isEmpty());
    EXPECT_EQ(bench.session()->undoStack()->count(), steps + 1);
}

TEST_F(Workbench, MergingEntitiesOfDifferentTypesTakesASecondEnter)
{
    const int at = offsetOf(QStringLiteral("Olaf Brenner on Tuesday"));
    bench.view()->selectSpan({at, at + 12});
    ASSERT_NE(bench.current(), nullptr);
    ASSERT_EQ(bench.current()->label, QStringLiteral("PERSON"));
    const QString brennerId = bench.current()->id;
    const QString brenner = bench.current()->link(QStringLiteral("entity"));
    QSignalSpy messages(bench.window->controller(), &Ui::CorrectionController::message);

    bench.key(Qt::Key_M);
    for (int i = 0; i < 30 && bench.current()->label != QStringLiteral("GPE"); ++i)
        bench.key(Qt::Key_Tab);
    ASSERT_EQ(bench.current()->label, QStringLiteral("GPE"));
    const QString placeId = bench.current()->id;
    const QString place = bench.current()->link(QStringLiteral("entity"));
    const QString placeName = bench.annotations().findEntity(place)->name;
    const int steps = int(bench.session()->undoStack()->count());

    // The first Enter only says what the merge would do.
    bench.key(Qt::Key_Return);
    EXPECT_NE(bench.annotations().findEntity(place), nullptr);
    EXPECT_EQ(bench.session()->undoStack()->count(), steps);
    ASSERT_FALSE(messages.isEmpty());
    const QString warning = messages.last().first().toString();
    for (const QString &word : {placeName, QStringLiteral("GPE"), QStringLiteral("Olaf Brenner"), QStringLiteral("PERSON")})
        EXPECT_TRUE(warning.contains(word)) << warning.toStdString();
    EXPECT_EQ(bench.window->controller()->pendingPick(), Ui::CorrectionController::Pick::MergeInto);

    // Esc leaves both entities as they were.
    bench.key(Qt::Key_Escape);
    EXPECT_NE(bench.annotations().findEntity(place), nullptr);
    EXPECT_EQ(bench.window->controller()->currentId(), brennerId);

    // Enter twice on the same mention merges, and retypes the merged mentions.
    bench.key(Qt::Key_M);
    for (int i = 0; i < 30 && bench.window->controller()->currentId() != placeId; ++i)
        bench.key(Qt::Key_Tab);
    bench.key(Qt::Key_Return);
    bench.key(Qt::Key_Return);
    EXPECT_EQ(bench.annotations().findEntity(place), nullptr);
    EXPECT_EQ(bench.annotations().find(placeId)->link(QStringLiteral("entity")), brenner);
    EXPECT_EQ(bench.annotations().find(placeId)->label, QStringLiteral("PERSON"));
    EXPECT_EQ(bench.session()->undoStack()->count(), steps + 1);

    bench.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(bench.annotations().findEntity(place), nullptr);
    EXPECT_EQ(bench.annotations().find(placeId)->label, QStringLiteral("GPE"));
}

TEST_F(Workbench, MergingEntitiesAndSplittingAMentionOut)
{
    const Core::Span okafor = spanOf(QStringLiteral("Miriam Okafor"));
    bench.view()->selectSpan(okafor);
    const Core::Annotation *full = bench.current();
    ASSERT_NE(full, nullptr);
    const QString keptEntity = full->link(QStringLiteral("entity"));
    const int entitiesBefore = int(bench.annotations().entities().size());

    // Merge the entity of the next person of another entity (Lindqvist) into Okafor's, by
    // keyboard. (Entities of other types take a second Enter: see below.)
    bench.key(Qt::Key_M);
    for (int i = 0; i < 30 && (bench.current()->label != QStringLiteral("PERSON")
                               || bench.current()->link(QStringLiteral("entity")) == keptEntity); ++i)
        bench.key(Qt::Key_Tab);
    const Core::Annotation *other = bench.current();
    ASSERT_NE(other, nullptr);
    const QString otherId = other->id;
    const QString goneEntity = other->link(QStringLiteral("entity"));
    ASSERT_NE(goneEntity, keptEntity);
    bench.key(Qt::Key_Return);
    EXPECT_EQ(bench.annotations().findEntity(goneEntity), nullptr);
    EXPECT_EQ(bench.annotations().find(otherId)->link(QStringLiteral("entity")), keptEntity);
    EXPECT_EQ(int(bench.annotations().entities().size()), entitiesBefore - 1);

    // Split it out again into an entity of its own.
    bench.window->controller()->setCurrent(otherId);
    bench.key(Qt::Key_X);
    const QString own = bench.annotations().find(otherId)->link(QStringLiteral("entity"));
    EXPECT_NE(own, keptEntity);
    EXPECT_NE(bench.annotations().findEntity(own), nullptr);

    bench.key(Qt::Key_Z, Qt::ControlModifier);
    bench.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(bench.annotations().findEntity(goneEntity), nullptr);
    EXPECT_EQ(bench.annotations().find(otherId)->link(QStringLiteral("entity")), goneEntity);
    EXPECT_EQ(int(bench.annotations().entities().size()), entitiesBefore);
}

TEST_F(Workbench, ANoteIsTypedInTheInspector)
{
    bench.key(Qt::Key_Tab);
    const QString id = bench.current()->id;
    bench.key(Qt::Key_E);
    auto *inspector = bench.window->findChild<Ui::Inspector *>();
    ASSERT_NE(inspector, nullptr);
    QLineEdit *note = inspector->noteField();
    EXPECT_TRUE(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("check the title"));
    QTest::keyClick(note, Qt::Key_Return);
    EXPECT_EQ(bench.annotations().find(id)->attribute(QStringLiteral("note")), QStringLiteral("check the title"));
    EXPECT_TRUE(bench.view()->hasFocus());
    // Typing in the note did not tag anything: single-letter keys belong to the editor.
    EXPECT_EQ(bench.session()->undoStack()->count(), 1);
}

TEST_F(Workbench, TheInspectorChangesTheLabel)
{
    bench.key(Qt::Key_Tab);
    const QString id = bench.current()->id;
    auto *inspector = bench.window->findChild<Ui::Inspector *>();
    ASSERT_EQ(inspector->labelBox()->currentText(), bench.current()->label);
    const int org = inspector->labelBox()->findText(QStringLiteral("ORG"));
    ASSERT_GE(org, 0);
    inspector->labelBox()->setCurrentIndex(org);
    Q_EMIT inspector->labelBox()->activated(org);
    EXPECT_EQ(bench.annotations().find(id)->label, QStringLiteral("ORG"));
}

TEST_F(Workbench, SavedCorrectionsComeBackOnReopen)
{
    bench.key(Qt::Key_Tab);
    bench.key(Qt::Key_Return);
    bench.key(Qt::Key_Delete);
    bench.view()->selectSpan(spanOf(QStringLiteral("federal staff")));
    bench.key(Qt::Key_O);
    bench.key(Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(bench.window->isWindowModified());
    EXPECT_TRUE(bench.log->warnings.isEmpty());

    QFile sidecar(Core::SidecarFile::pathFor(article));
    ASSERT_TRUE(sidecar.open(QIODevice::ReadOnly));
    const QByteArray saved = sidecar.readAll();
    EXPECT_EQ(saved, Core::writeSidecar(bench.session()->document().article, bench.annotations()));
    const Core::AnnotationSet before = bench.annotations();

    LT::Workbench again;
    ASSERT_TRUE(again.open(article));
    EXPECT_TRUE(again.window->document()->hadSidecar);
    EXPECT_EQ(again.annotations().sorted(), before.sorted());
    EXPECT_EQ(again.annotations().entities().size(), before.entities().size());
    EXPECT_FALSE(again.window->isWindowModified());
    const Core::Annotation *rejected = nullptr;
    for (const Core::Annotation &a : again.annotations().annotations())
        if (a.status == Status::Rejected)
            rejected = &a;
    ASSERT_NE(rejected, nullptr); // rejected suggestions stay in the sidecar
}

TEST_F(Workbench, ClosingWithUnsavedChangesAsks)
{
    bench.key(Qt::Key_Tab);
    bench.key(Qt::Key_Return);
    bench.log->answers = {Ui::Notifier::Answer::Cancel};
    EXPECT_FALSE(bench.window->close());
    EXPECT_EQ(bench.log->questions.last(), QStringLiteral("Save changes?"));
    bench.log->answers = {Ui::Notifier::Answer::Yes};
    EXPECT_TRUE(bench.window->close());
    EXPECT_TRUE(QFile::exists(Core::SidecarFile::pathFor(article)));
}

TEST(WorkbenchCrLf, OffsetsOfACrLfArticleMapToTheView)
{
    QTemporaryDir dir;
    QString text = LT::sampleText();
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    const QString article = LT::writeArticle(dir, QStringLiteral("crlf.txt"), text);
    LT::Workbench bench;
    ASSERT_TRUE(bench.open(article));
    ASSERT_EQ(bench.session()->text(), text);
    // The view shows one line break per CRLF, not an empty line after each line.
    EXPECT_FALSE(bench.view()->toPlainText().contains(QLatin1Char('\r')));
    EXPECT_EQ(bench.view()->document()->blockCount(), text.count(QLatin1Char('\n')) + 1);

    // An annotation far into the text is drawn exactly over its words.
    const int offset = int(text.indexOf(QStringLiteral("Miriam Okafor")));
    const Core::Annotation *okafor = nullptr;
    for (const Core::Annotation &a : bench.annotations().annotations())
        if (a.layer == Layer::Entity && a.span.start == offset)
            okafor = &a;
    ASSERT_NE(okafor, nullptr);
    const int viewOffset = int(bench.view()->toPlainText().indexOf(QStringLiteral("Miriam Okafor")));
    EXPECT_NE(LT::formatAt(bench.view(), viewOffset).background().style(), Qt::NoBrush);
    EXPECT_EQ(LT::formatAt(bench.view(), viewOffset - 2).background().style(), Qt::NoBrush);

    // Selecting it selects the same words, and tagging a selection stores article offsets.
    bench.window->controller()->setCurrent(okafor->id);
    EXPECT_EQ(bench.view()->textCursor().selectedText(), QStringLiteral("Miriam Okafor"));
    EXPECT_EQ(bench.view()->selectionSpan(), okafor->span);
    const int staff = int(text.indexOf(QStringLiteral("federal staff")));
    bench.view()->selectSpan({staff, staff + 13});
    bench.key(Qt::Key_O);
    ASSERT_NE(bench.current(), nullptr);
    EXPECT_EQ(bench.current()->span, (Core::Span{staff, staff + 13}));
    EXPECT_EQ(text.mid(bench.current()->span.start, 13), QStringLiteral("federal staff"));
}

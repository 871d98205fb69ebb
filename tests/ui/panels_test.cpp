// The side panels follow edits with granular model signals and drive the editor.
#include "edit/edits.h"
#include "panels/entitiesmodel.h"
#include "panels/inspector.h"
#include "panels/orphansmodel.h"
#include "panels/panels.h"
#include "panels/quotesmodel.h"
#include "qtprinters.h"
#include "uitesthelpers.h"

#include "session/diskwatcher.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSignalSpy>
#include <QTreeView>

using namespace Lede;
namespace LT = Lede::Test;

namespace {

class Panels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        article = LT::copySample(dir);
        ASSERT_TRUE(bench.open(article));
        entities = bench.window->findChild<Ui::EntitiesPanel *>();
        quotes = bench.window->findChild<Ui::QuotesPanel *>();
        orphans = bench.window->findChild<Ui::OrphansPanel *>();
        ASSERT_TRUE(entities && quotes && orphans);
    }

    int rowOfEntityNamed(const QString &name) const
    {
        for (int row = 0; row < entities->model()->rowCount(); ++row)
            if (entities->model()->index(row, Ui::EntitiesModel::Name).data().toString() == name)
                return row;
        return -1;
    }

    QTemporaryDir dir;
    QString article;
    LT::Workbench bench;
    Ui::EntitiesPanel *entities = nullptr;
    Ui::QuotesPanel *quotes = nullptr;
    Ui::OrphansPanel *orphans = nullptr;
};

} // namespace

TEST_F(Panels, EntitiesListTypesAndMentionCounts)
{
    QAbstractItemModelTester tester(entities->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(entities->model()->rowCount(), bench.annotations().entities().size());
    const int brenner = rowOfEntityNamed(QStringLiteral("Olaf Brenner"));
    ASSERT_GE(brenner, 0);
    EXPECT_EQ(entities->model()->index(brenner, Ui::EntitiesModel::Type).data().toString(), QStringLiteral("PERSON"));
    const QString id = entities->model()->idAt(brenner);
    EXPECT_EQ(entities->model()->index(brenner, Ui::EntitiesModel::Mentions).data().toInt(),
              bench.annotations().mentionsOf(id).size());
    EXPECT_GT(bench.annotations().mentionsOf(id).size(), 3);
}

TEST_F(Panels, EditsUpdateRowsWithoutAReset)
{
    Ui::EntitiesModel *model = entities->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const int rows = model->rowCount();

    // Tagging new words adds one entity row.
    const int at = int(bench.session()->text().indexOf(QStringLiteral("federal staff")));
    bench.view()->selectSpan({at, at + 13});
    bench.key(Qt::Key_O);
    EXPECT_EQ(model->rowCount(), rows + 1);
    EXPECT_EQ(inserted.count(), 1);

    // Rejecting a mention lowers its entity's count.
    const int brenner = rowOfEntityNamed(QStringLiteral("Olaf Brenner"));
    const QString entity = model->idAt(brenner);
    const int count = model->mentionCount(entity);
    const QString mention = bench.annotations().mentionsOf(entity).first()->id;
    bench.window->controller()->setStatus(mention, Core::Status::Rejected);
    EXPECT_EQ(model->mentionCount(entity), count - 1);
    EXPECT_GE(changed.count(), 1);

    bench.key(Qt::Key_Z, Qt::ControlModifier);
    bench.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(model->rowCount(), rows);
    EXPECT_EQ(model->mentionCount(entity), count);
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(Panels, PickingAnEntityOutlinesAllItsMentions)
{
    const int brenner = rowOfEntityNamed(QStringLiteral("Olaf Brenner"));
    const QModelIndex index = entities->proxy()->mapFromSource(entities->model()->index(brenner, 0));
    entities->view()->setCurrentIndex(index);
    const QString entity = entities->model()->idAt(brenner);
    EXPECT_EQ(bench.view()->extraSelections().size(), bench.annotations().mentionsOf(entity).size());
}

TEST_F(Panels, QuotesShowTheirSpeakerAndPickingOneSelectsIt)
{
    Ui::QuotesModel *model = quotes->model();
    int speakerless = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, Ui::QuotesModel::Speaker).data().toString() == QStringLiteral("—")) {
            speakerless = row;
            break;
        }
    ASSERT_GE(speakerless, 0);
    const QString quoteId = model->idAt(speakerless);
    quotes->view()->setCurrentIndex(quotes->proxy()->mapFromSource(model->index(speakerless, 0)));
    EXPECT_EQ(bench.window->controller()->currentId(), quoteId);
    EXPECT_EQ(bench.view()->selectionSpan(), bench.annotations().find(quoteId)->span);

    QString brenner;
    for (const Core::Entity &e : bench.annotations().entities())
        if (e.name == QStringLiteral("Olaf Brenner"))
            brenner = e.id;
    bench.window->controller()->linkSpeakerToEntity(quoteId, brenner);
    EXPECT_EQ(model->index(model->rowOf(quoteId), Ui::QuotesModel::Speaker).data().toString(), QStringLiteral("Olaf Brenner"));
}

TEST_F(Panels, TheInspectorShowsNothingWhereThereIsNoAnnotation)
{
    auto *inspector = bench.window->findChild<Ui::Inspector *>();
    ASSERT_NE(inspector, nullptr);
    // A quote with a speaker fills every box...
    QString quoteId;
    for (const Core::Annotation &a : bench.annotations().annotations())
        if (a.layer == Core::Layer::Quote && !a.link(QStringLiteral("speaker")).isEmpty() && quoteId.isEmpty())
            quoteId = a.id;
    bench.window->controller()->setCurrent(quoteId);
    ASSERT_FALSE(inspector->labelBox()->currentText().isEmpty());
    ASSERT_GT(inspector->speakerBox()->currentIndex(), 0);
    ASSERT_GE(inspector->statusBox()->currentIndex(), 0);

    // ...and a place with no annotation (the empty line after the headline) leaves none of
    // its values behind, greyed out or not.
    const int blank = int(bench.session()->text().indexOf(QStringLiteral("backlog\n\n"))) + 8;
    bench.view()->selectSpan({blank, blank});
    ASSERT_TRUE(bench.window->controller()->currentId().isEmpty());
    for (QComboBox *box : {inspector->labelBox(), inspector->statusBox(), inspector->speakerBox(), inspector->entityBox(),
                           inspector->voiceBox(), inspector->backingBox()}) {
        EXPECT_TRUE(box->currentText().isEmpty()) << box->currentText().toStdString();
        EXPECT_TRUE(!box->isEnabled() || !box->isVisible());
    }
    EXPECT_TRUE(inspector->noteField()->text().isEmpty());
    EXPECT_TRUE(inspector->holderBox()->currentText().isEmpty());
}

TEST_F(Panels, ResizingACueRepaintsOnlyTheQuotesShowingIt)
{
    Ui::QuotesModel *model = quotes->model();
    const QString cueRole = QString::fromLatin1(Core::LinkRole::Cue);
    int row = 0;
    while (row < model->rowCount() && bench.annotations().find(model->idAt(row))->link(cueRole).isEmpty())
        ++row;
    ASSERT_LT(row, model->rowCount());
    const QString cueId = bench.annotations().find(model->idAt(row))->link(cueRole);
    const QString before = model->index(row, Ui::QuotesModel::Cue).data().toString();

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    bench.window->controller()->setCurrent(cueId);
    bench.key(Qt::Key_Right, Qt::ShiftModifier | Qt::AltModifier);
    EXPECT_NE(model->index(row, Ui::QuotesModel::Cue).data().toString(), before);
    ASSERT_GE(changed.count(), 1);
    for (const QList<QVariant> &signal : changed) {
        const int top = signal.at(0).toModelIndex().row();
        const int bottom = signal.at(1).toModelIndex().row();
        for (int r = top; r <= bottom; ++r)
            EXPECT_EQ(bench.annotations().find(model->idAt(r))->link(cueRole), cueId) << "row " << r << " repainted";
    }
}

TEST_F(Panels, OrphansCanBePlacedAgainByHand)
{
    // Make an orphan the way re-anchoring does, through an article edit that removes its words.
    bench.window->save();
    QString text = LT::sampleText();
    const QString gone = QStringLiteral("Czech Republic");
    text.replace(gone, QStringLiteral("Poland"));
    LT::writeArticle(dir, QStringLiteral("sample.txt"), text);
    bench.log->answers = {Ui::Notifier::Answer::Yes};
    bench.window->flow()->diskWatcher()->checkNow();
    ASSERT_GE(orphans->model()->rowCount(), 1);
    const QString orphan = orphans->model()->idAt(0);
    EXPECT_EQ(orphans->model()->index(0, Ui::OrphansModel::LastText).data().toString(), gone);

    const int poland = int(bench.session()->text().indexOf(QStringLiteral("Poland")));
    bench.view()->selectSpan({poland, poland + 6});
    orphans->view()->setCurrentIndex(orphans->proxy()->index(0, 0));
    bench.window->controller()->placeOrphan(orphans->currentId());
    EXPECT_FALSE(bench.annotations().find(orphan)->isOrphan());
    EXPECT_EQ(bench.annotations().find(orphan)->span, (Core::Span{poland, poland + 6}));
    EXPECT_EQ(orphans->model()->rowCount(), 0);
}

#include "commands/correctionactions.h"

#include "commands/correctioncontroller.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace Lede::Ui {
namespace {

struct TagKey {
    Core::Layer layer;
    const char *label;
    Qt::Key key;
    const char *text;
};

// The tag keys. An entity key on the current mention gives it that type; the other keys on
// an annotation of their layer cycle through the layer's labels (Q: direct, partial,
// indirect, scare quote; A: the claim kinds).
constexpr TagKey kTagKeys[] = {
    {Core::Layer::Entity, "PERSON", Qt::Key_P, QT_TRANSLATE_NOOP("CorrectionActions", "&Person")},
    {Core::Layer::Entity, "ORG", Qt::Key_O, QT_TRANSLATE_NOOP("CorrectionActions", "&Organisation")},
    {Core::Layer::Entity, "GPE", Qt::Key_G, QT_TRANSLATE_NOOP("CorrectionActions", "&Geopolitical entity")},
    {Core::Layer::Entity, "LOC", Qt::Key_L, QT_TRANSLATE_NOOP("CorrectionActions", "&Location")},
    {Core::Layer::Entity, "NORP", Qt::Key_N, QT_TRANSLATE_NOOP("CorrectionActions", "&Nationality or group")},
    {Core::Layer::Entity, "DATE", Qt::Key_D, QT_TRANSLATE_NOOP("CorrectionActions", "&Date")},
    {Core::Layer::Quote, "DIRECT", Qt::Key_Q, QT_TRANSLATE_NOOP("CorrectionActions", "&Quote")},
    {Core::Layer::Cue, "SPEECH", Qt::Key_C, QT_TRANSLATE_NOOP("CorrectionActions", "&Cue (reporting verb)")},
    {Core::Layer::Source, "ANONYMOUS", Qt::Key_R, QT_TRANSLATE_NOOP("CorrectionActions", "Sou&rce")},
    {Core::Layer::Hedge, "HEDGE", Qt::Key_H, QT_TRANSLATE_NOOP("CorrectionActions", "&Hedge")},
    {Core::Layer::Loaded, "LOADED", Qt::Key_K, QT_TRANSLATE_NOOP("CorrectionActions", "Loaded wording (&K)")},
    // A: a claim (assertion); again on a claim: the next kind.
    {Core::Layer::Claim, "EVENT", Qt::Key_A, QT_TRANSLATE_NOOP("CorrectionActions", "Cl&aim")},
};

} // namespace

CorrectionActions::CorrectionActions(CorrectionController *controller, QWidget *editor, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_editor(editor)
{
    using Core::Edits::Edge;
    using Core::Edits::Step;
    for (const TagKey &t : kTagKeys) {
        QAction *a = make(tr(t.text), QKeySequence(t.key), m_tag);
        // Lets the legend show each label's key.
        a->setProperty("tagKey", QString(Core::layerName(t.layer) + QLatin1Char('/') + QLatin1String(t.label)));
        const Core::Layer layer = t.layer;
        const QString label = QString::fromLatin1(t.label);
        connect(a, &QAction::triggered, controller, [controller, layer, label] { controller->tag(layer, label); });
    }

    m_accept = make(tr("&Accept"), QKeySequence(Qt::Key_Return), m_review);
    m_accept->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    connect(m_accept, &QAction::triggered, controller, &CorrectionController::acceptCurrent);
    m_reject = make(tr("&Reject"), QKeySequence(Qt::Key_Delete), m_review);
    connect(m_reject, &QAction::triggered, controller, &CorrectionController::rejectCurrent);
    QAction *next = make(tr("&Next annotation"), QKeySequence(Qt::Key_Tab), m_review);
    connect(next, &QAction::triggered, controller, &CorrectionController::goToNext);
    QAction *previous = make(tr("&Previous annotation"), QKeySequence(Qt::SHIFT | Qt::Key_Tab), m_review);
    // X11 and Windows report Shift+Tab as Shift+Backtab. Not bare Backtab as well: on X11 one
    // key press matches both, and Qt then runs neither ("Ambiguous shortcut overload").
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Backtab)});
    connect(previous, &QAction::triggered, controller, &CorrectionController::goToPrevious);
    m_unreviewedOnly = make(tr("Only &unreviewed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), m_review);
    m_unreviewedOnly->setCheckable(true);
    connect(m_unreviewedOnly, &QAction::toggled, controller, &CorrectionController::setUnreviewedOnly);

    struct Resize {
        const char *text;
        QKeyCombination key;
        Edge edge;
        Step step;
        int count;
    };
    const Resize resizes[] = {
        {QT_TR_NOOP("End one character later"), Qt::ALT | Qt::Key_Right, Edge::End, Step::Character, 1},
        {QT_TR_NOOP("End one character earlier"), Qt::ALT | Qt::Key_Left, Edge::End, Step::Character, -1},
        {QT_TR_NOOP("End one word later"), Qt::SHIFT | Qt::ALT | Qt::Key_Right, Edge::End, Step::Word, 1},
        {QT_TR_NOOP("End one word earlier"), Qt::SHIFT | Qt::ALT | Qt::Key_Left, Edge::End, Step::Word, -1},
        {QT_TR_NOOP("Start one character earlier"), Qt::ALT | Qt::Key_Up, Edge::Start, Step::Character, -1},
        {QT_TR_NOOP("Start one character later"), Qt::ALT | Qt::Key_Down, Edge::Start, Step::Character, 1},
        {QT_TR_NOOP("Start one word earlier"), Qt::SHIFT | Qt::ALT | Qt::Key_Up, Edge::Start, Step::Word, -1},
        {QT_TR_NOOP("Start one word later"), Qt::SHIFT | Qt::ALT | Qt::Key_Down, Edge::Start, Step::Word, 1},
    };
    for (const Resize &r : resizes) {
        QAction *a = make(tr(r.text), QKeySequence(r.key), m_review);
        a->setProperty("resize", true);
        const Resize copy = r;
        connect(a, &QAction::triggered, controller,
                [controller, copy] { controller->resizeCurrent(copy.edge, copy.step, copy.count); });
    }

    m_linkSpeaker = make(tr("Link &speaker or claim holder…"), QKeySequence(Qt::Key_S), m_review);
    connect(m_linkSpeaker, &QAction::triggered, controller, &CorrectionController::beginSpeakerPick);
    m_merge = make(tr("&Merge entity with…"), QKeySequence(Qt::Key_M), m_review);
    connect(m_merge, &QAction::triggered, controller, &CorrectionController::beginMergePick);
    m_split = make(tr("Spli&t mention out"), QKeySequence(Qt::Key_X), m_review);
    connect(m_split, &QAction::triggered, controller, &CorrectionController::splitCurrentMention);
    QAction *cancel = make(tr("Cancel pick"), QKeySequence(Qt::Key_Escape), m_review);
    connect(cancel, &QAction::triggered, controller, &CorrectionController::cancelPick);
    // The window connects the note action to the inspector, which holds the text field.
    m_note = make(tr("Add &note…"), QKeySequence(Qt::Key_E), m_review);
}

QAction *CorrectionActions::make(const QString &text, const QKeySequence &key, QList<QAction *> &into)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setShortcutVisibleInContextMenu(true);
    m_editor->addAction(action);
    into.append(action);
    return action;
}

QList<QAction *> CorrectionActions::contextActions() const
{
    QList<QAction *> out{m_accept, m_reject, nullptr};
    QMenu *tags = new QMenu(tr("Tag as"), m_editor);
    fillTagMenu(tags);
    out.append(tags->menuAction());
    out << nullptr << m_linkSpeaker << m_merge << m_split << m_note;
    return out;
}

void CorrectionActions::fillTagMenu(QMenu *menu) const
{
    Core::Layer last = Core::Layer::Entity;
    int i = 0;
    for (const TagKey &t : kTagKeys) {
        if (t.layer != last)
            menu->addSeparator();
        last = t.layer;
        menu->addAction(m_tag[i++]);
    }
}

void CorrectionActions::fillReviewMenu(QMenu *menu) const
{
    QMenu *resize = nullptr;
    for (QAction *a : m_review) {
        if (a->property("resize").toBool()) {
            if (!resize)
                resize = menu->addMenu(tr("Resi&ze"));
            resize->addAction(a);
            continue;
        }
        if (a == m_unreviewedOnly || a == m_linkSpeaker)
            menu->addSeparator();
        menu->addAction(a);
    }
}

} // namespace Lede::Ui

#include "panels/inspector.h"

#include "claims/claimrules.h"
#include "commands/correctioncontroller.h"
#include "edit/edits.h"
#include "edit/vocabulary.h"
#include "model/annotationset.h"
#include "session/documentsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>

namespace Lede::Ui {
namespace {
const QString kSpeaker = QString::fromLatin1(Core::LinkRole::Speaker);
const QString kEntity = QString::fromLatin1(Core::LinkRole::Entity);
const QString kCue = QString::fromLatin1(Core::LinkRole::Cue);
const QString kVoice = QString::fromLatin1(Core::AttributeKey::Voice);
const QString kNote = QString::fromLatin1(Core::AttributeKey::Note);
const QString kAuthor = QString::fromLatin1(Core::Claims::Author);
// The holder box's item for the author; entity items hold entity ids.
const QString kAuthorItem = QStringLiteral("@author");
// A speaker box item that is a source holds the source's id in this role (an entity item
// holds its entity's id as its data).
constexpr int kSourceRole = Qt::UserRole + 1;

/// What groups sources in the speaker box: their label and words, whatever the case.
QString sourceKey(const QString &text, const Core::Annotation &source)
{
    return source.label + QLatin1Char(':') + text.mid(source.span.start, source.span.length()).simplified().toLower();
}
} // namespace

Inspector::Inspector(DocumentSession *session, CorrectionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_controller(controller)
    , m_heading(new QLabel(this))
    , m_excerpt(new QLabel(this))
    , m_label(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_speaker(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_voice(new QComboBox(this))
    , m_cue(new QLabel(this))
    , m_origin(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_holder(new QComboBox(this))
    , m_backing(new QComboBox(this))
    , m_claimInfo(new QLabel(this))
    , m_form(new QFormLayout(this))
{
    // Holder: pick the author or an entity, or type a name and press Enter. No completer, so
    // that a typed name is never replaced by an entity the analyst did not pick.
    m_holder->setEditable(true);
    m_holder->setInsertPolicy(QComboBox::NoInsert);
    m_holder->setCompleter(nullptr);
    m_holder->lineEdit()->setPlaceholderText(tr("author, an entity, or type a name"));
    for (const QString &backing : Core::Claims::backings())
        m_backing->addItem(backing, backing);
    m_claimInfo->setWordWrap(true);
    m_claimInfo->setTextFormat(Qt::RichText);
    QFont heading = m_heading->font();
    heading.setBold(true);
    m_heading->setFont(heading);
    m_excerpt->setWordWrap(true);
    m_excerpt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const Core::Status s : {Core::Status::Suggested, Core::Status::Accepted, Core::Status::Rejected, Core::Status::Added})
        m_status->addItem(Core::statusName(s), int(s));
    m_voice->addItem(tr("—"), QString());
    m_voice->addItem(tr("author"), QStringLiteral("author"));
    m_voice->addItem(tr("quoted"), QStringLiteral("quoted"));
    m_note->setPlaceholderText(tr("Note (E in the editor)"));
    m_cue->setWordWrap(true);
    m_origin->setWordWrap(true);
    m_origin->setForegroundRole(QPalette::PlaceholderText);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_heading);
    m_form->addRow(m_excerpt);
    m_form->addRow(tr("&Label"), m_label);
    m_form->addRow(tr("&Holder"), m_holder);
    m_form->addRow(tr("&Backing"), m_backing);
    m_form->addRow(m_claimInfo);
    m_form->addRow(tr("Stat&us"), m_status); // Alt+T and Alt+V open the Tag and View menus
    m_form->addRow(tr("S&peaker"), m_speaker);
    m_form->addRow(tr("E&ntity"), m_entity);
    m_form->addRow(tr("Cue"), m_cue);
    m_form->addRow(tr("Vo&ice"), m_voice);
    m_form->addRow(tr("N&ote"), m_note);
    m_form->addRow(m_origin);

    // Every committed value hands the keyboard back to the article (done()).
    connect(m_label, &QComboBox::activated, this, [this] {
        m_controller->setLabel(m_id, m_label->currentText());
        doneAfterThisKey();
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        m_controller->setStatus(m_id, Core::Status(m_status->currentData().toInt()));
        doneAfterThisKey();
    });
    connect(m_speaker, &QComboBox::activated, this, &Inspector::pickSpeaker);
    connect(m_entity, &QComboBox::activated, this, [this] {
        m_controller->setLink(m_id, kEntity, m_entity->currentData().toString());
        doneAfterThisKey();
    });
    connect(m_voice, &QComboBox::activated, this, [this] {
        m_controller->setAttribute(m_id, kVoice, m_voice->currentData().toString());
        doneAfterThisKey();
    });
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating && !m_id.isEmpty())
            m_controller->setAttribute(m_id, kNote, m_note->text().trimmed());
    });
    connect(m_note, &QLineEdit::returnPressed, this, &Inspector::done);
    connect(m_holder, &QComboBox::activated, this, [this](int index) {
        pickHolder(index);
        doneAfterThisKey();
    });
    connect(m_holder->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        commitHolderText();
        Q_EMIT done();
    });
    connect(m_backing, &QComboBox::activated, this, [this] {
        m_controller->setClaimBacking(m_id, m_backing->currentData().toString());
        doneAfterThisKey();
    });
    connect(session, &DocumentSession::changed, this, &Inspector::refresh);
    for (QComboBox *box : {m_label, m_status, m_speaker, m_entity, m_voice, m_backing})
        box->installEventFilter(this);
    showAnnotation({});
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down on a closed list open it instead of choosing the next item: every choice is
    // an edit that hands the keyboard back to the article, so browsing happens in the list,
    // and Return commits.
    auto *box = qobject_cast<QComboBox *>(watched);
    if (box && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && key->modifiers() == Qt::NoModifier) {
            box->showPopup();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Inspector::showAnnotation(const QString &id)
{
    m_id = id;
    refresh();
}

void Inspector::editNote()
{
    if (m_id.isEmpty())
        return;
    m_note->setFocus(Qt::ShortcutFocusReason);
    m_note->selectAll();
}

void Inspector::keyPressEvent(QKeyEvent *event)
{
    // Esc reaches the inspector when no popup took it: leave without changing anything (a
    // note being typed goes back to what is stored).
    if (event->key() != Qt::Key_Escape) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_note->hasFocus()) {
        const QScopedValueRollback guard(m_updating, true);
        const Core::Annotation *a = m_session->hasDocument() ? m_session->annotations().find(m_id) : nullptr;
        m_note->setText(a ? a->attribute(kNote) : QString());
    }
    if (m_holder->hasFocus())
        refresh(); // a name typed but not stored
    event->accept();
    Q_EMIT done();
}

void Inspector::pickSpeaker(int index)
{
    const QString source = m_speaker->itemData(index, kSourceRole).toString();
    if (!source.isEmpty())
        m_controller->linkSpeakerToSource(m_id, source);
    else
        m_controller->linkSpeakerToEntity(m_id, m_speaker->itemData(index).toString());
    doneAfterThisKey();
}

void Inspector::doneAfterThisKey()
{
    // A list picks its item while the shortcut map is still matching the Return that picked
    // it: were the article given the keyboard now, the same Return would also accept the
    // current annotation there and move on. So the keyboard goes back once the key is through.
    QMetaObject::invokeMethod(this, [this] { Q_EMIT done(); }, Qt::QueuedConnection);
}

void Inspector::fillSpeakers(const Core::Annotation &quote)
{
    const Core::AnnotationSet &set = m_session->annotations();
    const QString &text = m_session->text();
    const Core::Annotation *speaker = set.find(quote.link(kSpeaker));
    const QString speakerEntity = speaker && speaker->layer == Core::Layer::Entity ? speaker->link(kEntity) : QString();
    m_speaker->clear();
    m_speaker->addItem(tr("—"), QString());
    // Entities that can speak; a date or a place never does. The current speaker's entity is
    // listed whatever its type, so that the box shows what the sidecar holds.
    QList<const Core::Entity *> entities;
    for (const Core::Entity &e : set.entities())
        if (Core::Edits::isSpeakingType(e.type) || e.id == speakerEntity)
            entities.append(&e);
    std::sort(entities.begin(), entities.end(),
              [](const Core::Entity *a, const Core::Entity *b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    for (const Core::Entity *e : entities)
        m_speaker->addItem(QStringLiteral("%1 (%2)").arg(e->name, e->type), e->id);
    // Then the sources in article order, once per label and words ("critics" may recur).
    QList<const Core::Annotation *> sources;
    for (const Core::Annotation &a : set.annotations())
        if (a.layer == Core::Layer::Source && a.id != quote.id && Core::Edits::canSpeak(a))
            sources.append(&a);
    std::sort(sources.begin(), sources.end(),
              [](const Core::Annotation *a, const Core::Annotation *b) { return Core::documentOrder(*a, *b); });
    QSet<QString> listed;
    const QString speakerSource = speaker && speaker->layer == Core::Layer::Source ? sourceKey(text, *speaker) : QString();
    int current = speakerEntity.isEmpty() ? 0 : std::max(0, m_speaker->findData(speakerEntity));
    for (const Core::Annotation *source : sources) {
        const QString key = sourceKey(text, *source);
        if (listed.contains(key))
            continue;
        listed.insert(key);
        const QString words = text.mid(source->span.start, source->span.length()).simplified();
        const QString kind = source->label == QLatin1String("OUTLET") ? tr("outlet") : tr("anonymous source");
        m_speaker->addItem(QStringLiteral("%1 (%2)").arg(words, kind));
        m_speaker->setItemData(m_speaker->count() - 1, source->id, kSourceRole);
        if (key == speakerSource)
            current = m_speaker->count() - 1;
    }
    m_speaker->setCurrentIndex(current);
}

void Inspector::fillEntities(QComboBox *box, const QString &type, const QString &current)
{
    box->clear();
    box->addItem(tr("—"), QString());
    QList<const Core::Entity *> entities;
    for (const Core::Entity &e : m_session->annotations().entities())
        if (type.isEmpty() || e.type == type)
            entities.append(&e);
    std::sort(entities.begin(), entities.end(),
              [](const Core::Entity *a, const Core::Entity *b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    for (const Core::Entity *e : entities)
        box->addItem(type.isEmpty() ? QStringLiteral("%1 (%2)").arg(e->name, e->type) : e->name, e->id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void Inspector::showClaimRows(bool shown)
{
    for (QWidget *w : {static_cast<QWidget *>(m_holder), static_cast<QWidget *>(m_backing), static_cast<QWidget *>(m_claimInfo)})
        m_form->setRowVisible(w, shown);
    // A claim has no speaker, entity, cue or voice of its own: its holder says who speaks.
    for (QWidget *w : {static_cast<QWidget *>(m_speaker), static_cast<QWidget *>(m_entity), static_cast<QWidget *>(m_cue),
                       static_cast<QWidget *>(m_voice)})
        m_form->setRowVisible(w, !shown);
}

void Inspector::commitHolderText()
{
    if (m_updating || m_id.isEmpty())
        return;
    const QString text = m_holder->currentText().simplified();
    // A typed name that is an item's text picks that item.
    const int item = m_holder->findText(text, Qt::MatchFixedString);
    if (item >= 0 && !m_holder->itemData(item).toString().isEmpty()) {
        pickHolder(item);
        return;
    }
    m_controller->setClaimHolder(m_id, text);
}

void Inspector::pickHolder(int index)
{
    const QString data = m_holder->itemData(index).toString();
    if (data == kAuthorItem)
        m_controller->setClaimHolder(m_id, kAuthor);
    else if (!data.isEmpty())
        m_controller->setClaimHolderToEntity(m_id, data);
}

void Inspector::refreshClaim(const Core::Annotation &claim)
{
    const auto attribute = [&claim](const char *key) { return claim.attribute(QString::fromLatin1(key)); };
    const QString holder = attribute(Core::Claims::Key::Holder);
    const QString holderKind = attribute(Core::Claims::Key::HolderKind);
    m_holder->clear();
    m_holder->addItem(kAuthor, kAuthorItem);
    QList<const Core::Entity *> entities;
    // Who can hold a claim is who can speak: a date or a river holds none.
    for (const Core::Entity &e : m_session->annotations().entities())
        if (Core::Edits::isSpeakingType(e.type))
            entities.append(&e);
    std::sort(entities.begin(), entities.end(),
              [](const Core::Entity *a, const Core::Entity *b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    for (const Core::Entity *e : entities)
        m_holder->addItem(QStringLiteral("%1 (%2)").arg(e->name, e->type), e->id);
    const Core::Annotation *linked = m_session->annotations().find(claim.link(QString::fromLatin1(Core::Claims::HolderLink)));
    const int entityItem = linked ? m_holder->findData(linked->link(kEntity)) : -1;
    if (holderKind == kAuthor)
        m_holder->setCurrentIndex(0);
    else if (entityItem >= 0 && m_holder->itemText(entityItem).startsWith(holder))
        m_holder->setCurrentIndex(entityItem);
    else
        m_holder->setCurrentIndex(-1);
    m_holder->setEditText(holderKind == kAuthor ? kAuthor : holder);
    m_backing->setCurrentIndex(m_backing->findData(attribute(Core::Claims::Key::Backing)));

    QStringList info;
    info.append(tr("held as: %1").arg(holderKind.isEmpty() ? tr("—") : holderKind.toHtmlEscaped()));
    const QString score = attribute(Core::Claims::Key::Checkworthiness);
    info.append(tr("check-worthiness: %1").arg(score.isEmpty() ? tr("— (tagged by hand)") : score.toHtmlEscaped()));
    QString html = info.join(QStringLiteral(" · "));
    if (Core::Claims::isUnbackedAccusation(claim))
        html += tr("<br/><b style=\"color:#c62828\">⚠ Unbacked accusation in the author's voice</b>");
    m_claimInfo->setText(html);
}

void Inspector::refresh()
{
    const QScopedValueRollback guard(m_updating, true);
    const Core::Annotation *a = m_session->hasDocument() ? m_session->annotations().find(m_id) : nullptr;
    for (QWidget *w : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_voice),
                       static_cast<QWidget *>(m_note)})
        w->setEnabled(a != nullptr);
    if (!a) {
        showClaimRows(false);
        m_heading->setText(tr("No annotation here"));
        m_excerpt->setText(tr("Tab moves to the next annotation; select words and press a tag key to add one."));
        m_speaker->setEnabled(false);
        m_entity->setEnabled(false);
        clearValues();
        return;
    }
    const QString &text = m_session->text();
    m_heading->setText(QStringLiteral("%1 · %2").arg(Core::layerName(a->layer), a->label));
    QString excerpt = text.mid(a->span.start, a->span.length()).simplified();
    if (excerpt.size() > 160)
        excerpt = excerpt.left(158) + QStringLiteral("…");
    m_excerpt->setText(a->isOrphan() ? tr("Orphan, last seen as “%1”").arg(a->orphanedQuote->exact) : excerpt);

    m_label->clear();
    m_label->addItems(Core::labelsOf(a->layer));
    m_label->setCurrentText(a->label);
    const bool claim = a->layer == Core::Layer::Claim;
    // For a claim the label is its kind.
    if (auto *labelLabel = qobject_cast<QLabel *>(m_form->labelForField(m_label)))
        labelLabel->setText(claim ? tr("&Kind") : tr("&Label"));
    showClaimRows(claim);
    if (claim)
        refreshClaim(*a);
    m_status->setCurrentIndex(m_status->findData(int(a->status)));

    const bool speaks = a->layer == Core::Layer::Quote || a->layer == Core::Layer::Cue || a->layer == Core::Layer::Source;
    m_speaker->setEnabled(speaks);
    if (speaks) {
        fillSpeakers(*a);
    } else {
        m_speaker->clear();
    }
    m_entity->setEnabled(a->layer == Core::Layer::Entity);
    if (a->layer == Core::Layer::Entity)
        fillEntities(m_entity, a->label, a->link(kEntity));
    else
        m_entity->clear();

    const Core::Annotation *cue = m_session->annotations().find(a->link(kCue));
    m_cue->setText(cue ? text.mid(cue->span.start, cue->span.length()) : tr("—"));
    m_voice->setCurrentIndex(std::max(0, m_voice->findData(a->attribute(kVoice))));
    if (!m_note->hasFocus())
        m_note->setText(a->attribute(kNote));
    m_origin->setText(a->origin.byAnalyst() ? tr("Made by the analyst")
                                            : tr("Suggested by rule %1 (%2)").arg(a->origin.rule, a->origin.version));
}

void Inspector::clearValues()
{
    // Nothing here: no value may linger from the annotation shown before, greyed out or not.
    m_label->clear();
    m_status->setCurrentIndex(-1);
    m_speaker->clear();
    m_entity->clear();
    m_voice->setCurrentIndex(-1);
    m_note->clear();
    m_holder->clear();
    m_holder->setEditText(QString());
    m_backing->setCurrentIndex(-1);
    m_claimInfo->clear();
    m_cue->clear();
    m_origin->clear();
}

} // namespace Lede::Ui

#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Lede::Core {
struct Annotation;
}

namespace Lede::Ui {

class CorrectionController;
class DocumentSession;

/// Everything about the current annotation, editable: label, status, speaker, entity, voice
/// and note; for a claim its kind (the label), holder and backing, with its holder kind,
/// check-worthiness and flag. Each edit goes through the controller, so it is one undo step
/// like a key press. Once a value is committed, or on Esc, it says done() so that the window
/// gives the keyboard back to the article, where the review keys work.
class Inspector : public QWidget
{
    Q_OBJECT
public:
    Inspector(DocumentSession *session, CorrectionController *controller, QWidget *parent = nullptr);

    /// Shows an annotation (empty: nothing).
    void showAnnotation(const QString &id);
    /// Puts the keyboard in the note field; Enter there stores the note and returns to the
    /// editor, Esc leaves the note as it was.
    void editNote();
    QLineEdit *noteField() const { return m_note; }
    QComboBox *labelBox() const { return m_label; }
    /// A quote's speaker: "—", the entities that can speak (its mention nearest the quote is
    /// linked), then the sources by their words (the nearest one with those words is linked).
    QComboBox *speakerBox() const { return m_speaker; }
    /// A claim's holder: pick "author" or an entity, or type a name and press Enter.
    QComboBox *holderBox() const { return m_holder; }
    QComboBox *backingBox() const { return m_backing; }
    QLabel *claimInfo() const { return m_claimInfo; }

    QComboBox *statusBox() const { return m_status; }
    QComboBox *entityBox() const { return m_entity; }
    QComboBox *voiceBox() const { return m_voice; }

Q_SIGNALS:
    /// A value was committed, or the analyst pressed Esc: the keyboard belongs to the article.
    void done();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void clearValues();
    void fillEntities(QComboBox *box, const QString &type, const QString &current);
    void fillSpeakers(const Core::Annotation &quote);
    void pickSpeaker(int index);
    void doneAfterThisKey();
    void refreshClaim(const Core::Annotation &claim);
    void commitHolderText();
    void pickHolder(int index);
    void showClaimRows(bool shown);

    DocumentSession *m_session;
    CorrectionController *m_controller;
    QString m_id;
    bool m_updating = false;
    QLabel *m_heading;
    QLabel *m_excerpt;
    QComboBox *m_label;
    QComboBox *m_status;
    QComboBox *m_speaker;
    QComboBox *m_entity;
    QComboBox *m_voice;
    QLabel *m_cue;
    QLabel *m_origin;
    QLineEdit *m_note;
    QComboBox *m_holder;
    QComboBox *m_backing;
    QLabel *m_claimInfo;
    QFormLayout *m_form;
};

} // namespace Lede::Ui

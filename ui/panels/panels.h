#pragma once

#include "panels/tablepanel.h"

class QPushButton;

namespace Lede::Ui {

class ClaimsModel;
class DocumentSession;
class EntitiesModel;
class OrphansModel;
class QuotesModel;

/// Canonical entities, grouped by type, with their mention counts.
class EntitiesPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit EntitiesPanel(DocumentSession *session, QWidget *parent = nullptr);
    EntitiesModel *model() const { return m_model; }

private:
    EntitiesModel *m_model;
};

/// Every quote with its speaker and cue, in document order.
class QuotesPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit QuotesPanel(DocumentSession *session, QWidget *parent = nullptr);
    QuotesModel *model() const { return m_model; }

private:
    QuotesModel *m_model;
};

/// Every claim with its kind, holder, backing, check-worthiness and flag. Sorted by flag at
/// first, so that unbacked accusations in the author's voice come first, then in document
/// order; any column sorts, ties stay in document order.
class ClaimsPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit ClaimsPanel(DocumentSession *session, QWidget *parent = nullptr);
    ClaimsModel *model() const { return m_model; }

private:
    ClaimsModel *m_model;
};

/// Annotations re-anchoring could not place, with a button to place the picked one at the
/// editor's selection.
class OrphansPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit OrphansPanel(DocumentSession *session, QWidget *parent = nullptr);
    OrphansModel *model() const { return m_model; }

Q_SIGNALS:
    void placeRequested(const QString &id);

private:
    OrphansModel *m_model;
    QPushButton *m_place;
};

} // namespace Lede::Ui

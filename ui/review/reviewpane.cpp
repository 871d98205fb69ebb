#include "review/reviewpane.h"

#include "review/sharebarchart.h"
#include "review/voicestablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Lede::Ui {

using namespace Core::Review;

namespace {

constexpr int IdsRole = Qt::UserRole + 1;

QString pct(double share)
{
    return QStringLiteral("%1%").arg(std::lround(share * 100.0));
}

QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &text, const QString &figure, const QStringList &ids)
{
    auto *item = new QTreeWidgetItem(parent, {text, figure});
    item->setData(0, IdsRole, ids);
    item->setToolTip(0, text);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTreeWidgetItem *addGroup(QTreeWidget *tree, const QString &text, const QString &figure, const QStringList &ids = {})
{
    auto *item = new QTreeWidgetItem(tree, {text, figure});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFont(1, bold);
    item->setData(0, IdsRole, ids);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTreeWidget *createTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(2);
    tree->setHeaderLabels({QObject::tr("Item"), QObject::tr("Count")});
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    return tree;
}

/// A page that scrolls rather than asking for its whole height: the review dock shares the
/// window's height with the other panes, and a chart of fifty speakers must not push them
/// (and the status bar) off a laptop screen.
QScrollArea *scrollable(QWidget *page)
{
    auto *area = new QScrollArea(page->parentWidget());
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

ReviewPane::ReviewPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_voicesModel(new VoicesTableModel(this))
    , m_voicesProxy(new QSortFilterProxyModel(this))
    , m_sourcesTree(createTree(this))
    , m_voiceMapTree(createTree(this))
{
    m_voicesProxy->setSourceModel(m_voicesModel);
    m_voicesProxy->setSortRole(Qt::EditRole);
    m_tabs->addTab(scrollable(createSummaryTab()), tr("Summary"));
    m_tabs->addTab(scrollable(createVoicesTab()), tr("Voices"));
    m_tabs->addTab(m_sourcesTree, tr("Sources"));
    m_tabs->addTab(m_voiceMapTree, tr("Voice map"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ReviewPane::fillCurrentTree);
    connect(m_voicesModel, &VoicesTableModel::sideEdited, this, &ReviewPane::sideChangeRequested);
    connect(m_sourcesTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activateItem(item); });
    connect(m_voiceMapTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activateItem(item); });
}

QWidget *ReviewPane::createSummaryTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

QWidget *ReviewPane::createVoicesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *chartTitle = new QLabel(tr("<b>Share of quoted words</b>"), page);
    m_chart = new ShareBarChart(page);
    m_voicesView = new QTableView(page);
    m_voicesView->setModel(m_voicesProxy);
    m_voicesView->setSortingEnabled(true);
    m_voicesView->sortByColumn(VoicesTableModel::Words, Qt::DescendingOrder);
    m_voicesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_voicesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_voicesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_voicesView->verticalHeader()->hide();
    m_voicesView->horizontalHeader()->setStretchLastSection(false);
    m_voicesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_voicesView->horizontalHeader()->setSectionResizeMode(VoicesTableModel::Verbs, QHeaderView::Stretch);
    auto *sideTitle = new QLabel(tr("<b>Shares by side</b> (double-click a speaker's Side to set it)"), page);
    m_sideChart = new ShareBarChart(page);
    m_sideNote = new QLabel(page);
    m_sideNote->setWordWrap(true);
    layout->addWidget(chartTitle);
    layout->addWidget(m_chart);
    layout->addWidget(m_voicesView, 1);
    layout->addWidget(sideTitle);
    layout->addWidget(m_sideChart);
    layout->addWidget(m_sideNote);

    connect(m_chart, &ShareBarChart::barActivated, this, &ReviewPane::annotationsActivated);
    connect(m_sideChart, &ShareBarChart::barActivated, this, &ReviewPane::annotationsActivated);
    connect(m_voicesView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT annotationsActivated(index.data(VoicesTableModel::IdsRole).toStringList());
    });
    return page;
}

void ReviewPane::showReview(const ArticleReview &review)
{
    m_review = review;
    showSummary();
    showVoices();
    m_sourcesStale = true;
    m_voiceMapStale = true;
    fillCurrentTree();
}

void ReviewPane::fillCurrentTree()
{
    if (m_sourcesStale && m_tabs->currentWidget() == m_sourcesTree) {
        m_sourcesStale = false;
        showSources();
    }
    if (m_voiceMapStale && m_tabs->currentWidget() == m_voiceMapTree) {
        m_voiceMapStale = false;
        showVoiceMap();
    }
}

void ReviewPane::showSummary()
{
    const Summary &s = m_review.summary;
    const auto row = [](const QString &figure, const QString &label, const QString &detail) {
        return QStringLiteral("<tr><td align=\"right\" style=\"font-size:18pt;font-weight:bold;padding-right:10px\">%1</td>"
                              "<td><b>%2</b><br/><span style=\"color:#666\">%3</span></td></tr>")
            .arg(figure.toHtmlEscaped(), label.toHtmlEscaped(), detail.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"6\">");
    html += row(s.articleWords > 0 ? pct(s.quotedShare) : QStringLiteral("–"), tr("of the text is quoted"),
                tr("%1 of %2 words in quotes").arg(s.quotedWords).arg(s.articleWords));
    html += row(QString::number(s.speakers), tr("distinct speakers"),
                tr("%1 quotes: %2 direct, %3 partial, %4 indirect").arg(s.quotes).arg(s.direct).arg(s.partial).arg(s.indirect));
    html += row(QString::number(s.sources), tr("sources"),
                tr("%1 outlets or agencies, %2 anonymous").arg(s.outlets).arg(s.anonymousSources));
    html += row(QString::number(s.hedges), tr("hedges"), tr("in %1 sentences").arg(s.hedgedSentences));
    html += row(QStringLiteral("%1 / %2").arg(s.loadedAuthor).arg(s.loadedQuoted), tr("loaded words: author / quoted"),
                tr("evaluative words in the reporter's voice versus inside quotes"));
    html += row(QStringLiteral("%1 / %2").arg(s.neutralCues).arg(s.loadedCues), tr("reporting verbs: neutral / loaded"),
                tr("said, told versus claimed, insisted, admitted"));
    html += row(QString::number(s.unattributedStatements), tr("author statements without attribution"),
                tr("sentences no quote, reporting verb or source touches"));
    QStringList kinds;
    for (const KindCount &k : s.claimsByKind)
        if (k.count > 0)
            kinds.append(tr("%1 %2").arg(k.kind.toLower()).arg(k.count));
    html += row(QString::number(s.claims), tr("check-worthy claims"),
                kinds.isEmpty() ? tr("none marked") : kinds.join(QStringLiteral(", ")));
    html += row(QString::number(s.unbackedAccusations), tr("unbacked accusations in the author's voice"),
                tr("listed first under Sources"));
    html += QLatin1String("</table>");
    m_summary->setText(html);
}

void ReviewPane::showVoices()
{
    m_voicesModel->setSpeakers(m_review.voices.speakers);
    QList<ShareBarChart::Bar> bars;
    for (const SpeakerStats &speaker : m_review.voices.speakers)
        bars.append({speaker.name, speaker.share, QStringLiteral("%1 (%2 w)").arg(pct(speaker.share)).arg(speaker.words),
                     QColor(speakerColour(speaker.colour)), speaker.annotationIds()});
    m_chart->setBars(bars);

    QList<ShareBarChart::Bar> sides;
    bool anySide = false;
    for (const SideStats &side : m_review.voices.sides) {
        anySide = anySide || !side.side.isEmpty();
        sides.append({side.side.isEmpty() ? tr("no side") : side.side, side.share,
                      QStringLiteral("%1 (%2 w)").arg(pct(side.share)).arg(side.words),
                      side.side.isEmpty() ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x37, 0x47, 0x4f), side.quoteIds});
    }
    m_sideChart->setBars(anySide ? sides : QList<ShareBarChart::Bar>{});
    m_sideChart->setVisible(anySide);
    m_sideNote->setText(anySide ? QString() : tr("No sides assigned yet (government, opposition, expert, citizen, ...)."));
    m_sideNote->setVisible(!anySide);
}

void ReviewPane::showSources()
{
    const SourceStats &s = m_review.sources;
    m_sourcesTree->clear();
    // First: what the article accuses someone of in its own voice, with nothing behind it.
    const QList<ClaimEntry> &unbacked = m_review.claims.unbackedAccusations;
    QStringList unbackedIds;
    for (const ClaimEntry &c : unbacked)
        unbackedIds.append(c.id);
    auto *accusations = addGroup(m_sourcesTree, tr("Unbacked accusations in the author's voice"),
                                 QString::number(unbacked.size()), unbackedIds);
    accusations->setToolTip(0, tr("Accusations the article states itself, with no speaker, source, outlet or hedge"));
    if (!unbacked.isEmpty()) {
        const QColor warning(0xc6, 0x28, 0x28);
        accusations->setForeground(0, warning);
        accusations->setForeground(1, warning);
    }
    for (const ClaimEntry &c : unbacked)
        addItem(accusations, c.text, QString(), {c.id});
    if (unbacked.isEmpty())
        addItem(accusations, tr("None: every accusation is attributed, sourced or hedged"), QString(), {});
    auto *outlets = addGroup(m_sourcesTree, tr("Outlets and agencies"), QString::number(s.outlets.size()));
    for (const SourceEntry &e : s.outlets)
        addItem(outlets, e.name, tr("%1 statements").arg(e.statements), e.ids);
    auto *anonymous = addGroup(m_sourcesTree, tr("Anonymous sources"), QString::number(s.anonymous.size()));
    for (const SourceEntry &e : s.anonymous)
        addItem(anonymous, e.name, tr("%1 statements").arg(e.statements), e.ids);
    auto *hedges = addGroup(m_sourcesTree, tr("Hedges (in %1 sentences)").arg(s.hedgedSentences), QString::number(s.hedges.size()));
    for (const HedgeEntry &h : s.hedges) {
        auto *item = addItem(hedges, QStringLiteral("%1: %2").arg(h.word, h.sentenceText), QString(), {h.id});
        item->setToolTip(0, h.sentenceText);
    }
    auto *author = addGroup(m_sourcesTree, tr("Author's statements without attribution"), QString::number(s.unattributed.size()));
    for (const AuthorStatement &a : s.unattributed) {
        QStringList flags;
        if (!a.loadedIds.isEmpty())
            flags.append(tr("%1 loaded").arg(a.loadedIds.size()));
        if (!a.hedgeIds.isEmpty())
            flags.append(tr("%1 hedged").arg(a.hedgeIds.size()));
        // No annotation marks the sentence itself; select its loaded words and hedges, if any.
        addItem(author, a.text, flags.join(QStringLiteral(", ")), a.loadedIds + a.hedgeIds);
    }
    m_sourcesTree->expandAll();
}

void ReviewPane::showVoiceMap()
{
    const VoiceMap &m = m_review.voiceMap;
    m_voiceMapTree->clear();
    for (const ZoneCallout &c : m.callouts) {
        auto *zone = addGroup(m_voiceMapTree, c.zone == QLatin1String("HEADLINE") ? tr("Headline") : tr("Standfirst"),
                              QString(), c.ids);
        addItem(zone, c.text, QString(), c.ids);
        addItem(zone, tr("loaded, author's voice"), QString::number(c.loadedAuthor), {});
        addItem(zone, tr("loaded, inside quotes"), QString::number(c.loadedQuoted), {});
        addItem(zone, tr("hedges"), QString::number(c.hedges), {});
        addItem(zone, tr("quotes%1").arg(c.speakers.isEmpty() ? QString() : QStringLiteral(" (") + c.speakers.join(QStringLiteral(", ")) + u')'),
                QString::number(c.quotes), {});
    }
    auto *author = addGroup(m_voiceMapTree, tr("Loaded words in the author's voice"), QString::number(m.author), m.authorIds);
    for (const LoadedWord &w : m.authorWords)
        addItem(author, w.intensifiers > 0 ? tr("%1 (intensifier)").arg(w.word) : w.word, QString::number(w.count), w.ids);
    auto *quoted = addGroup(m_voiceMapTree, tr("Loaded words inside quotes"), QString::number(m.quoted), m.quotedIds);
    for (const LoadedWord &w : m.quotedWords)
        addItem(quoted, w.intensifiers > 0 ? tr("%1 (intensifier)").arg(w.word) : w.word, QString::number(w.count), w.ids);
    addGroup(m_voiceMapTree, tr("Scare quotes"), QString::number(m.scareQuoteIds.size()), m.scareQuoteIds);
    m_voiceMapTree->expandAll();
}

void ReviewPane::activateItem(QTreeWidgetItem *item)
{
    const QStringList ids = item->data(0, IdsRole).toStringList();
    if (!ids.isEmpty())
        Q_EMIT annotationsActivated(ids);
}

} // namespace Lede::Ui

#include "review/voicestablemodel.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace Lede::Ui {

using Core::Review::SpeakerStats;
using Core::Review::VerbTone;

namespace {

QString verbsText(const SpeakerStats &speaker)
{
    QStringList parts;
    for (const auto &use : speaker.verbs)
        parts.append(use.count > 1 ? QStringLiteral("%1 ×%2").arg(use.verb).arg(use.count) : use.verb);
    return parts.join(QStringLiteral(", "));
}

QString verbsTooltip(const SpeakerStats &speaker)
{
    QStringList lines;
    for (const auto &use : speaker.verbs)
        lines.append(QStringLiteral("%1: %2%3").arg(use.verb, Core::Review::verbToneName(use.tone),
                                                    use.why.isEmpty() ? QString() : QStringLiteral(" (") + use.why + u')'));
    return lines.join(u'\n');
}

} // namespace

VoicesTableModel::VoicesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VoicesTableModel::setSpeakers(const QList<SpeakerStats> &speakers)
{
    bool sameRows = speakers.size() == m_speakers.size();
    for (qsizetype i = 0; sameRows && i < speakers.size(); ++i)
        sameRows = speakers[i].key == m_speakers[i].key;
    if (!sameRows) {
        beginResetModel();
        m_speakers = speakers;
        endResetModel();
        return;
    }
    m_speakers = speakers;
    if (!m_speakers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int VoicesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_speakers.size());
}

int VoicesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoicesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_speakers.size())
        return {};
    const SpeakerStats &s = m_speakers[index.row()];
    if (role == IdsRole)
        return s.annotationIds();
    if (role == KeyRole)
        return s.key;
    if (role == Qt::DecorationRole && index.column() == Speaker)
        return QColor(Core::Review::speakerColour(s.colour));
    if (role == Qt::ToolTipRole && index.column() == Verbs)
        return verbsTooltip(s);
    if (role == Qt::ForegroundRole && index.column() == Loaded && s.loadedCues > 0)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() >= Quotes && index.column() != Verbs)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Speaker:
        return s.name;
    case Side:
        return s.side;
    case Quotes:
        return s.quotes;
    case Words:
        return s.words;
    case Share:
        return display ? QVariant(QStringLiteral("%1%").arg(std::lround(s.share * 100.0))) : QVariant(s.share);
    case Direct:
        return s.direct;
    case Partial:
        return s.partial;
    case Indirect:
        return s.indirect;
    case Verbs:
        return verbsText(s);
    case Neutral:
        return s.neutralCues;
    case Loaded:
        return s.loadedCues;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VoicesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const kHeaders[] = {"Speaker", "Side",     "Quotes", "Words",   "Share",  "Direct",
                                           "Partial", "Indirect", "Verbs",  "Neutral", "Loaded"};
    return section >= 0 && section < ColumnCount ? tr(kHeaders[section]) : QVariant();
}

Qt::ItemFlags VoicesTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // An unattributed quote has no one to give a side to.
    if (index.isValid() && index.column() == Side
        && m_speakers[index.row()].kind != Core::Review::SpeakerKind::Unattributed)
        f |= Qt::ItemIsEditable;
    return f;
}

bool VoicesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString side = value.toString().trimmed();
    if (side == m_speakers[index.row()].side)
        return false;
    // The figures change once the annotations do and the pane refreshes.
    Q_EMIT sideEdited(m_speakers[index.row()].key, side);
    return true;
}

} // namespace Lede::Ui

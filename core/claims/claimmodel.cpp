#include "claims/claimmodel.h"

#include <QFile>
#include <QHash>

#include <cmath>

namespace Lede::Core::Claims {

Result<ClaimModel> ClaimModel::parse(const QString &text)
{
    QHash<QString, int> byName;
    for (int i = 0; i < kFeatureCount; ++i)
        byName.insert(featureName(Feature(i)), i);
    ClaimModel model;
    const QStringList lines = text.split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QStringList fields = lines[n].section(u'#', 0, 0).simplified().split(u' ', Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        const QString where = QStringLiteral("line %1: ").arg(n + 1);
        bool ok = false;
        const double value = fields.size() == 2 ? fields[1].toDouble(&ok) : 0.0;
        if (!ok)
            return Error{where + QStringLiteral("expected a name and a number, got '%1'").arg(lines[n].trimmed())};
        if (fields[0] == u"bias")
            model.m_bias = value;
        else if (fields[0] == u"threshold")
            model.m_threshold = value;
        else if (byName.contains(fields[0]))
            model.m_weights[size_t(byName.value(fields[0]))] = value;
        else
            return Error{where + QStringLiteral("unknown feature '%1'").arg(fields[0])};
    }
    return model;
}

const ClaimModel &ClaimModel::builtIn()
{
    static const ClaimModel model = [] {
        QFile file(QStringLiteral(":/claims/weights.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return ClaimModel{};
        Result<ClaimModel> parsed = parse(QString::fromUtf8(file.readAll()));
        // The built-in file is covered by the claim tests; a broken one gives a model that
        // finds nothing rather than a crash.
        return parsed.ok() ? parsed.value() : ClaimModel{};
    }();
    return model;
}

double ClaimModel::score(const FeatureVector &features) const
{
    double sum = m_bias;
    for (size_t i = 0; i < features.size(); ++i)
        sum += m_weights[i] * features[i];
    return 1.0 / (1.0 + std::exp(-sum));
}

} // namespace Lede::Core::Claims

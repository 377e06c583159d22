#include "tiller/gui/RequestDialog.h"

#include "DuplicateList.h"
#include "tiller/app/BoardEdits.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/gui/Dialogs.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

namespace tiller::gui {

namespace {

void selectData(QComboBox* combo, const QVariant& value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

QDoubleSpinBox* estimateBox(QWidget* parent, double max, int decimals, const QString& suffix)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setGroupSeparatorShown(true);
    box->setSuffix(suffix);
    box->setSpecialValueText(RequestDialog::tr("not estimated"));
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

RequestDialog::RequestDialog(app::Portfolio* portfolio, const core::ChangeRequest& request, QWidget* parent)
    : QDialog(parent), m_portfolio(portfolio), m_request(request), m_title(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_origin(new QComboBox(this)), m_submitter(new QComboBox(this)),
      m_domain(new QComboBox(this)), m_pillar(new QComboBox(this)), m_evidence(new QPlainTextEdit(this)),
      m_painPoints(new QListWidget(this)), m_benefit(estimateBox(this, 1e12, 0, QString())),
      m_cost(estimateBox(this, 1e12, 0, QString())), m_effort(estimateBox(this, 1e7, 1, tr(" person-days"))),
      m_urgency(new QComboBox(this)), m_wanted(new QCheckBox(tr("&Wanted by"), this)), m_wantedBy(new QDateEdit(this)),
      m_duplicates(new QListWidget(this)), m_duplicateTimer(new QTimer(this)), m_error(new QLabel(this))
{
    setWindowTitle(request.id == 0 ? tr("New Change Request") : tr("Change Request %1").arg(request.code));
    // Names for tests and accessibility tools.
    m_title->setObjectName(QStringLiteral("title"));
    m_description->setObjectName(QStringLiteral("description"));
    m_origin->setObjectName(QStringLiteral("origin"));
    m_submitter->setObjectName(QStringLiteral("submitter"));
    m_domain->setObjectName(QStringLiteral("domain"));
    m_pillar->setObjectName(QStringLiteral("pillar"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_painPoints->setObjectName(QStringLiteral("painPoints"));
    m_benefit->setObjectName(QStringLiteral("benefit"));
    m_cost->setObjectName(QStringLiteral("cost"));
    m_effort->setObjectName(QStringLiteral("effort"));
    m_urgency->setObjectName(QStringLiteral("urgency"));
    m_wanted->setObjectName(QStringLiteral("wanted"));
    m_wantedBy->setObjectName(QStringLiteral("wantedBy"));
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicateTimer->setObjectName(QStringLiteral("duplicateTimer"));
    m_error->setObjectName(QStringLiteral("error"));

    m_title->setText(request.title);
    m_title->setPlaceholderText(tr("What should change, in a few words"));
    m_description->setPlainText(request.description);
    m_description->setPlaceholderText(tr("What, why, and for which customers"));
    m_description->setTabChangesFocus(true);
    m_evidence->setPlainText(request.evidence);
    m_evidence->setPlaceholderText(tr("Scores, verbatims, complaints that show the need"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setMaximumHeight(fontMetrics().height() * 7 + 12);

    for (int o = 0; o < core::RequestOriginCount; ++o) {
        m_origin->addItem(app::Text::requestOrigin(core::RequestOrigin(o)), o);
    }
    selectData(m_origin, int(request.origin));
    m_submitter->addItem(tr("(nobody)"), qint64(0));
    QList<const core::Person*> people;
    for (const auto& p : portfolio->people()) {
        people.append(&p);
    }
    std::sort(people.begin(), people.end(), [](const core::Person* a, const core::Person* b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const core::Person* p : std::as_const(people)) {
        m_submitter->addItem(p->team.isEmpty() ? p->name : tr("%1 (%2)").arg(p->name, p->team), p->id);
    }
    selectData(m_submitter, request.submitterId);
    m_domain->addItem(tr("(none)"), qint64(0));
    for (const auto& d : portfolio->domains()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromString(d.color));
        m_domain->addItem(QIcon(swatch), d.name, d.id);
    }
    selectData(m_domain, request.domainId);
    m_pillar->addItem(tr("(none)"), qint64(0));
    for (const auto& p : portfolio->pillars()) {
        m_pillar->addItem(p.name, p.id);
        m_pillar->setItemData(m_pillar->count() - 1, p.description, Qt::ToolTipRole);
    }
    selectData(m_pillar, request.pillarId);
    m_pillar->setToolTip(tr("The strategic pillar the request serves; none makes it harder to qualify."));
    for (int u = 0; u <= 3; ++u) {
        m_urgency->addItem(app::Text::urgency(u), u);
    }
    selectData(m_urgency, request.urgency);
    m_benefit->setValue(request.estBenefit);
    m_benefit->setToolTip(tr("A year's benefit, in the program's currency"));
    m_cost->setValue(request.estCost);
    m_effort->setValue(request.estEffortDays);
    m_wanted->setChecked(request.wantedBy.isValid());
    m_wantedBy->setCalendarPopup(true);
    m_wantedBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_wantedBy->setDate(request.wantedBy.isValid() ? request.wantedBy : portfolio->now().date().addMonths(3));
    m_wantedBy->setEnabled(m_wanted->isChecked());
    connect(m_wanted, &QCheckBox::toggled, m_wantedBy, &QWidget::setEnabled);

    // Pain points, under a heading per journey stage, in the journeys' and stages' order.
    struct Entry
    {
        int journey;
        int stage;
        QString group;
        const core::PainPoint* point;
    };
    QHash<core::Id, int> journeyOrder;
    for (const auto& j : portfolio->journeys()) {
        journeyOrder.insert(j.id, int(journeyOrder.size()));
    }
    const bool manyJourneys = portfolio->journeys().size() > 1;
    std::vector<Entry> entries;
    for (const auto& pp : portfolio->painPoints()) {
        const core::JourneyStage* s = portfolio->stage(pp.stageId);
        QString group = s ? s->name : tr("No stage");
        if (s && manyJourneys) {
            for (const auto& j : portfolio->journeys()) {
                if (j.id == s->journeyId) {
                    group = tr("%1 › %2").arg(j.name, s->name);
                }
            }
        }
        entries.push_back({s ? journeyOrder.value(s->journeyId) : 1 << 20, s ? s->sortOrder : 0, group, &pp});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.journey, a.stage) < std::tie(b.journey, b.stage);
    });
    QFont headingFont = m_painPoints->font();
    headingFont.setBold(true);
    QString group;
    for (const Entry& e : entries) {
        if (e.group != group || m_painPoints->count() == 0) {
            group = e.group;
            auto* heading = new QListWidgetItem(group, m_painPoints);
            heading->setFlags(Qt::ItemIsEnabled);
            heading->setFont(headingFont);
        }
        auto* item = new QListWidgetItem(e.point->title, m_painPoints);
        item->setData(Qt::UserRole, e.point->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(request.painPoints.contains(e.point->id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(
            e.point->description.isEmpty()
                ? tr("%1 (severity %2 of 5)").arg(e.point->title).arg(e.point->severity)
                : tr("%1\n%2\nSeverity %3 of 5").arg(e.point->title, e.point->description).arg(e.point->severity));
    }
    m_painPoints->setAccessibleName(tr("Pain points the request addresses"));
    m_painPoints->setWordWrap(true);
    m_painPoints->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_painPoints->setTextElideMode(Qt::ElideRight);
    if (entries.empty()) {
        auto* none = new QListWidgetItem(tr("The program has no pain points yet."), m_painPoints);
        none->setFlags(Qt::NoItemFlags);
    }

    m_duplicates->setAccessibleName(tr("Likely duplicates"));
    m_duplicates->setSelectionMode(QAbstractItemView::NoSelection);
    m_duplicates->setFocusPolicy(Qt::NoFocus);
    m_duplicates->setFixedHeight(fontMetrics().height() * 5 + 12);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(300);
    connect(m_duplicateTimer, &QTimer::timeout, this, &RequestDialog::updateDuplicates);
    connect(m_title, &QLineEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_description, &QPlainTextEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));
    updateDuplicates();

    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::Highlight);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    // Left: what is asked, and what it looks like; right: where it belongs and what it weighs.
    auto* left = new QFormLayout;
    left->setRowWrapPolicy(QFormLayout::WrapLongRows);
    left->addRow(tr("&Title:"), m_title);
    left->addRow(tr("&Description:"), m_description);
    left->addRow(tr("E&vidence:"), m_evidence);
    auto* looksLike = new QGroupBox(tr("Looks like"), this);
    looksLike->setObjectName(QStringLiteral("looksLike"));
    looksLike->setToolTip(tr("Initiatives and requests with similar words: check it is not already covered."));
    auto* looksLikeLayout = new QVBoxLayout(looksLike);
    looksLikeLayout->setContentsMargins(6, 6, 6, 6);
    looksLikeLayout->addWidget(m_duplicates);
    auto* leftColumn = new QVBoxLayout;
    leftColumn->addLayout(left, 1);
    leftColumn->addWidget(looksLike);

    auto* wanted = new QHBoxLayout;
    wanted->addWidget(m_wanted);
    wanted->addWidget(m_wantedBy, 1);
    auto* right = new QFormLayout;
    right->addRow(tr("&Origin:"), m_origin);
    right->addRow(tr("&Submitter:"), m_submitter);
    right->addRow(tr("Do&main:"), m_domain);
    right->addRow(tr("&Pillar:"), m_pillar);
    right->addRow(tr("&Urgency:"), m_urgency);
    right->addRow(tr("&Benefit:"), m_benefit);
    right->addRow(tr("&Cost:"), m_cost);
    right->addRow(tr("&Effort:"), m_effort);
    right->addRow(QString(), wanted);
    auto* painLabel = new QLabel(tr("Pain points it &addresses:"), this);
    painLabel->setBuddy(m_painPoints);
    auto* rightColumn = new QVBoxLayout;
    rightColumn->addLayout(right);
    rightColumn->addWidget(painLabel);
    rightColumn->addWidget(m_painPoints, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(leftColumn, 1);
    columns->addSpacing(12);
    columns->addLayout(rightColumn, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(request.id == 0 ? tr("&Submit") : tr("OK"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!portfolio->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 660);
}

core::Id RequestDialog::submitNew(QWidget* parent, app::Portfolio* portfolio, core::Id submitter)
{
    if (!portfolio) {
        return 0;
    }
    core::ChangeRequest r;
    r.submitterId = portfolio->person(submitter) ? submitter : 0;
    RequestDialog dialog(portfolio, r, parent);
    return Dialogs::exec(dialog) == QDialog::Accepted ? dialog.m_createdId : 0;
}

bool RequestDialog::edit(QWidget* parent, app::Portfolio* portfolio, core::Id requestId)
{
    const core::ChangeRequest* r = portfolio ? portfolio->request(requestId) : nullptr;
    if (!r) {
        return false;
    }
    RequestDialog dialog(portfolio, *r, parent);
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

core::ChangeRequest RequestDialog::edited() const
{
    core::ChangeRequest r = m_request;
    r.title = m_title->text().simplified();
    r.description = m_description->toPlainText().trimmed();
    r.origin = core::RequestOrigin(m_origin->currentData().toInt());
    r.submitterId = m_submitter->currentData().toLongLong();
    r.domainId = m_domain->currentData().toLongLong();
    r.pillarId = m_pillar->currentData().toLongLong();
    r.evidence = m_evidence->toPlainText().trimmed();
    r.painPoints.clear();
    for (int i = 0; i < m_painPoints->count(); ++i) {
        const QListWidgetItem* item = m_painPoints->item(i);
        if (item->checkState() == Qt::Checked) {
            r.painPoints.append(item->data(Qt::UserRole).toLongLong());
        }
    }
    std::sort(r.painPoints.begin(), r.painPoints.end());
    r.estBenefit = m_benefit->value();
    r.estCost = m_cost->value();
    r.estEffortDays = m_effort->value();
    r.urgency = m_urgency->currentData().toInt();
    r.wantedBy = m_wanted->isChecked() ? m_wantedBy->date() : QDate();
    return r;
}

void RequestDialog::updateDuplicates()
{
    m_duplicateTimer->stop();
    const core::ChangeRequest r = edited();
    if (r.title.isEmpty() && r.description.isEmpty()) {
        m_duplicates->clear();
        auto* hint = new QListWidgetItem(tr("Type a title to see similar initiatives and requests."), m_duplicates);
        hint->setFlags(Qt::NoItemFlags);
        return;
    }
    DuplicateList::fill(m_duplicates, app::BoardEdits::likelyDuplicates(*m_portfolio, r));
}

void RequestDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RequestDialog::accept()
{
    core::ChangeRequest r = edited();
    app::ChangeSet changes;
    QString label;
    if (m_request.id == 0) {
        r.code = m_portfolio->nextRequestCode();
        label = tr("Submit %1").arg(r.code);
        changes = app::BoardEdits::submitRequest(*m_portfolio, r);
    } else {
        const core::ChangeRequest* current = m_portfolio->request(m_request.id);
        if (!current) {
            showError(tr("This request was deleted meanwhile."));
            return;
        }
        // Only what this dialog edits: the status and the board's fields stay as they are now.
        core::ChangeRequest after = *current;
        after.title = r.title;
        after.description = r.description;
        after.origin = r.origin;
        after.submitterId = r.submitterId;
        after.domainId = r.domainId;
        after.pillarId = r.pillarId;
        after.evidence = r.evidence;
        after.painPoints = r.painPoints;
        after.estBenefit = r.estBenefit;
        after.estCost = r.estCost;
        after.estEffortDays = r.estEffortDays;
        after.urgency = r.urgency;
        after.wantedBy = r.wantedBy;
        if (after == *current) {
            QDialog::accept();
            return;
        }
        label = tr("Edit %1").arg(current->code);
        changes.requests.push_back({*current, after});
    }
    QString reason;
    const auto connection =
        connect(m_portfolio, &app::Portfolio::editRefused, this, [&reason](const QString& why) { reason = why; });
    const bool ok = m_portfolio->submit(label, std::move(changes));
    disconnect(connection);
    if (!ok) {
        showError(reason);
        return;
    }
    if (m_request.id == 0) {
        if (const core::ChangeRequest* created = m_portfolio->requestByCode(r.code)) {
            m_createdId = created->id;
        }
    }
    QDialog::accept();
}

} // namespace tiller::gui

#include "tiller/gui/MaturityPanel.h"

#include "tiller/app/GovernanceEdits.h"
#include "tiller/app/GovernanceText.h"
#include "tiller/app/Portfolio.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/GovernanceDialogs.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPolarChart>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tiller::gui {

namespace {

QString date(QDate d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString score(std::optional<double> s)
{
    return s ? QLocale().toString(*s, 'f', 1) : QStringLiteral("—");
}

} // namespace

MaturityPanel::MaturityPanel(app::Portfolio* portfolio, QWidget* parent)
    : QWidget(parent), m_portfolio(portfolio), m_list(new QTreeWidget(this)), m_view(new QChartView(this)),
      m_chart(new QPolarChart)
{
    setObjectName(QStringLiteral("maturityPanel"));
    m_list->setObjectName(QStringLiteral("assessments"));
    m_list->setRootIsDecorated(false);
    QStringList headers{tr("Assessed on"), tr("Overall")};
    for (int d = 0; d < core::MaturityDimensionCount; ++d) {
        headers.append(app::GovernanceText::dimension(core::MaturityDimension(d)));
    }
    m_list->setHeaderLabels(headers);
    m_list->setToolTip(tr("Tick the assessments to compare on the radar"));
    m_list->setAccessibleName(tr("Maturity assessments"));
    connect(m_list, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling) {
            redraw();
        }
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editAssessment(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_edit->setEnabled(m_list->currentItem() && !m_portfolio->isReadOnly());
        m_remove->setEnabled(m_list->currentItem() && !m_portfolio->isReadOnly());
    });
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTitle(tr("CX maturity by dimension (1 ad hoc – 5 embedded)"));
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("maturityRadar"));
    m_view->setMinimumHeight(320);

    auto* add = new QPushButton(tr("&New Assessment…"), this);
    add->setObjectName(QStringLiteral("newAssessment"));
    add->setToolTip(tr("Answer the questionnaire again; it starts from the latest answers"));
    add->setEnabled(!portfolio->isReadOnly());
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &MaturityPanel::newAssessment);
    connect(m_edit, &QPushButton::clicked, this, &MaturityPanel::editAssessment);
    connect(m_remove, &QPushButton::clicked, this, &MaturityPanel::removeAssessment);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(m_view);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({170, 600});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(split);
    connect(m_portfolio, &app::Portfolio::assessmentsChanged, this, &MaturityPanel::refresh);
    refresh();
}

QList<core::Id> MaturityPanel::compared() const
{
    QList<core::Id> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked) {
            out.append(m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
        }
    }
    return out;
}

void MaturityPanel::refresh()
{
    const QList<core::Id> ticked = compared();
    const bool first = m_list->topLevelItemCount() == 0;
    m_filling = true;
    m_list->clear();
    const auto& all = m_portfolio->assessments();
    for (int i = 0; i < int(all.size()); ++i) {
        const core::MaturityAssessment& a = all[i];
        QStringList cells{date(a.assessedOn), score(core::overallMaturity(a))};
        for (int d = 0; d < core::MaturityDimensionCount; ++d) {
            cells.append(score(core::dimensionScore(a, core::MaturityDimension(d))));
        }
        auto* item = new QTreeWidgetItem(m_list, cells);
        item->setData(0, Qt::UserRole, a.id);
        item->setToolTip(0, a.notes);
        // The latest two are compared at first; a new one joins the comparison.
        const bool latest = i >= int(all.size()) - 2;
        item->setCheckState(0, (first ? latest : ticked.contains(a.id) || i == int(all.size()) - 1) ? Qt::Checked
                                                                                                    : Qt::Unchecked);
    }
    for (int c = 0; c < m_list->columnCount(); ++c) {
        m_list->resizeColumnToContents(c);
    }
    m_filling = false;
    redraw();
}

void MaturityPanel::redraw()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto* angular = new QCategoryAxis;
    angular->setRange(0, core::MaturityDimensionCount);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int d = 0; d < core::MaturityDimensionCount; ++d) {
        angular->append(app::GovernanceText::dimension(core::MaturityDimension(d)), d);
    }
    auto* radial = new QValueAxis;
    radial->setRange(0, 5);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    const QList<core::Id> ids = compared();
    for (core::Id id : ids) {
        const core::MaturityAssessment* a = m_portfolio->assessment(id);
        if (!a) {
            continue;
        }
        auto* series = new QLineSeries;
        series->setName(date(a->assessedOn));
        for (int d = 0; d <= core::MaturityDimensionCount; ++d) {
            const auto s = core::dimensionScore(*a, core::MaturityDimension(d % core::MaturityDimensionCount));
            series->append(d, s.value_or(0));
        }
        // The latest in a strong blue, the one before in orange, older ones in greys.
        const qsizetype age = ids.size() - 1 - ids.indexOf(id);
        const QColor colour = age == 0   ? QColor(0x15, 0x65, 0xc0)
                              : age == 1 ? QColor(0xef, 0x6c, 0x00)
                                         : QColor::fromHsv(0, 0, qMin(200, 110 + 30 * int(age)));
        series->setPen(QPen(colour, age == 0 ? 3 : 2));
        m_chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    }
    m_chart->legend()->setVisible(!ids.isEmpty());
}

void MaturityPanel::newAssessment()
{
    core::MaturityAssessment a;
    if (!m_portfolio->assessments().empty()) {
        a.answers = m_portfolio->assessments().back().answers;
    }
    a.assessedOn = m_portfolio->now().date();
    AssessmentDialog::edit(this, m_portfolio, a);
}

void MaturityPanel::editAssessment()
{
    if (!m_list->currentItem()) {
        return;
    }
    if (const auto* a = m_portfolio->assessment(m_list->currentItem()->data(0, Qt::UserRole).toLongLong())) {
        AssessmentDialog::edit(this, m_portfolio, *a);
    }
}

void MaturityPanel::removeAssessment()
{
    if (!m_list->currentItem()) {
        return;
    }
    const core::MaturityAssessment* a =
        m_portfolio->assessment(m_list->currentItem()->data(0, Qt::UserRole).toLongLong());
    if (a && Dialogs::question(this, tr("Remove Assessment"),
                               tr("Remove the assessment of %1? Undo brings it back.").arg(date(a->assessedOn)))) {
        m_portfolio->submit(tr("Remove the assessment of %1").arg(date(a->assessedOn)),
                            app::GovernanceEdits::removeAssessment(*m_portfolio, a->id));
    }
}

// ---- The questionnaire ----

AssessmentDialog::AssessmentDialog(const core::MaturityAssessment& assessment, QWidget* parent)
    : SavingDialog(parent), m_assessment(assessment), m_date(new QDateEdit(this)), m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(assessment.id == 0 ? tr("New CX Maturity Assessment") : tr("CX Maturity Assessment"));
    setObjectName(QStringLiteral("assessmentDialog"));
    m_date->setCalendarPopup(true);
    m_date->setDate(assessment.assessedOn);
    m_notes->setPlainText(assessment.notes);
    m_notes->setPlaceholderText(tr("Who answered, and what was discussed"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    auto* questions = new QWidget;
    auto* grid = new QGridLayout(questions);
    int row = 0;
    int lastDimension = -1;
    for (const core::MaturityQuestion& q : core::maturityQuestions()) {
        if (int(q.dimension) != lastDimension) {
            lastDimension = int(q.dimension);
            auto* title =
                new QLabel(QStringLiteral("<b>%1</b>").arg(app::GovernanceText::dimension(q.dimension)), questions);
            grid->addWidget(title, row++, 0, 1, 2);
        }
        const QString key = QLatin1String(q.key);
        auto* text = new QLabel(app::GovernanceText::question(key), questions);
        text->setWordWrap(true);
        auto* box = new QComboBox(questions);
        box->setObjectName(key);
        box->addItem(app::GovernanceText::level(0), 0);
        for (int s = 1; s <= 5; ++s) {
            box->addItem(app::GovernanceText::level(s), s);
        }
        box->setCurrentIndex(box->findData(assessment.answers.value(key, 0)));
        text->setBuddy(box);
        grid->addWidget(text, row, 0);
        grid->addWidget(box, row++, 1);
        m_answers.append({key, box});
    }
    grid->setColumnStretch(0, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(questions);
    scroll->setWidgetResizable(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Assessed on:"), m_date);
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 680);
}

QComboBox* AssessmentDialog::answer(const QString& key) const
{
    for (const auto& [k, box] : m_answers) {
        if (k == key) {
            return box;
        }
    }
    return nullptr;
}

core::MaturityAssessment AssessmentDialog::assessment() const
{
    core::MaturityAssessment a = m_assessment;
    a.assessedOn = m_date->date();
    a.notes = m_notes->toPlainText().trimmed();
    a.answers.clear();
    for (const auto& [key, box] : m_answers) {
        if (box->currentData().toInt() > 0) {
            a.answers.insert(key, box->currentData().toInt());
        }
    }
    return a;
}

bool AssessmentDialog::edit(QWidget* parent, app::Portfolio* portfolio, const core::MaturityAssessment& assessment)
{
    AssessmentDialog dialog(assessment, parent);
    dialog.setSave([&] {
        const core::MaturityAssessment a = dialog.assessment();
        const QString label = assessment.id == 0 ? tr("Record the maturity assessment of %1").arg(date(a.assessedOn))
                                                 : tr("Edit the maturity assessment of %1").arg(date(a.assessedOn));
        return submitEdit(*portfolio, label, app::GovernanceEdits::saveAssessment(*portfolio, a));
    });
    return Dialogs::exec(dialog) == QDialog::Accepted;
}

} // namespace tiller::gui

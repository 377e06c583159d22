#include "tiller/gui/MainWindow.h"

#include "tiller/app/PeopleModel.h"
#include "tiller/app/Portfolio.h"
#include "tiller/app/Settings.h"
#include "tiller/app/Text.h"
#include "tiller/core/Log.h"
#include "tiller/gui/BinsView.h"
#include "tiller/gui/Dialogs.h"
#include "tiller/gui/InventoryView.h"
#include "tiller/app/Selection.h"
#include "tiller/gui/PreferencesDialog.h"
#include "tiller/gui/PriorityMatrixView.h"
#include "tiller/gui/RolesDelegate.h"
#include "tiller/gui/ScoringModelDialog.h"
#include "tiller/app/MailService.h"
#include "tiller/gui/BinDialog.h"
#include "tiller/gui/CharterDialog.h"
#include "tiller/gui/MapView.h"
#include "tiller/gui/InboxView.h"
#include "tiller/gui/StrategyDialog.h"
#include "tiller/gui/DashboardView.h"
#include "tiller/gui/GovernanceView.h"
#include "tiller/gui/JourneyView.h"
#include "tiller/gui/VocImportDialog.h"
#include "tiller/gui/ChangeBoardView.h"
#include "tiller/gui/RequestsPanel.h"

#include <QSystemTrayIcon>
#include <QTimer>
#include "tiller/gui/RhythmViews.h"
#include "tiller/gui/TasksView.h"
#include "tiller/gui/VotingView.h"
#include "tiller/gui/TableEditorDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace tiller::gui {

namespace {

struct ViewEntry
{
    const char* name;
    const char* label;
};

// Only the views that exist are listed: no placeholders.
constexpr ViewEntry Views[] = {
    {"inventory", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Inventory")},
    {"matrix", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Priority matrix")},
    {"voting", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Voting")},
    {"bins", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Bins")},
    {"map", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Transformation map")},
    {"tasks", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Tasks")},
    {"review", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Weekly review")},
    {"standup", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Stand-up")},
    {"inbox", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Inbox")},
    {"changeboard", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Change board")},
    {"dashboard", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Dashboard")},
    {"governance", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Governance")},
    {"journey", QT_TRANSLATE_NOOP("tiller::gui::MainWindow", "Journeys")},
};

} // namespace

MainWindow::MainWindow(app::Settings* settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_sidebar(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_selection(new app::Selection(this)), m_inventory(new InventoryView(m_selection, this)),
      m_matrix(new PriorityMatrixView(m_selection, this)), m_voting(new VotingView(this)),
      m_bins(new BinsView(this)), m_map(new MapView(this)),
      m_tasks(new TasksView(this)), m_review(new WeeklyReviewView(this)), m_standup(new StandupView(this)),
      m_inbox(new InboxView(this)), m_changeBoard(new ChangeBoardView(this)), m_dashboard(new DashboardView(this)),
      m_governance(new GovernanceView(this)), m_journey(new JourneyView(this)), m_statusLocation(new QLabel(this)),
      m_emptyStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    for (const auto& v : Views) {
        auto* item = new QListWidgetItem(tr(v.label), m_sidebar);
        item->setData(Qt::UserRole, QLatin1String(v.name));
    }
    m_sidebar->setFixedWidth(qMax(150, m_sidebar->sizeHintForColumn(0) + 32));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_stack->addWidget(m_inventory);
    m_stack->addWidget(m_matrix);
    m_stack->addWidget(m_voting);
    m_stack->addWidget(m_bins); // its models are built when first shown
    connect(m_bins, &BinsView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_stack->addWidget(m_map);
    m_stack->addWidget(m_tasks);
    m_stack->addWidget(m_review);
    m_stack->addWidget(m_standup);
    m_stack->addWidget(m_inbox);
    m_stack->addWidget(m_changeBoard);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_governance);
    m_stack->addWidget(m_journey);
    connect(m_journey, &JourneyView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_journey, &JourneyView::initiativeActivated, this, [this](core::Id id) {
        showView(QStringLiteral("inventory"));
        m_selection->setCurrent(id);
    });
    connect(m_journey, &JourneyView::binActivated, this, [this](core::Id id) {
        showView(QStringLiteral("bins"));
        m_bins->selectBin(id);
    });
    connect(m_governance, &GovernanceView::painActivated, this, [this](core::Id id) {
        showView(QStringLiteral("journey"));
        m_journey->selectPain(id);
    });
    connect(m_governance, &GovernanceView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_governance, &GovernanceView::initiativeActivated, this, [this](core::Id id) {
        showView(QStringLiteral("inventory"));
        m_selection->setCurrent(id);
    });
    connect(m_changeBoard, &ChangeBoardView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_dashboard, &DashboardView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // A notice about a request opens it in the change board.
    connect(m_inbox, &InboxView::requestActivated, this, [this](core::Id id) {
        showView(QStringLiteral("changeboard"));
        m_changeBoard->showPage(ChangeBoardView::Page::Requests);
        if (m_changeBoard->requests()) {
            m_changeBoard->requests()->selectRequest(id);
        }
    });
    // The inbox's unread count shows in the sidebar; opening a notification opens its task.
    connect(m_inbox, &InboxView::unreadChanged, this, [this](int unread) {
        QListWidgetItem* item = m_sidebar->item(int(viewNames().indexOf(QStringLiteral("inbox"))));
        item->setText(unread > 0 ? tr("Inbox (%1)").arg(unread) : tr("Inbox"));
        // While the app runs, something new to read also shows as a desktop notification.
        if (unread > m_lastUnread && m_portfolio && !m_portfolio->notifications().empty() &&
            QSystemTrayIcon::isSystemTrayAvailable()) {
            if (!m_tray) {
                m_tray = new QSystemTrayIcon(windowIcon(), this);
                connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { showView(QStringLiteral("inbox")); });
                m_tray->show();
            }
            m_tray->showMessage(tr("Tiller"), m_portfolio->notifications().back().text);
        }
        m_lastUnread = unread;
    });
    connect(m_inbox, &InboxView::taskActivated, this, [this](core::Id id) {
        showView(QStringLiteral("tasks"));
        m_tasks->selectTask(id);
    });
    // The dashboard's click-through opens a task, a bin or a request where it is edited.
    connect(m_dashboard, &DashboardView::taskActivated, this, [this](core::Id id) {
        showView(QStringLiteral("tasks"));
        m_tasks->selectTask(id);
    });
    connect(m_dashboard, &DashboardView::binActivated, this, [this](core::Id id) {
        showView(QStringLiteral("bins"));
        m_bins->selectBin(id);
    });
    connect(m_dashboard, &DashboardView::requestActivated, this, [this](core::Id id) {
        showView(QStringLiteral("changeboard"));
        m_changeBoard->showPage(ChangeBoardView::Page::Requests);
        if (m_changeBoard->requests()) {
            m_changeBoard->requests()->selectRequest(id);
        }
    });
    connect(m_review, &WeeklyReviewView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_standup, &StandupView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_tasks, &TasksView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_map, &MapView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_map, &MapView::charterRequested, this, [this](core::Id id) {
        if (m_portfolio) {
            CharterDialog::edit(this, m_portfolio.get(), id);
        }
    });
    // Double-click on the map: the bin's dialog.
    connect(m_map, &MapView::binActivated, this, [this](core::Id id) {
        if (m_portfolio) {
            BinDialog::editBin(this, m_portfolio.get(), id);
        }
    });
    connect(m_voting, &VotingView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_statusLocation);
    connect(m_inventory, &InventoryView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_matrix, &PriorityMatrixView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    // Double-click in the matrix: open the initiative in the inventory.
    connect(m_matrix, &PriorityMatrixView::initiativeActivated, this, [this](core::Id id) {
        showView(QStringLiteral("inventory"));
        m_inventory->selectInitiative(id);
        m_inventory->descriptionEdit()->setFocus();
    });

    createActions();
    // Automatic e-mail (a preference): every ten minutes while the app runs.
    auto* mailTimer = new QTimer(this);
    mailTimer->setInterval(10 * 60 * 1000);
    connect(mailTimer, &QTimer::timeout, this, &MainWindow::autoSendMail);
    mailTimer->start();
    restoreGeometry(m_settings->value(app::Settings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings->value(app::Settings::Key::WindowState).toByteArray());
    m_inventory->splitter()->restoreState(m_settings->value(app::Settings::Key::InventorySplitter).toByteArray());
    if (m_settings->value(app::Settings::Key::WindowGeometry).toByteArray().isEmpty()) {
        resize(1280, 800);
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    if (m_mail) {
        m_mail->wait(); // a send under way ends first
    }
    // Views hold pointers into the portfolio: detach them first.
    m_inventory->setPortfolio(nullptr);
    m_matrix->setPortfolio(nullptr);
    m_voting->setPortfolio(nullptr);
    m_bins->setPortfolio(nullptr);
    m_map->setPortfolio(nullptr);
    m_tasks->setPortfolio(nullptr);
    m_review->setPortfolio(nullptr);
    m_standup->setPortfolio(nullptr);
    m_inbox->setPortfolio(nullptr);
    m_changeBoard->setPortfolio(nullptr);
    m_dashboard->setPortfolio(nullptr);
    m_governance->setPortfolio(nullptr);
    m_journey->setPortfolio(nullptr);
}

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (const auto& v : Views) {
        names.append(QLatin1String(v.name));
    }
    return names;
}

bool MainWindow::showView(const QString& name)
{
    // "changeboard/session" and "changeboard/log": the change board on another tab.
    const QString view = name.section(QLatin1Char('/'), 0, 0);
    const QString page = name.section(QLatin1Char('/'), 1);
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == view) {
            m_sidebar->setCurrentRow(i);
            if (view == QLatin1String("governance") && !page.isEmpty()) {
                m_governance->showPage(page == QLatin1String("raci")       ? GovernanceView::Page::Raci
                                       : page == QLatin1String("maturity") ? GovernanceView::Page::Maturity
                                                                           : GovernanceView::Page::Overview);
            }
            if (view == QLatin1String("changeboard") && !page.isEmpty()) {
                m_changeBoard->showPage(page == QLatin1String("session") ? ChangeBoardView::Page::Session
                                        : page == QLatin1String("log")   ? ChangeBoardView::Page::Log
                                                                           : ChangeBoardView::Page::Requests);
            }
            return true;
        }
    }
    return false;
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("changeboard/session"), QStringLiteral("changeboard/log"), QStringLiteral("governance/raci"),
            QStringLiteral("governance/maturity")};
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Portfolio…"), this, &MainWindow::newPortfolio);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::openPortfolio);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* copyAction = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    copyAction->setShortcut(QKeySequence::SaveAs);
    copyAction->setToolTip(tr("Write a backup copy of the portfolio (every change is already saved)"));
    QMenu* importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("&Voice of the Customer (CSV)…"), this, [this] {
        if (m_portfolio && VocImportDialog::importFile(this, m_portfolio.get())) {
            statusBar()->showMessage(tr("Voice-of-Customer records imported."), 6000);
        }
    });
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Priority &Matrix (PDF, SVG, PNG)…"), m_matrix, &PriorityMatrixView::exportInteractively);
    exportMenu->addAction(tr("&Transformation Map (A3 PDF, SVG, PNG)…"), m_map, &MapView::exportInteractively);
    exportMenu->addAction(tr("&Governance Master Plan (PDF)…"), this, [this] {
        showView(QStringLiteral("governance"));
        m_governance->exportInteractively();
    });
    exportMenu->addAction(tr("Monthly &Report (PDF)…"), this, [this] {
        showView(QStringLiteral("dashboard"));
        m_dashboard->exportReportInteractively();
    });
    QAction* mail = file->addAction(tr("Send &E-mail Now"), this, &MainWindow::sendMail);
    mail->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    mail->setToolTip(tr("Mail today's digests and notices, and retry anything still in the outbox"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_inventory->findAction());
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* initiative = menuBar()->addMenu(tr("&Initiative"));
    initiative->addAction(m_inventory->addAction());
    initiative->addAction(m_inventory->duplicateAction());
    initiative->addAction(m_inventory->deleteAction());

    QMenu* program = menuBar()->addMenu(tr("&Program"));
    program->addAction(tr("&Strategy…"), this, [this] {
        if (m_portfolio) {
            StrategyDialog::edit(this, m_portfolio.get());
        }
    });
    program->addSeparator();
    program->addAction(tr("&People…"), this, &MainWindow::editPeople);
    program->addAction(tr("Functional &Domains…"), this, &MainWindow::editDomains);
    program->addSeparator();
    program->addAction(tr("Scoring &Model…"), this, &MainWindow::editScoringModel);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction* a = view->addAction(m_sidebar->item(i)->text());
        // The first nine views have Ctrl+1 … Ctrl+9; the change board Ctrl+Shift+C, the dashboard Ctrl+Shift+D,
        // governance Ctrl+Shift+G, journeys Ctrl+Shift+J.
        const QString name = m_sidebar->item(i)->data(Qt::UserRole).toString();
        if (i < 9) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        } else if (name == QLatin1String("changeboard")) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        } else if (name == QLatin1String("dashboard")) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        } else if (name == QLatin1String("governance")) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        } else if (name == QLatin1String("journey")) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
        }
        connect(a, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentRow(i); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tiller"), this, &MainWindow::about);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_inventory->addAction());
    toolbar->addAction(m_inventory->duplicateAction());
    toolbar->addAction(m_inventory->deleteAction());

    connect(m_undoAction, &QAction::triggered, this, [this] {
        m_inventory->commitDescription();
        if (m_portfolio) {
            m_portfolio->undoStack()->undo();
        }
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_portfolio) {
            m_portfolio->undoStack()->redo();
        }
    });
    updateRecentMenu();
}

void MainWindow::sendMail() { sendMailNow(false); }

void MainWindow::autoSendMail()
{
    if (m_portfolio && !m_portfolio->isReadOnly() && m_settings->value(app::Settings::Key::MailAutoSend).toBool() &&
        !m_settings->value(app::Settings::Key::MailHost).toString().isEmpty()) {
        sendMailNow(true);
    }
}

void MainWindow::sendMailNow(bool quiet)
{
    if (!m_portfolio) {
        return;
    }
    if (!m_mail) {
        m_mail = new app::MailService(m_portfolio.get(), this);
        connect(m_mail, &app::MailService::queued, this, [this](int count) {
            statusBar()->showMessage(tr("Sending e-mail (%n new mail(s) queued)…", nullptr, count));
        });
        connect(m_mail, &app::MailService::finished, this, [this](int sent, int failed, const QStringList& errors) {
            if (failed == 0 && sent == 0 && m_mailQuiet) {
                return; // nothing to say about an automatic round with nothing to send
            }
            if (failed == 0) {
                statusBar()->showMessage(tr("%n mail(s) sent.", nullptr, sent), 10000);
                return;
            }
            statusBar()->showMessage(tr("%1 sent, %2 not sent: they stay in the outbox and are retried next time.")
                                         .arg(sent)
                                         .arg(failed),
                                     15000);
            if (m_mailQuiet) {
                return; // automatic rounds never interrupt: the status bar says it, the outbox keeps the mails
            }
            Dialogs::warning(this, tr("Send E-mail"),
                             tr("%n mail(s) could not be sent; they stay in the outbox and are retried next time.\n\n%1",
                                nullptr, failed)
                                 .arg(errors.mid(0, 5).join(QLatin1Char('\n'))));
        });
    }
    if (quiet && m_mail->isBusy()) {
        return;
    }
    m_mailQuiet = quiet;
    QString error;
    const app::MailSettings settings = app::MailSettings::load(*m_settings);
    const QSet<core::Id> weekly =
        app::weeklyDigestPeople(*m_portfolio, m_settings->value(app::Settings::Key::MailWeeklyDigest).toStringList());
    if (!m_mail->sendNow(settings, weekly, &error)) {
        if (quiet) {
            statusBar()->showMessage(tr("E-mail not sent: %1").arg(error), 10000);
        } else {
            Dialogs::warning(this, tr("Send E-mail"), error);
        }
    }
}

void MainWindow::setPortfolio(std::unique_ptr<app::Portfolio> portfolio)
{
    if (m_mail) {
        // A send under way ends before its portfolio goes.
        m_mail->wait();
        delete m_mail;
        m_mail = nullptr;
    }
    m_inventory->setPortfolio(nullptr);
    m_matrix->setPortfolio(nullptr);
    m_voting->setPortfolio(nullptr);
    m_bins->setPortfolio(nullptr);
    m_map->setPortfolio(nullptr);
    m_tasks->setPortfolio(nullptr);
    m_review->setPortfolio(nullptr);
    m_standup->setPortfolio(nullptr);
    m_inbox->setPortfolio(nullptr);
    m_changeBoard->setPortfolio(nullptr);
    m_dashboard->setPortfolio(nullptr);
    m_governance->setPortfolio(nullptr);
    m_journey->setPortfolio(nullptr);
    m_selection->setCurrent(0);
    m_portfolio = std::move(portfolio);
    m_inventory->setPortfolio(m_portfolio.get());
    m_matrix->setPortfolio(m_portfolio.get());
    m_voting->setPortfolio(m_portfolio.get());
    m_bins->setPortfolio(m_portfolio.get());
    m_map->setPortfolio(m_portfolio.get());
    m_tasks->setPortfolio(m_portfolio.get());
    m_review->setPortfolio(m_portfolio.get());
    m_standup->setPortfolio(m_portfolio.get());
    if (m_portfolio && !m_portfolio->isReadOnly()) {
        // Deadlines: today's notices are raised once the program is on screen (each once per task and person).
        QTimer::singleShot(0, this, [this, opened = m_portfolio.get()] {
            if (m_portfolio.get() == opened) {
                opened->raiseDeadlineNotices(QDate::currentDate(),
                                             m_settings->value(app::Settings::Key::DueSoonDays).toInt());
                autoSendMail();
            }
        });
    }
    m_inbox->setPortfolio(m_portfolio.get());
    m_changeBoard->setPortfolio(m_portfolio.get());
    m_dashboard->setPortfolio(m_portfolio.get());
    m_governance->setPortfolio(m_portfolio.get());
    m_journey->setPortfolio(m_portfolio.get());
    QUndoStack* stack = m_portfolio ? m_portfolio->undoStack() : m_emptyStack;
    auto refreshUndo = [this, stack] {
        m_undoAction->setEnabled(stack->canUndo());
        m_redoAction->setEnabled(stack->canRedo());
        m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, refreshUndo);
    refreshUndo();
    if (m_portfolio) {
        connect(m_portfolio.get(), &app::Portfolio::editRefused, this, [this](const QString& reason) {
            statusBar()->showMessage(reason, 10000);
            QApplication::beep();
        });
        connect(m_portfolio.get(), &app::Portfolio::programChanged, this, &MainWindow::updateTitle);
        m_settings->addRecentFile(m_portfolio->location());
        m_settings->setValue(app::Settings::Key::LastPortfolio, QFileInfo(m_portfolio->location()).absoluteFilePath());
        updateRecentMenu();
        if (m_portfolio->isReadOnly()) {
            statusBar()->showMessage(m_portfolio->readOnlyReason());
        }
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_portfolio) {
        setWindowTitle(tr("Tiller"));
        m_statusLocation->clear();
        return;
    }
    const QString name = m_portfolio->program().name.isEmpty() ? QFileInfo(m_portfolio->location()).completeBaseName()
                                                               : m_portfolio->program().name;
    setWindowTitle(m_portfolio->isReadOnly() ? tr("%1 [read-only] — Tiller").arg(name) : tr("%1 — Tiller").arg(name));
    m_statusLocation->setText(QDir::toNativeSeparators(m_portfolio->location()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openLocation(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openLocation(const QString& location)
{
    m_inventory->commitDescription();
    auto opened =
        app::Portfolio::openForEditing(location, m_settings->value(app::Settings::Key::ActorName).toString());
    if (!opened) {
        core::logger("tiller.gui")->warn("open failed: {}", opened.error().technical().toStdString());
        Dialogs::warning(this, tr("Can't open portfolio"), app::Text::error(opened.error()));
        if (!QFileInfo::exists(location)) {
            m_settings->removeRecentFile(QFileInfo(location).absoluteFilePath());
            updateRecentMenu();
        }
        return false;
    }
    setPortfolio(std::move(*opened));
    if (!m_portfolio->migrationBackup().isEmpty()) {
        statusBar()->showMessage(tr("The portfolio was upgraded; the previous version is kept in %1")
                                     .arg(m_portfolio->migrationBackup()),
                                 15000);
    }
    return true;
}

void MainWindow::newPortfolio()
{
    const QString path = Dialogs::saveFileName(this, tr("New Portfolio"), QDir::homePath(),
                                               tr("Tiller portfolios (*.tiller);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty()) {
        target += QStringLiteral(".tiller");
    }
    if (QFileInfo::exists(target)) {
        Dialogs::warning(this, tr("New Portfolio"),
                         tr("%1 already exists. Choose another name, or open it with File ▸ Open.").arg(target));
        return;
    }
    openLocation(target);
}

void MainWindow::openPortfolio()
{
    const QString path = Dialogs::openFileName(this, tr("Open Portfolio"), QDir::homePath(),
                                               tr("Tiller portfolios (*.tiller *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        openLocation(path);
    }
}

void MainWindow::saveCopy()
{
    if (!m_portfolio) {
        return;
    }
    m_inventory->commitDescription();
    const QFileInfo fi(m_portfolio->location());
    const QString suggestion = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() +
                               QStringLiteral("-copy.") + (fi.suffix().isEmpty() ? QStringLiteral("tiller") : fi.suffix());
    const QString out = Dialogs::saveFileName(this, tr("Save a Copy"), suggestion,
                                              tr("Tiller portfolios (*.tiller);;All files (*)"));
    if (out.isEmpty()) {
        return;
    }
    if (QFileInfo(out).absoluteFilePath() == fi.absoluteFilePath()) {
        Dialogs::warning(this, tr("Save a Copy"), tr("Choose another file than the open portfolio."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_portfolio->saveCopy(out);
    QApplication::restoreOverrideCursor();
    if (!result) {
        Dialogs::warning(this, tr("Save a Copy"), app::Text::error(result.error()));
        return;
    }
    statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(out)), 8000);
}

void MainWindow::editPeople()
{
    if (!m_portfolio) {
        return;
    }
    app::PeopleModel model(m_portfolio.get());
    TableEditorDialog dialog(tr("People"), &model,
                             {[&model] { return model.addPerson(); },
                              [&model](const QList<int>& rows) { return model.removeRows(rows); }},
                             m_portfolio->undoStack(), this);
    dialog.table()->setItemDelegateForColumn(app::PeopleModel::Roles, new RolesDelegate(&dialog));
    dialog.resize(900, 520);
    Dialogs::exec(dialog);
}

void MainWindow::editDomains()
{
    if (!m_portfolio) {
        return;
    }
    app::DomainModel model(m_portfolio.get());
    TableEditorDialog dialog(tr("Functional Domains"), &model,
                             {[&model] { return model.addDomain(); },
                              [&model](const QList<int>& rows) { return model.removeRows(rows); }},
                             m_portfolio->undoStack(), this);
    Dialogs::exec(dialog);
}

void MainWindow::editScoringModel()
{
    if (!m_portfolio || !m_portfolio->activeModel()) {
        return;
    }
    ScoringModelDialog dialog(m_portfolio.get(), *m_portfolio->activeModel(), this);
    Dialogs::exec(dialog);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (Dialogs::exec(dialog) == QDialog::Accepted && m_portfolio) {
        const QString name = m_settings->value(app::Settings::Key::ActorName).toString();
        m_portfolio->setActor(name);
    }
}

void MainWindow::about()
{
    Dialogs::information(this, tr("About Tiller"),
                         tr("<b>Tiller %1</b><p>Run a customer-experience program: inventory, prioritise, "
                            "assign, track and measure.</p><p>MIT licence.</p>")
                             .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_inventory->commitDescription();
    m_settings->setValue(app::Settings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(app::Settings::Key::WindowState, saveState());
    m_settings->setValue(app::Settings::Key::InventorySplitter, m_inventory->splitter()->saveState());
    m_settings->sync();
    event->accept();
}

} // namespace tiller::gui

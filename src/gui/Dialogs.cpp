#include "tiller/gui/Dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace tiller::gui {

namespace {

std::optional<QString> g_nextFileName;
std::function<int(QDialog&)> g_dialogHook;
std::function<void(const QString&, const QString&)> g_messageHook;
std::function<std::optional<QString>(const QString&)> g_textHook;
std::function<bool(const QString&, const QString&)> g_questionHook;

} // namespace

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (g_messageHook) {
        g_messageHook(title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    if (g_messageHook) {
        g_messageHook(title, text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString Dialogs::openFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (g_nextFileName) {
        return *std::exchange(g_nextFileName, std::nullopt);
    }
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (g_nextFileName) {
        return *std::exchange(g_nextFileName, std::nullopt);
    }
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

int Dialogs::exec(QDialog& dialog)
{
    if (g_dialogHook) {
        return g_dialogHook(dialog);
    }
    return dialog.exec();
}

bool Dialogs::question(QWidget* parent, const QString& title, const QString& text)
{
    if (g_questionHook) {
        return g_questionHook(title, text);
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

std::optional<QString> Dialogs::text(QWidget* parent, const QString& title, const QString& label)
{
    if (g_textHook) {
        return g_textHook(title);
    }
    bool ok = false;
    const QString value = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
    return ok ? std::optional<QString>(value) : std::nullopt;
}

void Dialogs::setTextHook(std::function<std::optional<QString>(const QString&)> hook) { g_textHook = std::move(hook); }

void Dialogs::setNextFileName(const QString& name) { g_nextFileName = name; }
void Dialogs::setDialogHook(std::function<int(QDialog&)> hook) { g_dialogHook = std::move(hook); }
void Dialogs::setMessageHook(std::function<void(const QString&, const QString&)> hook)
{
    g_messageHook = std::move(hook);
}
void Dialogs::setQuestionHook(std::function<bool(const QString&, const QString&)> hook)
{
    g_questionHook = std::move(hook);
}
void Dialogs::clearHooks()
{
    g_questionHook = nullptr;
    g_nextFileName.reset();
    g_dialogHook = nullptr;
    g_messageHook = nullptr;
    g_textHook = nullptr;
}

} // namespace tiller::gui

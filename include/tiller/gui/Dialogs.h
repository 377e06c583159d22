// Every modal question goes through here, so tests can pre-answer it instead of blocking.
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;
class QDialog;

namespace tiller::gui {

class Dialogs
{
public:
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static QString openFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter);
    static int exec(QDialog& dialog);
    // A yes/no question (No is the default); true for yes.
    static bool question(QWidget* parent, const QString& title, const QString& text);
    // A few lines of text; nullopt when cancelled.
    static std::optional<QString> text(QWidget* parent, const QString& title, const QString& label);

    // Test hooks: when set, the next dialogs are answered by the hook (file
    // dialogs get the string; message boxes and dialogs get the call and do
    // not show). Messages are recorded for assertions.
    static void setNextFileName(const QString& name);
    static void setDialogHook(std::function<int(QDialog&)> hook);
    static void setTextHook(std::function<std::optional<QString>(const QString& title)> hook);
    static void setMessageHook(std::function<void(const QString& title, const QString& text)> hook);
    static void setQuestionHook(std::function<bool(const QString& title, const QString& text)> hook);
    static void clearHooks();
};

} // namespace tiller::gui
